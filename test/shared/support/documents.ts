// Test helpers for extraction: real documents in iframes, and resolving a Target back to its element.
import type { Target } from '../../../shared/extract/snapshot.ts';

/**
 * A real, same-origin document made from `html` (scripts run, frames load, shadow roots can be attached). With
 * `base`, relative URLs resolve against it (a <base> is put at the start of <head>), as if the page were served there.
 */
export async function documentFrom(html: string, base?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const baseElement = base ? `<base href="${base}">` : '';
  frame.srcdoc = base && /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${baseElement}`) : baseElement + html;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Removes the frames documentFrom made. */
export function removeDocuments(): void {
  for (const frame of document.querySelectorAll('body > iframe')) frame.remove();
}

/** The one element a Target names; throws when a level matches no element or several. */
export function resolveTarget(doc: Document, target: Target): Element {
  let root: Document | ShadowRoot = doc;
  let element: Element | undefined;
  for (const selector of target) {
    const matches: NodeListOf<Element> = root.querySelectorAll(selector);
    if (matches.length !== 1) throw new Error(`${JSON.stringify(target)}: "${selector}" matches ${matches.length} elements`);
    const match: Element = matches[0]!;
    element = match;
    const next: Document | ShadowRoot | null = match.shadowRoot ?? (match as HTMLIFrameElement).contentDocument ?? null;
    if (next) root = next;
  }
  if (!element) throw new Error('empty target');
  return element;
}

/** Bytes served base64 by the rule-fixtures plugin (scripts/wtr-rule-fixtures.mjs), as they are on disk. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  return Uint8Array.from(atob(await (await fetch(url)).text()), (char) => char.charCodeAt(0));
}

/** The HTML files under a directory of test/fixtures/ or demo/pages/, each with the URL of its bytes. */
export async function pagesUnder(dir: string): Promise<{ file: string; bytes: string }[]> {
  return (await (await fetch(`/__zfgs/pages/${dir}`)).json()) as { file: string; bytes: string }[];
}
