// penalty-posting-period (hz): penalty results stay online at most 5 years from the decision date (hz-gs 15).
// The 1-year minimum concerns what was taken down, which a page cannot show.
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf, type DecisionRecord } from './support/decisions.ts';
import { decisionFinding, passesByPage } from './support/decision-findings.ts';
import type { Rule } from './types.ts';

/** The date `years` after an ISO date (29 February → 28 February when the year is not a leap year). */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(4);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${monthDay === '-02-29' && !isLeap ? '-02-28' : monthDay}`;
}

export const penaltyPostingPeriod: Rule = {
  id: 'penalty-posting-period',
  reasons: ['overMaxPeriod', 'kindUnknown', 'withinPeriod'],
  evaluate(snapshots, context) {
    const period = context.profile.penaltyPostingYears;
    if (!period) return [];
    const findings: Finding[] = [];
    const within: DecisionRecord[] = [];
    const ends = new Map<string, string>();
    for (const record of decisionsOf(snapshots)) {
      const decided = record.decisionDate;
      if (!decided || record.kind === 'licence' || record.kind === 'coercion') continue;
      let until = ends.get(decided);
      if (until === undefined) ends.set(decided, (until = addYears(decided, period.max)));
      if (until >= context.now) {
        if (record.kind === 'penalty') within.push(record);
        continue;
      }
      const data = { decisionDate: decided, until, years: period.max };
      findings.push(decisionFinding(context, record, record.kind === 'penalty' ? 'fail' : 'review', record.kind === 'penalty' ? 'overMaxPeriod' : 'kindUnknown', data));
    }
    return [...findings, ...passesByPage(context, within, 'withinPeriod', () => true)];
  },
};
