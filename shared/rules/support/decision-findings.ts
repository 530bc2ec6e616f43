// Findings about decisions: one per decision that has a problem, and one pass per page saying how many
// decisions were checked (a 50,000-row list gets one pass finding, not 50,000).
import type { RuleFinding as Finding } from '../types.ts';
import type { ScanOptions } from '../../detectors/types.ts';
import type { RuleContext } from '../types.ts';
import { isKnownClean } from './decision-rows.ts';
import type { DecisionRecord } from './decisions.ts';
import { maskedSnippet } from './snippet.ts';

const optionsOf = new WeakMap<DecisionRecord, ScanOptions>();

/** The scan options of a decision: its party's own name is public, and minors are judged on its date (one object per record). */
export function scanOptionsOf(record: DecisionRecord): ScanOptions {
  let options = optionsOf.get(record);
  if (!options) {
    options = {};
    if (record.party) options.party = record.party;
    if (record.decisionDate) options.decisionDate = record.decisionDate;
    optionsOf.set(record, options);
  }
  return options;
}

/** A finding about one decision; its text is read (and its snippet masked) only if the report keeps the finding. */
export function decisionFinding(context: RuleContext, record: DecisionRecord, status: Finding['status'], reason: string, data: Finding['data'] = {}): Finding {
  return { status, target: record.target, url: record.url, snippet: () => maskedSnippet(context, record.texts[0]?.text ?? '', 0, 0, scanOptionsOf(record), isKnownClean(record)), reason, data };
}

/** One pass finding per page for the decisions on it that `isFine` accepts. */
export function passesByPage(context: RuleContext, records: readonly DecisionRecord[], reason: string, isFine: (record: DecisionRecord) => boolean): Finding[] {
  // Per page: its first fine decision and how many there are. A page's decisions come one after another, so the
  // last page's entry is tried before the map.
  const byPage = new Map<string, { first: DecisionRecord; count: number }>();
  let last: { first: DecisionRecord; count: number } | undefined;
  for (const record of records) {
    if (!isFine(record)) continue;
    if (last?.first.url === record.url) {
      last.count += 1;
      continue;
    }
    last = byPage.get(record.url);
    if (last) last.count += 1;
    else byPage.set(record.url, (last = { first: record, count: 1 }));
  }
  return [...byPage.values()].map(({ first, count }) => ({ ...decisionFinding(context, first, 'pass', reason, { count }), target: first.table ?? first.target }));
}
