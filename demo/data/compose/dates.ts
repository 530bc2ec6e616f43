// Calendar helpers for the sample: plain YYYY-MM-DD strings, and working days on the official holiday calendar
// with adjusted working days (调休), from chinese-days (which covers 2004–2026: every date the sample uses).
import chineseDays from 'chinese-days';

export const REFERENCE_DATE = '2026-11-20';

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** The `count`-th working day after `date` (0: `date` itself when it is a working day, else the next one). */
export function workingDayAfter(date: string, count: number): string {
  return chineseDays.findWorkday(count, date);
}

export function isWorkday(date: string): boolean {
  return chineseDays.isWorkday(date);
}

/** Working days after `from` up to and including `to`. */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  return chineseDays.getWorkdaysInRange(addDays(from, 1), to, true).length;
}

/** 2024-03-05 → 2024年3月5日, as decisions write dates. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
