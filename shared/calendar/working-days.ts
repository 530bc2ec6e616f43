// Working days on the official holiday calendar with 调休 (chinese-days); 'unknown' outside its data range.
export type Workday = boolean | 'unknown';

/** date: YYYY-MM-DD. */
export function isWorkday(_date: string): Workday {
  throw new Error('isWorkday() is not implemented yet (personal-data detection issue)');
}

/** The date `days` working days after `date`, or 'unknown' when the calendar has no data for the span. */
export function addWorkingDays(_date: string, _days: number): string | 'unknown' {
  throw new Error('addWorkingDays() is not implemented yet (personal-data detection issue)');
}

/** Working days after `from` up to and including `to` (0 when equal), or 'unknown'. */
export function workingDaysBetween(_from: string, _to: string): number | 'unknown' {
  throw new Error('workingDaysBetween() is not implemented yet (personal-data detection issue)');
}
