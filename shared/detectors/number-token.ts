// Reads one number as written in Chinese documents: ASCII or full-width digits, grouped by single spaces or
// hyphens (510107 19860217 5358, 135-1667-2094), masked with * (138****5678), an ID's final X, a +86 or
// (+86) country prefix, and an area code in brackets ((0595)22387714). Codes mixing letters and digits
// (licences, USCCs, case numbers) come back as `code` tokens so no detector mistakes their digits.
import { codesToString, isAsciiLetter, isDigit, isMaskChar, NORM } from './chars.ts';

/** At most this many significant characters are joined across separators. */
const MAX_SIGNIFICANT = 24;

export interface NumberToken {
  kind: 'number' | 'code';
  /** The span in the text, prefixes and brackets included. */
  start: number;
  end: number;
  /** Normalised significant characters: digits, 'X', '*' (for codes: none; see codeChars). */
  chars: string;
  /** Indexes into `chars` before which a separator or bracket stood. */
  breaks: number[];
  /** For each break, the text index just after the character before it (to cut a token there). */
  groupEnds: number[];
  /** A +86 prefix was written (and is not part of `chars`). */
  hasCountryCode: boolean;
}

const norm = (text: string, index: number): number => NORM[text.charCodeAt(index)] ?? 0;
const isSeparator = (code: number): boolean => code === 32 || code === 45; // space, hyphen (full-width folds)
const isCodeChar = (code: number): boolean => isDigit(code) || isAsciiLetter(code) || isMaskChar(code);

function readCode(text: string, from: number): NumberToken {
  let start = from;
  while (start > 0 && isCodeChar(text.charCodeAt(start - 1))) start -= 1;
  let end = from;
  while (end < text.length && isCodeChar(text.charCodeAt(end))) end += 1;
  // A code is skipped whole; only a look-alike report reads its characters (codeChars).
  return { kind: 'code', start, end, chars: '', breaks: NO_BREAKS, groupEnds: NO_BREAKS, hasCountryCode: false };
}

/** Normalised, upper-cased characters of a code token. */
export function codeChars(text: string, token: NumberToken): string {
  let count = 0;
  for (let i = token.start; i < token.end && count < MAX_CODE; i += 1) {
    const code = norm(text, i);
    SCRATCH[count++] = code >= 97 && code <= 122 ? code - 32 : code;
  }
  return codesToString(SCRATCH, count);
}

/** Codes are read for their characters up to this length (a USCC has 18). */
const MAX_CODE = 64;

interface Groups {
  end: number;
  chars: string;
  breaks: number[];
  groupEnds: number[];
}

/** Scratch for the significant characters of the number being read (one string is built at the end). */
const SCRATCH: number[] = [];
/** Shared by tokens that have no breaks (never written to). */
const NO_BREAKS: number[] = [];

/** Reads digit groups from `from`, appending to `into` (whose `chars` holds what was read before). */
function readGroups(text: string, from: number, into: Groups): Groups {
  let end = from;
  let count = 0;
  for (let k = 0; k < into.chars.length; k += 1) SCRATCH[count++] = into.chars.charCodeAt(k);
  for (;;) {
    while (end < text.length && count < MAX_SIGNIFICANT) {
      const code = text.charCodeAt(end);
      if (isDigit(code)) SCRATCH[count++] = norm(text, end);
      else if (isMaskChar(code)) SCRATCH[count++] = 42;
      else break;
      end += 1;
    }
    const after = text.charCodeAt(end + 1);
    if (count < MAX_SIGNIFICANT && isSeparator(norm(text, end)) && (isDigit(after) || isMaskChar(after))) {
      into.breaks.push(count);
      into.groupEnds.push(end);
      end += 1;
      continue;
    }
    return { end, chars: codesToString(SCRATCH, count), breaks: into.breaks, groupEnds: into.groupEnds };
  }
}

/** Continues after a closing bracket: (+86)138… or (0595)2238…; undefined when no digits follow. */
function readAfterBracket(text: string, close: number, into: Groups): Groups | undefined {
  if (norm(text, close) !== 41) return undefined;
  let next = close + 1;
  if (isSeparator(norm(text, next))) next += 1;
  if (!isDigit(text.charCodeAt(next))) return undefined;
  into.breaks.push(into.chars.length);
  into.groupEnds.push(close);
  return readGroups(text, next, into);
}

/**
 * The end of the run of ASCII digits starting at `index` when nothing is joined to it (the common case, whose
 * slice is its characters), or -1.
 */
export function plainRunEnd(text: string, index: number): number {
  if (index > 0 && isAsciiLetter(text.charCodeAt(index - 1))) return -1;
  let end = index;
  while (end < text.length && end - index < MAX_SIGNIFICANT) {
    const code = text.charCodeAt(end);
    if (code < 48 || code > 57) break;
    end += 1;
  }
  const after = norm(text, end);
  const before = norm(text, index - 1);
  if (end - index >= MAX_SIGNIFICANT || isDigit(text.charCodeAt(end)) || isMaskChar(text.charCodeAt(end))) return -1;
  // A closing bracket after the run only matters after an opening one ((0595)2238…), which is refused below.
  if (after === 32 || after === 45 || after === 88 || after === 120 || isAsciiLetter(text.charCodeAt(end))) return -1;
  return before === 43 || before === 40 ? -1 : end;
}

/** The token of a plain run, reused: callers read it before reading the next number and never keep it. */
const PLAIN: NumberToken = { kind: 'number', start: 0, end: 0, chars: '', breaks: NO_BREAKS, groupEnds: NO_BREAKS, hasCountryCode: false };

/**
 * Reads the number whose first digit is at `index` (a plain run's token is reused by the next call);
 * `plainEnd` is plainRunEnd(text, index) when the caller has it already.
 */
export function readNumberToken(text: string, index: number, plainEnd = plainRunEnd(text, index)): NumberToken {
  if (index > 0 && isAsciiLetter(text.charCodeAt(index - 1))) return readCode(text, index);
  if (plainEnd >= 0) {
    PLAIN.start = index;
    PLAIN.end = plainEnd;
    PLAIN.chars = text.slice(index, plainEnd);
    return PLAIN;
  }
  let groups = readGroups(text, index, { end: index, chars: '', breaks: [], groupEnds: [] });
  const finalCode = norm(text, groups.end);
  if (groups.chars.length === 17 && (finalCode === 88 || finalCode === 120) && !isAsciiLetter(text.charCodeAt(groups.end + 1))) {
    groups.chars += 'X';
    groups.end += 1;
  } else if (groups.end < text.length && isAsciiLetter(text.charCodeAt(groups.end))) {
    return readCode(text, index);
  }
  let start = index;
  let hasCountryCode = false;
  const before = norm(text, index - 1);
  if (before === 43 && groups.chars.startsWith('86')) {
    // +86 138…, +86-138…, +86138…, (+86)138…: the prefix is inside the span, not in `chars`.
    start = index - 1;
    if (norm(text, start - 1) === 40) start -= 1;
    hasCountryCode = true;
    if (groups.chars.length === 2) {
      groups = readAfterBracket(text, groups.end, groups) ?? groups;
    }
    const breaks: number[] = [];
    const groupEnds: number[] = [];
    groups.breaks.forEach((at, k) => {
      if (at > 2) {
        breaks.push(at - 2);
        groupEnds.push(groups.groupEnds[k]!);
      }
    });
    return { kind: 'number', start, end: groups.end, chars: groups.chars.slice(2), breaks, groupEnds, hasCountryCode };
  }
  if (before === 40 && groups.chars.startsWith('0') && groups.chars.length >= 3 && groups.chars.length <= 4) {
    const rest = readAfterBracket(text, groups.end, groups);
    if (rest) return { kind: 'number', start: index - 1, end: rest.end, chars: rest.chars, breaks: rest.breaks, groupEnds: rest.groupEnds, hasCountryCode };
  }
  return { kind: 'number', start, end: groups.end, chars: groups.chars, breaks: groups.breaks, groupEnds: groups.groupEnds, hasCountryCode };
}

/** The token cut at its `k`-th break, for numbers written side by side. */
export function truncateToken(token: NumberToken, k: number): NumberToken {
  return {
    ...token,
    end: token.groupEnds[k] ?? token.end,
    chars: token.chars.slice(0, token.breaks[k]),
    breaks: token.breaks.slice(0, k),
    groupEnds: token.groupEnds.slice(0, k),
  };
}
