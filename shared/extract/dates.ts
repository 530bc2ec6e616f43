// Dates as Chinese government pages write them: 2023年4月20日, 2023-04-20, 2023.4.20, 2023/4/20,
// 二〇二三年四月二十日 (also with ○ Ｏ 零), full-width digits, and month-only forms (2023年4月).

export interface FoundDate {
  /** YYYY-MM-DD, or YYYY-MM when only the month is written. */
  iso: string;
  raw: string;
  offset: number;
  precision?: 'month';
}

const DIGIT = '[0-9０-９]';
const CHINESE_YEAR_DIGIT = '[〇○零ＯO一二三四五六七八九]';
const CHINESE_NUMBER = '[一二三四五六七八九十]{1,3}';

// One alternation so each text is scanned once; the groups of each form are read in `toIso`.
const DATE_PATTERN = new RegExp(
  [
    // 2023年4月20日 / 2023 年 04 月 20 号 / 2023年4月
    `(?<!${DIGIT})(${DIGIT}{4})\\s*年\\s*(${DIGIT}{1,2})\\s*月(?:\\s*(${DIGIT}{1,2})\\s*[日号])?`,
    // 2023-04-20, 2023.4.20, 2023/4/20 (same separator twice, not part of a longer number)
    `(?<![0-9０-９.])(${DIGIT}{4})([-./－．／])(${DIGIT}{1,2})\\5(${DIGIT}{1,2})(?![0-9０-９])`,
    // 二〇二三年四月二十日 / 二〇二三年四月
    `(${CHINESE_YEAR_DIGIT}{4})\\s*年\\s*(${CHINESE_NUMBER})\\s*月(?:\\s*(${CHINESE_NUMBER})\\s*[日号])?`,
  ].join('|'),
  'gu',
);

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0, '○': 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

function arabic(value: string): number {
  let result = 0;
  for (const char of value) {
    const code = char.charCodeAt(0);
    result = result * 10 + (code >= 0xff10 ? code - 0xff10 : code - 48);
  }
  return result;
}

function chineseYear(value: string): number {
  let result = 0;
  for (const char of value) result = result * 10 + (CHINESE_DIGITS[char] ?? 0);
  return result;
}

/** 一 … 十 … 二十一 … 三十一; NaN for forms that are not a number from 1 to 39. */
function chineseNumber(value: string): number {
  const ten = value.indexOf('十');
  if (ten === -1) return value.length === 1 ? (CHINESE_DIGITS[value] ?? Number.NaN) : Number.NaN;
  const tens = ten === 0 ? 1 : (CHINESE_DIGITS[value.slice(0, ten)] ?? Number.NaN);
  const unitPart = value.slice(ten + 1);
  const units = unitPart === '' ? 0 : unitPart.length === 1 ? (CHINESE_DIGITS[unitPart] ?? Number.NaN) : Number.NaN;
  return tens * 10 + units;
}

const pad = (value: number) => String(value).padStart(2, '0');

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toIso(year: number, month: number, day: number | undefined): Pick<FoundDate, 'iso' | 'precision'> | undefined {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12)) return undefined;
  if (day === undefined) return { iso: `${year}-${pad(month)}`, precision: 'month' };
  return isRealDay(year, month, day) ? { iso: `${year}-${pad(month)}-${pad(day)}` } : undefined;
}

function fromMatch(match: RegExpExecArray): Pick<FoundDate, 'iso' | 'precision'> | undefined {
  const [, y1, m1, d1, y2, , m2, d2, y3, m3, d3] = match;
  if (y1 !== undefined) return toIso(arabic(y1), arabic(m1!), d1 === undefined ? undefined : arabic(d1));
  if (y2 !== undefined) return toIso(arabic(y2), arabic(m2!), arabic(d2!));
  return toIso(chineseYear(y3!), chineseNumber(m3!), d3 === undefined ? undefined : chineseNumber(d3));
}

/** Every date written in `text`, in order. Impossible dates (2023年2月30日) are left out. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(text); match !== null; match = DATE_PATTERN.exec(text)) {
    const date = fromMatch(match);
    if (date) found.push({ ...date, raw: match[0], offset: match.index });
  }
  return found;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of `length` ASCII digits at `start`, or -1 when one is not a digit. */
function asciiNumber(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** `text` when it is exactly an ISO date (YYYY-MM-DD) the patterns accept: how list columns mostly write dates. */
function isoDateAsIs(text: string): string | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  const year = asciiNumber(text, 0, 4);
  const month = asciiNumber(text, 5, 2);
  const day = asciiNumber(text, 8, 2);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return undefined;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && day === 29 && !isLeap ? undefined : text;
}

/** The first full date in `text` (YYYY-MM-DD), for reading one labelled value such as 决定日期：2023年4月20日. */
export function firstDate(text: string): string | undefined {
  return isoDateAsIs(text) ?? findDates(text).find((date) => date.precision === undefined)?.iso;
}

