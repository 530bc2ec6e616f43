// The light-DOM data island (shared/extract/island.ts): what the auditor reads. A widget reads an author's island
// and, when its data came by property or src, writes one holding exactly the data it renders.
import { ISLAND_KIND_ATTRIBUTE, ISLAND_VERSION_ATTRIBUTE } from '../../shared/extract/island.ts';

const JSON_SCRIPT = 'script[type="application/json"]';

/**
 * The island of `kind` among the host's direct children: one labelled with that kind, else (for the host's
 * primary kind only) the first unlabelled JSON script, which an author may write without any attribute.
 */
export function findIsland(host: Element, kind: string, isPrimary = true): HTMLScriptElement | undefined {
  let unlabelled: HTMLScriptElement | undefined;
  for (const child of host.children) {
    if (!(child instanceof HTMLScriptElement) || !child.matches(JSON_SCRIPT)) continue;
    const label = child.getAttribute(ISLAND_KIND_ATTRIBUTE);
    if (label === kind) return child;
    if (label === null) unlabelled ??= child;
  }
  return isPrimary ? unlabelled : undefined;
}

/**
 * JSON that stays inert inside a <script> even when the page is serialised and parsed again (a CMS saving
 * outerHTML): `<` never appears literally, so no `</script>` or `<!--` can end the element.
 */
export function islandText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Creates or updates the island of `kind`, labelling it with kind and schema version. Returns it. */
export function writeIsland(host: Element, kind: string, version: string, text: string, isPrimary = true): HTMLScriptElement {
  let island = findIsland(host, kind, isPrimary);
  if (!island) {
    island = host.ownerDocument.createElement('script');
    island.type = 'application/json';
    host.append(island);
  }
  island.setAttribute(ISLAND_KIND_ATTRIBUTE, kind);
  island.setAttribute(ISLAND_VERSION_ATTRIBUTE, version);
  if (island.textContent !== text) island.textContent = text;
  return island;
}

/**
 * Labels an author's unlabelled island with the widget's kind (its JSON is never touched): the auditor only reads
 * labelled islands (shared/extract/island.ts ISLAND_SELECTOR), so an unlabelled one would go unaudited.
 */
export function labelIsland(island: Element, kind: string): void {
  if (!island.hasAttribute(ISLAND_KIND_ATTRIBUTE)) island.setAttribute(ISLAND_KIND_ATTRIBUTE, kind);
}

/** Sets (or, with undefined, removes) auditor annotations data-zfgs-<name> on the island. */
export function annotateIsland(island: Element, annotations: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(annotations)) {
    const attribute = `data-zfgs-${name}`;
    if (value === undefined) island.removeAttribute(attribute);
    else if (island.getAttribute(attribute) !== value) island.setAttribute(attribute, value);
  }
}
