// decision-withdrawn: a revoked, annulled or re-made decision is taken down within 5 working days (hz-gs 17;
// hb (六)). A revoked decision still shown after the profile's limit fails; within it, it passes for now.
import { workingDays } from './support/calendar.ts';
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf } from './support/decisions.ts';
import { decisionFinding, passesByPage } from './support/decision-findings.ts';
import type { Rule } from './types.ts';

export const decisionWithdrawn: Rule = {
  id: 'decision-withdrawn',
  reasons: ['stillShown', 'takenDown', 'withinLimit', 'revokedUndated', 'calendarUnknown', 'promptlyOnly', 'noneRevoked'],
  evaluate(snapshots, context) {
    const findings: Finding[] = [];
    const records = decisionsOf(snapshots);
    const limit = context.profile.correctionDeadline;
    for (const record of records) {
      if (!record.revocation) continue;
      const date = record.revocation.date;
      if (record.revocation.isTakenDown) {
        findings.push(decisionFinding(context, record, 'pass', 'takenDown', date ? { date } : {}));
        continue;
      }
      if (!date) {
        findings.push(decisionFinding(context, record, 'review', 'revokedUndated'));
        continue;
      }
      const days = date > context.now ? 0 : workingDays(date, context.now);
      if (days === 'unknown') findings.push(decisionFinding(context, record, 'review', 'calendarUnknown', { date }));
      else if (limit.kind !== 'working-days') findings.push(decisionFinding(context, record, 'review', 'promptlyOnly', { date, days }));
      else if (days > limit.days) findings.push(decisionFinding(context, record, 'fail', 'stillShown', { date, days, limit: limit.days }));
      else findings.push(decisionFinding(context, record, 'pass', 'withinLimit', { date, days, limit: limit.days }));
    }
    return [...findings, ...passesByPage(context, records, 'noneRevoked', (record) => !record.revocation)];
  },
};
