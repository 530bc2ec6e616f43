// decision-timeliness: licence and penalty decisions published within 7 working days of the decision date,
// others within 20, on the official calendar with 调休 (hz-gs 14; qp 二(一)4; hb (六)). Where the profile
// sets no number, or a date or the calendar is missing, a person judges: review.
import type { DayLimit } from '../catalogue/profiles.ts';
import type { Target } from '../extract/snapshot.ts';
import { workingDays } from './support/calendar.ts';
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf, type DecisionRecord } from './support/decisions.ts';
import { decisionFinding, passesByPage } from './support/decision-findings.ts';
import type { Rule, RuleContext } from './types.ts';

function limitOf(record: DecisionRecord, context: RuleContext): DayLimit | undefined {
  if (record.kind === undefined) return undefined;
  return record.kind === 'licence' || record.kind === 'penalty' ? context.profile.licencePenaltyDeadline : context.profile.otherDecisionDeadline;
}

type Verdict = { status: Finding['status']; reason: string; data: Finding['data'] };

/** The verdict on a decision, or undefined when it was published on time (most are: no object for them). */
function judge(record: DecisionRecord, context: RuleContext): Verdict | undefined {
  const { decisionDate, publicationDate } = record;
  if (!decisionDate || !publicationDate) return { status: 'review', reason: 'noDates', data: { missing: decisionDate ? '@field.publicationDate' : '@field.decisionDate' } };
  if (publicationDate < decisionDate) return { status: 'review', reason: 'publishedBeforeDecision', data: { decisionDate, publicationDate } };
  const days = workingDays(decisionDate, publicationDate);
  if (days === 'unknown') return { status: 'review', reason: 'calendarUnknown', data: { decisionDate, publicationDate } };
  const limit = limitOf(record, context);
  if (!limit) {
    // Kind unknown: within the shorter limit is on time whatever it is, beyond the longer late whatever it is.
    const short = context.profile.licencePenaltyDeadline;
    const long = context.profile.otherDecisionDeadline;
    if (short.kind === 'working-days' && days <= short.days) return undefined;
    if (long.kind === 'working-days' && short.kind === 'working-days' && days > Math.max(short.days, long.days)) return { status: 'fail', reason: 'late', data: { days, decisionDate, publicationDate, limit: Math.max(short.days, long.days) } };
    return { status: 'review', reason: 'kindUnknown', data: { days, decisionDate, publicationDate } };
  }
  if (limit.kind !== 'working-days') return { status: 'review', reason: limit.kind === 'promptly' ? 'promptlyOnly' : 'noLimitStated', data: { days, decisionDate, publicationDate } };
  return days <= limit.days ? undefined : { status: 'fail', reason: 'late', data: { days, decisionDate, publicationDate, limit: limit.days } };
}

export const decisionTimeliness: Rule = {
  id: 'decision-timeliness',
  reasons: ['late', 'onTime', 'noDates', 'publishedBeforeDecision', 'calendarUnknown', 'kindUnknown', 'promptlyOnly', 'noLimitStated', 'noPublicationColumn'],
  evaluate(snapshots, context) {
    const findings: Finding[] = [];
    const onTime: DecisionRecord[] = [];
    const undatedTables = new Set<Target>();
    for (const record of decisionsOf(snapshots)) {
      const verdict = judge(record, context);
      if (!verdict) {
        onTime.push(record);
        continue;
      }
      // A list without a publication-date column is one finding, not one per row.
      if (verdict.reason === 'noDates' && record.table && !record.publicationDate) {
        if (!undatedTables.has(record.table)) {
          undatedTables.add(record.table);
          findings.push({ ...decisionFinding(context, record, 'review', 'noPublicationColumn'), target: record.table });
        }
        continue;
      }
      findings.push(decisionFinding(context, record, verdict.status, verdict.reason, verdict.data));
    }
    return [...findings, ...passesByPage(context, onTime, 'onTime', () => true)];
  },
};
