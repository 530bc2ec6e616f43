// Where label evidence points: at the section that shows the item, not at a header, breadcrumb or contact bar
// before it whose 地址 / 电话 (every page has them) happened to be the first labels found.
import type { Target } from '../../extract/snapshot.ts';
import type { LabelHit } from './fields.ts';
import type { Page } from './page.ts';

const BREADCRUMB = /位置|[>»＞›]/;
const TITLE_MAX = 30;
const keyOf = (target: Target) => target.join('\u0000');

const runIndexes = new WeakMap<Page, Map<string, number>>();

function runIndexOf(page: Page, target: Target): number | undefined {
  let indexes = runIndexes.get(page);
  if (!indexes) runIndexes.set(page, (indexes = new Map(page.runs.map((run, index) => [keyOf(run.item.target), index]))));
  return indexes.get(keyOf(target));
}

/** The run where the page names the item: its heading, else a short title line that is not a breadcrumb; -1 if none. */
function namingRun(page: Page, names: RegExp): number {
  for (const heading of page.headings) {
    if (!names.test(heading.compact)) continue;
    const index = runIndexOf(page, heading.item.target);
    if (index !== undefined) return index;
  }
  return page.runs.findIndex((run) => run.compact.length <= TITLE_MAX && names.test(run.compact) && !BREADCRUMB.test(run.compact));
}

/**
 * The evidence for labels `hits` (in page order) of an item named by `names`: the first hit from the run naming
 * the item on (label tables count as content), else that naming run itself, else the first hit.
 */
export function labelEvidence(page: Page, names: RegExp, hits: readonly LabelHit[]): { target: Target; text: string } {
  const first = hits[0]!;
  const namedAt = namingRun(page, names);
  if (namedAt < 0) return first;
  const inSection = hits.find((hit) => (runIndexOf(page, hit.target) ?? namedAt) >= namedAt);
  if (inSection) return inSection;
  const named = page.runs[namedAt]!;
  return { target: named.item.target, text: named.item.text };
}
