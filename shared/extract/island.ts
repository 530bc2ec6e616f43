// The data-island convention between widgets and the auditor. Every zfgs- widget keeps, in its light DOM,
//   <script type="application/json" data-zfgs-kind="officers" data-zfgs-version="1.0">{…}</script>
// holding exactly the schema data it renders (a SchemaKind of shared/schema). Content scripts cannot see page
// JavaScript objects, so this is what the extension reads. Annotations a widget adds for the auditor go in
// data-zfgs-* attributes of that script element, never into the JSON (which stays valid schema data).
export const ISLAND_SELECTOR = 'script[type="application/json"][data-zfgs-kind]';
export const ISLAND_KIND_ATTRIBUTE = 'data-zfgs-kind';
export const ISLAND_VERSION_ATTRIBUTE = 'data-zfgs-version';

/**
 * The island kind of each widget, for the one unlabelled JSON script an author may put in it (widgets/base/island.ts
 * findIsland): the widget reads that script as its island without labelling it, so the auditor reads it too.
 */
export const WIDGET_ISLAND_KINDS: Readonly<Record<string, string>> = {
  'zfgs-agency': 'agency',
  'zfgs-complaint': 'complaint',
  'zfgs-decision': 'decision',
  'zfgs-decisions': 'decisions',
  'zfgs-disclosure': 'disclosure',
  'zfgs-flowchart': 'procedure',
  'zfgs-inspection-list': 'inspections',
  'zfgs-legal-basis': 'legalBasis',
  'zfgs-officers': 'officers',
  'zfgs-power-list': 'powerList',
  'zfgs-remedy': 'remedy',
  'zfgs-service-guide': 'serviceGuides',
  'zfgs-staff-board': 'staffBoard',
  'zfgs-statistics': 'statistics',
};

const isJsonScript = (element: Element) => element.localName === 'script' && element.getAttribute('type')?.trim().toLowerCase() === 'application/json';

/**
 * The kind `script` holds as the island of its widget when it carries no data-zfgs-kind: the first unlabelled JSON
 * child of a zfgs- element, unless the element also has an island labelled with its kind (which it reads instead).
 */
export function unlabelledIslandKind(script: Element): string | undefined {
  const host = script.parentElement;
  const kind = host ? WIDGET_ISLAND_KINDS[host.localName] : undefined;
  if (!host || !kind || script.hasAttribute(ISLAND_KIND_ATTRIBUTE) || !isJsonScript(script)) return undefined;
  let first: Element | undefined;
  for (const child of host.children) {
    if (!isJsonScript(child)) continue;
    const label = child.getAttribute(ISLAND_KIND_ATTRIBUTE);
    if (label === kind) return undefined;
    if (label === null) first ??= child;
  }
  return first === script ? kind : undefined;
}
