// Test helpers for extraction: real documents in iframes, and resolving a Target back to its element.
import type { Target } from '../../../shared/extract/snapshot.ts';

/** A real, same-origin document made from `html` (scripts run, frames load, shadow roots can be attached). */
export async function documentFrom(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
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
