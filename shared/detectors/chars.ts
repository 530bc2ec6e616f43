// Character normalisation shared by every detector: full-width digits and letters fold to ASCII, and the
// traditional forms of the characters our keywords, surnames and medical terms use fold to simplified, so
// each word list is written once (in simplified Chinese) and still matches 身份證號碼 or 聯繫電話.
import { TRADITIONAL_PAIRS } from './traditional-forms.ts';

/** Code unit → normalised code unit (identity for characters that need no folding). */
export const NORM = new Uint16Array(65536);
for (let code = 0; code < 65536; code += 1) NORM[code] = code;
for (let code = 0xff10; code <= 0xff19; code += 1) NORM[code] = code - 0xff10 + 48; // ０-９
for (let code = 0xff21; code <= 0xff3a; code += 1) NORM[code] = code - 0xff21 + 65; // Ａ-Ｚ
for (let code = 0xff41; code <= 0xff5a; code += 1) NORM[code] = code - 0xff41 + 97; // ａ-ｚ
for (const [full, ascii] of [['＠', '@'], ['＋', '+'], ['－', '-'], ['＊', '*'], ['（', '('], ['）', ')'], ['：', ':'], ['．', '.']] as const) {
  NORM[full.charCodeAt(0)] = ascii.charCodeAt(0);
}
// Every pair is two BMP characters (the generator keeps single code units only).
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
  NORM[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
}

export const normCode = (text: string, index: number): number => NORM[text.charCodeAt(index)] ?? 0;

/** Normalises a whole (short) string, e.g. a name or a label, for comparisons and table lookups. */
export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += String.fromCharCode(normCode(text, i));
  return out;
}

/** CJK unified ideographs (basic block and extension A) and compatibility ideographs. */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** ASCII or full-width digit. */
export function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** Value 0–9 of an ASCII or full-width digit code unit. */
export function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 48;
}

export function isAsciiLetter(code: number): boolean {
  const folded = NORM[code] ?? code;
  return (folded >= 65 && folded <= 90) || (folded >= 97 && folded <= 122);
}

/** ASCII or full-width asterisk: the masking character. */
export function isMaskChar(code: number): boolean {
  return code === 42 || code === 0xff0a;
}

/** Arrays of each length up to 64, so a short string is built from codes without resizing an array. */
const CODES_OF_LENGTH: number[][] = Array.from({ length: 65 }, (_, length) => new Array<number>(length).fill(0));

/** The string of the first `count` codes of `codes` (a scratch array the caller reuses). */
export function codesToString(codes: readonly number[], count: number): string {
  const exact = CODES_OF_LENGTH[count];
  if (exact === undefined) return String.fromCharCode.apply(null, codes.slice(0, count));
  for (let i = 0; i < count; i += 1) exact[i] = codes[i]!;
  return String.fromCharCode.apply(null, exact);
}

/** A set of normalised code units, built from a string of characters. */
export function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i += 1) set[chars.charCodeAt(i)] = 1;
  return set;
}

export function inSet(set: Uint8Array, code: number): boolean {
  return set[NORM[code] ?? code] === 1;
}

/** Membership of the raw code unit (no folding): for punctuation tables on hot paths. */
export function isIn(set: Uint8Array, code: number): boolean {
  return set[code] === 1;
}

/** Ranges up to this long are searched in place; longer ones through a slice and the native indexOf. */
const SHORT_SEARCH = 256;

/** Index of `search` in text[from, to), or -1: a search that never runs past `to` (no quadratic scans). */
export function indexWithin(text: string, search: string, from: number, to: number): number {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (end - start < search.length) return -1;
  if (end - start > SHORT_SEARCH) {
    const at = text.slice(start, end).indexOf(search);
    return at < 0 ? -1 : start + at;
  }
  const first = search.charCodeAt(0);
  for (let i = start; i + search.length <= end; i += 1) if (text.charCodeAt(i) === first && text.startsWith(search, i)) return i;
  return -1;
}

/** Index of the closing bracket matching the opening one at `open` ((…) or （…）) within `reach` characters, or -1. */
export function closingBracket(text: string, open: number, reach: number): number {
  return indexWithin(text, text[open] === '(' ? ')' : '）', open + 1, open + 1 + reach);
}
