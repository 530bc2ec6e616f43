// Calendar dates (YYYY-MM-DD, as the schema stores them) shown in the widget's language, and day arithmetic
// against an explicit `now` so tests and printouts do not depend on the clock.
import type { Locale } from '../../shared/i18n/locale.ts';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

function formatterFor(locale: Locale): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** Milliseconds since the epoch of a YYYY-MM-DD date at UTC midnight, or NaN. */
export function dateValue(iso: unknown): number {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return Number.NaN;
  return Date.parse(`${iso}T00:00:00Z`);
}

/** 2024年3月5日 / 5 March 2024; anything that is not a date is shown as given. */
export function formatDate(iso: unknown, locale: Locale): string {
  const value = dateValue(iso);
  return Number.isNaN(value) ? String(iso ?? '') : formatterFor(locale).format(value);
}

/** Today's date in the reader's time zone, YYYY-MM-DD. */
export function todayIso(clock: Date = new Date()): string {
  const month = String(clock.getMonth() + 1).padStart(2, '0');
  const day = String(clock.getDate()).padStart(2, '0');
  return `${clock.getFullYear()}-${month}-${day}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateValue(to) - dateValue(from)) / 86_400_000);
}
