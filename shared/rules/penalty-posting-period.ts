// penalty-posting-period (hz): penalty results stay online at most 5 years from the decision date (hz-gs 15).
// The 1-year minimum concerns what was taken down, which a page cannot show.
import type { Finding } from '../engine/report.ts';
import { decisionsOf } from './support/decisions.ts';
import { decisionFinding, passesByPage } from './support/decision-findings.ts';
import type { Rule } from './types.ts';

/** The date `years` after an ISO date (29 February → 28 February). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year + years, month - 1, day));
  if (shifted.getUTCMonth() !== month - 1) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

export const penaltyPostingPeriod: Rule = {
  id: 'penalty-posting-period',
  reasons: ['overMaxPeriod', 'kindUnknown', 'withinPeriod'],
  evaluate(snapshots, context) {
    const period = context.profile.penaltyPostingYears;
    if (!period) return [];
    const findings: Finding[] = [];
    const dated = decisionsOf(snapshots).filter((record) => record.decisionDate && record.kind !== 'licence' && record.kind !== 'coercion');
    const overdue = new Set<(typeof dated)[number]>();
    for (const record of dated) {
      const until = addYears(record.decisionDate!, period.max);
      if (until >= context.now) continue;
      overdue.add(record);
      const data = { decisionDate: record.decisionDate!, until, years: period.max };
      findings.push(decisionFinding(context, record, record.kind === 'penalty' ? 'fail' : 'review', record.kind === 'penalty' ? 'overMaxPeriod' : 'kindUnknown', data));
    }
    return [...findings, ...passesByPage(context, dated.filter((record) => record.kind === 'penalty'), 'withinPeriod', (record) => !overdue.has(record))];
  },
};
