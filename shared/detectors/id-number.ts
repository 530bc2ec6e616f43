// Resident identity numbers (GB 11643): 18 characters = region (GB/T 2260) + birth date YYYYMMDD + sequence
// + ISO 7064 MOD 11-2 check character; legacy 15 digits = region + YYMMDD (19YY) + sequence, no check.
import { isValidRegionPrefix } from './region-codes.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** A date as the number YYYYMMDD, so dates compare as numbers. */
export type DateNumber = number;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function dateNumber(year: number, month: number, day: number): DateNumber | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= daysInMonth ? year * 10000 + month * 100 + day : undefined;
}

/** Parses YYYY-MM-DD; undefined when malformed or not a real date. */
export function parseIsoDate(iso: string | undefined): DateNumber | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? dateNumber(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Completed years between a birth date and a day. */
export function ageOn(birth: DateNumber, day: DateNumber): number {
  return Math.floor((day - birth) / 10000);
}

/** The check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

export type IdAssessment =
  /** A real ID: region, date and (18-digit) check character valid. */
  | { kind: 'valid'; birth: DateNumber; legacy: boolean }
  /** Region and date like an ID, check character wrong: a serial number built like one (public). */
  | { kind: 'invalid-check' }
  /** The birth date is hidden: at most the first 6 and last 4 characters show. */
  | { kind: 'masked' }
  /** Masked, but the birth date (or more than 6 + 4 characters) still shows: still a leak. */
  | { kind: 'partial'; birth: DateNumber | undefined };

/** The number written by `length` digits at `at`, or NaN when one is not a digit. */
function digitsAt(chars: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i += 1) {
    const digit = chars.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

function birthDate(chars: string, at: number, century: number | undefined, today: DateNumber): DateNumber | undefined {
  const year = century === undefined ? digitsAt(chars, at, 4) : century + digitsAt(chars, at, 2);
  const offset = century === undefined ? 4 : 2;
  const date = dateNumber(year, digitsAt(chars, at + offset, 2), digitsAt(chars, at + offset + 2, 2));
  return date !== undefined && year >= 1900 && date <= today ? date : undefined;
}

/**
 * Assesses a normalised candidate: digits, an upper-case X check character, '*' for masked characters.
 * `today` is the day against which future birth dates are refused. Undefined when it is not ID-shaped.
 */
export function assessIdNumber(chars: string, today: DateNumber): IdAssessment | undefined {
  const hasMask = chars.includes('*');
  if (chars.length === 15) {
    if (hasMask) return /^\d{6}\*{6}[\d*]{3}$/.test(chars) && isValidRegionPrefix(chars) ? { kind: 'masked' } : undefined;
    const birth = !chars.includes('X') && isValidRegionPrefix(chars) ? birthDate(chars, 6, 1900, today) : undefined;
    return birth === undefined ? undefined : { kind: 'valid', birth, legacy: true };
  }
  if (chars.length !== 18 || (chars.includes('X') && chars.indexOf('X') !== 17)) return undefined;
  if (hasMask) {
    if (!/^[\d*]{17}[\dX*]$/.test(chars)) return undefined;
    // The birth date hidden (6 + 8 + 4, 4 + 10 + 4, 3 + 11 + 4, all 18): the conventional masked ID, whatever
    // its region prefix (an unassigned one, 429901, is still no account number: nothing about it leaks).
    if (/^\*{8}$/.test(chars.slice(6, 14))) return { kind: 'masked' };
    const visibleRegion = /^\d{4}/.test(chars);
    if (visibleRegion && !isValidRegionPrefix(chars)) return undefined;
    const birthVisible = /^\d{8}$/.test(chars.slice(6, 14));
    return { kind: 'partial', birth: birthVisible ? birthDate(chars, 6, undefined, today) : undefined };
  }
  if (!isValidRegionPrefix(chars)) return undefined;
  const birth = birthDate(chars, 6, undefined, today);
  if (birth === undefined) return undefined;
  return idCheckCharacter(chars) === chars[17] ? { kind: 'valid', birth, legacy: false } : { kind: 'invalid-check' };
}
