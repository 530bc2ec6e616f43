// Working days between two dates, remembered: a decision list repeats the same few hundred date pairs over
// thousands of rows, and the calendar's answer for a pair never changes. Two levels of maps, keyed by the dates
// as they are, so asking again builds no key string.
import { workingDaysBetween } from '../../calendar/working-days.ts';

const known = new Map<string, Map<string, number | 'unknown'>>();
const MAX_REMEMBERED_STARTS = 10_000;

export function workingDays(from: string, to: string): number | 'unknown' {
  let byEnd = known.get(from);
  if (!byEnd) {
    if (known.size >= MAX_REMEMBERED_STARTS) known.clear();
    known.set(from, (byEnd = new Map()));
  }
  let days = byEnd.get(to);
  if (days === undefined) {
    days = workingDaysBetween(from, to);
    byEnd.set(to, days);
  }
  return days;
}
