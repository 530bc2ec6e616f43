// Widget pages give a zfgs- element its data by `src` (a JSON file) and the widget, once it runs, writes the
// data island the auditor reads. A fetched page is parsed inert — no widget runs — so the site audit does what
// the widget would: fetches each same-origin `src` and puts its JSON into the element as the island, labelled
// with the element's schema kind (shared/extract/island.ts). Broken or foreign sources are noted, not fatal.
import { ISLAND_KIND_ATTRIBUTE, ISLAND_SELECTOR } from '../../shared/extract/island.ts';
import { SCHEMAS, type SchemaKind } from '../../shared/schema/registry.ts';

/** Widgets whose tag is not zfgs-<kind>. */
const TAG_KINDS: Readonly<Record<string, SchemaKind>> = { 'zfgs-flowchart': 'procedure' };

/** Sources read per page at most. */
const MAX_SOURCES = 20;

export function kindOfTag(tag: string): SchemaKind | undefined {
  const lower = tag.toLowerCase();
  if (lower in TAG_KINDS) return TAG_KINDS[lower];
  const kind = lower.startsWith('zfgs-') ? lower.slice('zfgs-'.length) : '';
  return kind in SCHEMAS ? (kind as SchemaKind) : undefined;
}

/** Fetches a same-origin URL's text, or says why not. */
export type FetchText = (url: string) => Promise<{ ok: true; text: string } | { ok: false; problem: string }>;

/** Puts each widget's `src` data into it as its island; returns notes on the sources that could not be read. */
export async function inlineWidgetSources(document: Document, pageUrl: string, fetchText: FetchText): Promise<string[]> {
  const notes: string[] = [];
  const origin = new URL(pageUrl).origin;
  const widgets = [...document.querySelectorAll('[src]')].filter((element) => element.localName.startsWith('zfgs-') && !element.querySelector(`:scope > ${ISLAND_SELECTOR}`));
  for (const element of widgets.slice(0, MAX_SOURCES)) {
    const kind = kindOfTag(element.localName);
    if (!kind) continue;
    let url: URL;
    try {
      url = new URL(element.getAttribute('src') ?? '', document.baseURI);
    } catch {
      notes.push(`${element.localName} src: not a URL`);
      continue;
    }
    if (url.origin !== origin) {
      notes.push(`${element.localName} src on another site, not read: ${url.href}`);
      continue;
    }
    const fetched = await fetchText(url.href);
    if (!fetched.ok) {
      notes.push(`${element.localName} src could not be read (${fetched.problem}): ${url.href}`);
      continue;
    }
    const island = document.createElement('script');
    island.type = 'application/json';
    island.setAttribute(ISLAND_KIND_ATTRIBUTE, kind);
    island.textContent = fetched.text;
    element.append(island);
  }
  if (widgets.length > MAX_SOURCES) notes.push(`${widgets.length - MAX_SOURCES} more widget sources not read`);
  return notes;
}
