// Working days between two dates, remembered: a decision list repeats the same few hundred date pairs over
// thousands of rows, and the calendar's answer for a pair never changes.
import { workingDaysBetween } from '../../calendar/working-days.ts';

const known = new Map<string, number | 'unknown'>();
const MAX_REMEMBERED = 100_000;

export function workingDays(from: string, to: string): number | 'unknown' {
  const key = `${from}/${to}`;
  let days = known.get(key);
  if (days === undefined) {
    days = workingDaysBetween(from, to);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(key, days);
  }
  return days;
}
