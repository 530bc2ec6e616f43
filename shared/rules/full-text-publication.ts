// full-text-publication (hb, advisory): general-procedure penalty decisions are published in full text
// (hb (六): the target is 100% from 2020). Simple-procedure decisions are not counted.
import type { Target } from '../extract/snapshot.ts';
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf, type DecisionRecord } from './support/decisions.ts';
import { decisionFinding, passesByPage } from './support/decision-findings.ts';
import type { Rule } from './types.ts';

export const fullTextPublication: Rule = {
  id: 'full-text-publication',
  reasons: ['summaryOnly', 'fullText'],
  evaluate(snapshots, context) {
    const penalties = decisionsOf(snapshots).filter((record) => record.kind === 'penalty' && record.procedure !== 'simple');
    const findings: Finding[] = [];
    // A list that shows summaries only is one finding (with its count); a detail page is one of its own.
    const lists = new Map<Target, DecisionRecord[]>();
    for (const record of penalties.filter((item) => !item.hasFullText)) {
      if (!record.table) {
        findings.push(decisionFinding(context, record, 'fail', 'summaryOnly', { count: 1 }));
        continue;
      }
      const rows = lists.get(record.table);
      if (rows) rows.push(record);
      else lists.set(record.table, [record]);
    }
    for (const rows of lists.values()) findings.push({ ...decisionFinding(context, rows[0]!, 'fail', 'summaryOnly', { count: rows.length }), target: rows[0]!.table! });
    return [...findings, ...passesByPage(context, penalties, 'fullText', (record) => record.hasFullText)];
  },
};
