// Findings about decisions: one per decision that has a problem, and one pass per page saying how many
// decisions were checked (a 50,000-row list gets one pass finding, not 50,000).
import type { Finding } from '../../engine/report.ts';
import type { ScanOptions } from '../../detectors/types.ts';
import type { RuleContext } from '../types.ts';
import type { DecisionRecord } from './decisions.ts';
import { maskedSnippet } from './snippet.ts';

/** The scan options of a decision: its party's own name is public, and minors are judged on its date. */
export function scanOptionsOf(record: DecisionRecord): ScanOptions {
  const options: ScanOptions = {};
  if (record.party) options.party = record.party;
  if (record.decisionDate) options.decisionDate = record.decisionDate;
  return options;
}

export function decisionFinding(context: RuleContext, record: DecisionRecord, status: Finding['status'], reason: string, data: Finding['data'] = {}): Finding {
  const text = record.texts[0]?.text ?? '';
  return { status, target: record.target, url: record.url, snippet: maskedSnippet(context, text, 0, 0, scanOptionsOf(record)), reason, data };
}

/** One pass finding per page for the decisions on it that `isFine` accepts. */
export function passesByPage(context: RuleContext, records: readonly DecisionRecord[], reason: string, isFine: (record: DecisionRecord) => boolean): Finding[] {
  const byPage = new Map<string, DecisionRecord[]>();
  for (const record of records) if (isFine(record)) byPage.set(record.url, [...(byPage.get(record.url) ?? []), record]);
  return [...byPage.values()].map((fine) => {
    const first = fine[0]!;
    return { ...decisionFinding(context, first, 'pass', reason, { count: fine.length }), target: first.table ?? first.target };
  });
}
