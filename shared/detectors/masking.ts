// The conventional masked forms (ID first 6 + last 4 at most; mobile first 3 + last 4; names 张某; addresses
// cut to district level), and recognition of text that is already masked. Masked output is always
// recognised as masked again, which is what makes redaction idempotent.
import { codesToString, isDigit, isMaskChar, NORM } from './chars.ts';
import { wordList, type WordMatch } from './keywords.ts';

export const MASK = '*';

function isSignificant(code: number): boolean {
  const folded = NORM[code] ?? code;
  return isDigit(code) || isMaskChar(code) || folded === 88 || folded === 120; // digits, masks, X / x
}

/**
 * Masks the significant characters (digits, X, *) of `value` except the first `keepFirst` and the last
 * `keepLast`; separators, prefixes such as +86 and brackets stay as written.
 */
export function maskDigits(value: string, keepFirst: number, keepLast: number): string {
  let total = 0;
  for (let i = 0; i < value.length; i += 1) if (isSignificant(value.charCodeAt(i))) total += 1;
  if (total === value.length) {
    // Nothing but digits (the common case): three pieces, no per-character work.
    const hidden = Math.max(0, total - keepFirst - keepLast);
    return value.slice(0, keepFirst) + MASK.repeat(hidden) + value.slice(keepFirst + hidden);
  }
  let seen = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (!isSignificant(code)) {
      CODES[i] = code;
      continue;
    }
    CODES[i] = seen < keepFirst || seen >= total - keepLast ? code : 42;
    seen += 1;
  }
  return codesToString(CODES, value.length);
}

/** Scratch for maskDigits (one string is built at the end). */
const CODES: number[] = [];

/** How many significant characters (digits, X, *) `value` has. */
export function significantCount(value: string): number {
  let total = 0;
  for (let i = 0; i < value.length; i += 1) if (isSignificant(value.charCodeAt(i))) total += 1;
  return total;
}

/** How many characters of `value` a mask character hides. */
export function hiddenCount(value: string): number {
  let hidden = 0;
  for (let i = 0; i < value.length; i += 1) if (isMaskChar(value.charCodeAt(i))) hidden += 1;
  return hidden;
}

/** 张三丰 → 张某某, 李四 → 李某; `keep` is the visible part (a compound surname keeps two characters). */
export function maskName(value: string, keep: number): string {
  return value.slice(0, keep) + (value.length - keep >= 2 ? '某某' : '某');
}

/** tengyaqin1990@163.com → t************@163.com */
export function maskEmail(value: string): string {
  const at = value.search(/[@＠]/);
  if (at <= 0) return MASK.repeat(value.length);
  return value[0] + MASK.repeat(at - 1) + value.slice(at);
}

/** Reused by maskAddress. */
const LEVEL: WordMatch<true> = { word: '', payload: true, start: 0, end: 0 };

/** Administrative levels an address may keep (province, prefecture, county/district). */
const ADMINISTRATIVE_END = wordList('自治区 自治州 自治县 地区 省 市 区 县 旗 州 盟');
/** Levels below the district: once one appears, nothing after it may stay. */
const BELOW_DISTRICT = wordList('街道 镇 乡 路 街 巷 弄 道 号 村 组 社区 小区 大厦 公寓 花园 广场 栋 幢 楼 单元 室 院');

/**
 * Cuts a home address to district level: 杭州市西湖区三墩镇金家渡路88号 → 杭州市西湖区****.
 * Words match on normalised characters, so traditional ones (區, 縣, 鎮) are handled too.
 */
export function maskAddress(value: string): string {
  let keep = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (isDigit(value.charCodeAt(i)) || BELOW_DISTRICT.hasMatchAt(value, i)) break;
    if (ADMINISTRATIVE_END.matchInto(value, i, LEVEL)) {
      keep = LEVEL.end;
      i = keep - 1;
    }
  }
  return value.slice(0, keep) + MASK.repeat(4);
}

/** 15周岁 → **周岁: the age stated in digits or Chinese numerals is hidden. */
export function maskStatedAge(value: string): string {
  return '**' + value.replace(/^[\d０-９一二两三四五六七八九十]+/, '');
}

/** Health details are hidden entirely. */
export function maskHealth(): string {
  return MASK.repeat(4);
}
