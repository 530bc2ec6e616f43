// Was a decision published on time (decision-timeliness: hz-gs 14 — licence and penalty within 7 working days of
// the decision, others within 20)? Only the auditor shows this; the widgets write it into island annotations.
//
// Counting working days exactly needs the official holiday calendar with its 调休 (shared/calendar, chinese-days:
// ~8.5 KiB gzip, a fifth of the 45 KiB bundle budget, for something citizens never see). The widgets instead
// answer only what bounds prove and leave the rest to the auditor, which has the calendar:
// - on time when the calendar days after the decision are within the deadline (working days never exceed them);
// - late when even the fewest working days possible exceed it: Monday–Friday days minus the most weekdays the
//   holidays of a year can take (26, generously: 春节 and 国庆 up to 6 each with 调休, the rest up to 3 each);
//   weekend days made working days by 调休 only add, so they can be ignored;
// - otherwise unknown.
import type { DecisionKind } from '../../shared/schema/kinds.ts';

export type Timeliness = 'on-time' | 'late' | 'unknown';

/** Working-day deadlines of hz-gs 14 (the baseline of requirements.md). */
export function deadlineFor(kind: DecisionKind): number {
  return kind === 'licence' || kind === 'penalty' ? 7 : 20;
}

const MAX_HOLIDAY_WEEKDAYS_PER_YEAR = 26;
const DAY = 86_400_000;

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Monday–Friday days after `from` up to and including `to`. */
function weekdaysAfter(from: number, days: number): number {
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  for (let i = fullWeeks * 7 + 1; i <= days; i += 1) {
    const weekday = new Date(from + i * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

export function timelinessOf(decision: { kind: DecisionKind; decisionDate: string; publicationDate: string }): Timeliness {
  const from = utc(decision.decisionDate);
  const to = utc(decision.publicationDate);
  if (Number.isNaN(from) || Number.isNaN(to)) return 'unknown';
  const days = Math.round((to - from) / DAY);
  const deadline = deadlineFor(decision.kind);
  if (days <= deadline) return 'on-time';
  const fewestWorkingDays = weekdaysAfter(from, days) - MAX_HOLIDAY_WEEKDAYS_PER_YEAR * Math.ceil(days / 365);
  return fewestWorkingDays > deadline ? 'late' : 'unknown';
}
