// full-text-publication (hb, advisory): general-procedure penalty decisions are published in full text
// (hb (六): the target is 100% from 2020). Simple-procedure decisions are not counted.
import type { Finding } from '../engine/report.ts';
import { decisionsOf } from './support/decisions.ts';
import { decisionFinding, passesByPage } from './support/decision-findings.ts';
import type { Rule } from './types.ts';

export const fullTextPublication: Rule = {
  id: 'full-text-publication',
  reasons: ['summaryOnly', 'fullText'],
  evaluate(snapshots, context) {
    const penalties = decisionsOf(snapshots).filter((record) => record.kind === 'penalty' && record.procedure !== 'simple');
    const findings: Finding[] = penalties.filter((record) => !record.hasFullText).map((record) => decisionFinding(context, record, 'fail', 'summaryOnly'));
    return [...findings, ...passesByPage(context, penalties, 'fullText', (record) => record.hasFullText)];
  },
};
