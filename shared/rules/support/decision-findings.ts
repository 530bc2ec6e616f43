// Findings about decisions: one per decision that has a problem, and one pass per page saying how many
// decisions were checked (a 50,000-row list gets one pass finding, not 50,000).
import type { RuleFinding as Finding } from '../types.ts';
import type { ScanOptions } from '../../detectors/types.ts';
import type { RuleContext } from '../types.ts';
import type { DecisionRecord } from './decisions.ts';
import { lazySnippet } from './snippet.ts';

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

const scanItems = new WeakMap<readonly DecisionRecord[], { text: string; options: ScanOptions }[]>();

/** The texts of the decisions with their scan options, for RuleContext.prescan (one list per list of records). */
export function scanItemsOf(records: readonly DecisionRecord[]): { text: string; options: ScanOptions }[] {
  let items = scanItems.get(records);
  if (!items) {
    items = [];
    for (const record of records) for (const { text } of record.texts) items.push({ text, options: scanOptionsOf(record) });
    scanItems.set(records, items);
  }
  return items;
}

export function decisionFinding(context: RuleContext, record: DecisionRecord, status: Finding['status'], reason: string, data: Finding['data'] = {}): Finding {
  const text = record.texts[0]?.text ?? '';
  return { status, target: record.target, url: record.url, snippet: lazySnippet(context, text, 0, 0, scanOptionsOf(record)), reason, data };
}

/** One pass finding per page for the decisions on it that `isFine` accepts. */
export function passesByPage(context: RuleContext, records: readonly DecisionRecord[], reason: string, isFine: (record: DecisionRecord) => boolean): Finding[] {
  const byPage = new Map<string, DecisionRecord[]>();
  for (const record of records) {
    if (!isFine(record)) continue;
    const fine = byPage.get(record.url);
    if (fine) fine.push(record);
    else byPage.set(record.url, [record]);
  }
  return [...byPage.values()].map((fine) => {
    const first = fine[0]!;
    return { ...decisionFinding(context, first, 'pass', reason, { count: fine.length }), target: first.table ?? first.target };
  });
}
