// One combined pass over a text for every personal-data type (issue: personal-data detection). Most
// characters cost one read of the SCAN table (char-class.ts): the pass stops only at digits, @, the anchor of a
// context word whose cheap neighbour check passes, and names already found; there it reads the few characters
// that can start a word containing the anchor with the dispatch tables and hands over to a detector, which reads
// what it needs around that point and tells the pass where to continue. No detector rescans the text. Findings
// are then sorted and overlaps resolved.
import { ANCHOR_PAIR, AT_SIGN, CHAR_CLASS, DIGIT, FIRST_ID, Guard, KNOWN_NAME, LONE, NAME_NEXT, NAME_OR_DE_NEXT, NAME_PAIR, NAME_WORD_END, NEEDS_NEXT, PAIR_LONGER, PAIR_NONE, PAIR_WORD, pairHash, REACH, Scan, SCAN, SECOND_ID, SINGLE_GUARD, Stop, STOP, tripleHash, WORD, WORD_TRIPLE } from './char-class.ts';
import { buildDispatchTable } from './dispatch-table.ts';
import { codeSet, isDigit, isHan, NORM } from './chars.ts';
import { footerWordEntries } from './contact-context.ts';
import { onAtSign } from './email-handler.ts';
import { healthWordEntries } from './health.ts';
import { addressWordEntries } from './home-address.ts';
import { parseIsoDate, type DateNumber } from './id-number.ts';
import type { WordMatch } from './keywords.ts';
import { ageWordEntries, resolveMinors } from './minor.ts';
import { onLongNumber, onShortNumber } from './numbers.ts';
import { ScanState } from './scan-state.ts';
import { NAME_FIRST } from './surnames.ts';
import { nameWordEntries, onKnownName } from './third-party-name.ts';
import type { Finding, ScanOptions } from './types.ts';
import type { WordEntry } from './word-handler.ts';

const { words: WORDS, pairs: WORD_PAIRS, width: PAIR_WIDTH } = buildDispatchTable([
  ...nameWordEntries(),
  ...healthWordEntries(),
  ...addressWordEntries(),
  ...footerWordEntries(),
  ...ageWordEntries(),
]);
const NUMERALS = codeSet('一二两三四五六七八九十百');

function passesGuard(guard: number, text: string, index: number, next: number): boolean {
  switch (guard) {
    case Guard.Always:
      return true;
    case Guard.NameAfter:
      return NAME_FIRST[next] === 1;
    case Guard.HanBefore:
      return isHan(text.charCodeAt(index - 1));
    case Guard.NumberBefore: {
      const previous = text.charCodeAt(index - 1);
      return isDigit(previous) || NUMERALS[previous] === 1;
    }
    case Guard.NumberAfter:
      return isDigit(text.charCodeAt(index + 1)) || NUMERALS[next] === 1 || next === 0x4eba; // 人
    default:
      return false;
  }
}

function todayNumber(): DateNumber {
  const now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
}

const NO_ENTRY: WordEntry = { word: '', handler: (_state, match) => match.end };

/** Reused for every word found: handlers read it and never keep it. */
const MATCH: WordMatch<WordEntry> = { word: '', payload: NO_ENTRY, start: 0, end: 0 };

/** Reads the character at `i` as a character-by-character pass would; returns where to read next. */
function visit(state: ScanState, i: number): number {
  const text = state.text;
  const code = text.charCodeAt(i);
  const charClass = CHAR_CLASS[code]!;
  if (charClass === 0) return i + 1;
  let next = i + 1;
  if (charClass & DIGIT) return onNumber(state, i);
  if (charClass & AT_SIGN) return onAtSign(state, i);
  const following = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (charClass & KNOWN_NAME && NAME_PAIR[pairHash(code, following)] !== 0) next = Math.max(next, onKnownName(state, i));
  if (next === i + 1) {
    let isCandidate = false;
    if (charClass & WORD) {
      const second = SECOND_ID[following]!;
      const pair = second === 0 ? PAIR_NONE : WORD_PAIRS[FIRST_ID[code]! * PAIR_WIDTH + second]!;
      isCandidate = pair === PAIR_WORD || (pair === PAIR_LONGER && WORD_TRIPLE[tripleHash(NORM[code]!, NORM[following]!, NORM[text.charCodeAt(i + 2)] ?? 0)] === 1);
    }
    if (!isCandidate && charClass & LONE) isCandidate = passesGuard(SINGLE_GUARD[NORM[code]!]!, text, i, NORM[following]!);
    if (isCandidate && WORDS.matchInto(text, i, MATCH) && (!MATCH.payload.isBeforeName || (MATCH.payload.allowsDe ? NAME_OR_DE_NEXT : NAME_NEXT)[text.charCodeAt(MATCH.end)] === 1)) {
      next = MATCH.payload.handler(state, MATCH);
    }
  }
  return next > i ? next : i + 1;
}

/** The number whose first digit is at `i`; returns where to read next. */
function onNumber(state: ScanState, i: number): number {
  const end = onShortNumber(state, i);
  return end >= 0 ? end : onLongNumber(state, i);
}

const normAt = (text: string, index: number): number => NORM[text.charCodeAt(index)] ?? 0;

/** Whether the pass must stop at `i`, whose STOP bits are `stop` (see char-class.ts). */
function isStop(text: string, i: number, code: number, stop: number): boolean {
  if (stop & Stop.Always) return true;
  if (stop & Stop.PairBefore && ANCHOR_PAIR[pairHash(normAt(text, i - 1), NORM[code]!)] === 1) return true;
  if (stop & Stop.PairAfter && ANCHOR_PAIR[pairHash(NORM[code]!, normAt(text, i + 1))] === 1) return true;
  if (stop & Stop.KnownName && NAME_PAIR[pairHash(code, text.charCodeAt(i + 1))] !== 0) return true;
  if (stop & Stop.HanBefore && isHan(text.charCodeAt(i - 1))) return true;
  if (stop & Stop.NumberBefore && passesGuard(Guard.NumberBefore, text, i, 0)) return true;
  return (stop & Stop.NumberAfter) !== 0 && passesGuard(Guard.NumberAfter, text, i, normAt(text, i + 1));
}

/**
 * Whether the character before `i` ends a word that acts before a name: `met` says which of its checks the
 * character at `i` met (Scan.IsNameFirst after a one-character word; after a longer one Scan.IsNameNext or
 * Scan.IsNameOrDeNext, and its last two characters must then end such a word).
 */
function endsNameWord(text: string, i: number, met: number): boolean {
  if ((met & Scan.IsNameFirst) !== 0) return true;
  const end = NAME_WORD_END[pairHash(normAt(text, i - 2), normAt(text, i - 1))]!;
  return ((met & Scan.IsNameNext) !== 0 && (end & 1) !== 0) || ((met & Scan.IsNameOrDeNext) !== 0 && (end & 2) !== 0);
}

/** Reads from `from` (or what is not read yet) up to and including the anchor at `anchor`; returns where to go on. */
function readUpTo(state: ScanState, done: number, anchor: number): number {
  let at = Math.max(done, anchor - REACH[pairHash(normAt(state.text, anchor - 1), normAt(state.text, anchor))]!);
  while (at <= anchor) at = visit(state, at);
  return at;
}

/**
 * The single pass. It passes over every character that anchors nothing with one read of SCAN; at an anchor whose
 * check passes it reads back REACH characters (never before what it already read) and on to the anchor with
 * visit(), so every word whose anchor this is, or which contains it, is read from its first character, in order,
 * exactly as a character-by-character pass would read it. Numbers and @ start at themselves.
 */
function walk(state: ScanState): void {
  const text = state.text;
  const length = text.length;
  /** Every character before `done` is read (or passed over by a detector). */
  let done = 0;
  let i = 0;
  /** The checks of the next character that the previous one asks for (its NeedsName… bits, shifted onto the Is… bits). */
  let carry = 0;
  while (i < length) {
    let scan = SCAN[text.charCodeAt(i)]!;
    while (((scan & Scan.Now) | (carry & scan)) === 0) {
      carry = (scan & NEEDS_NEXT) << 2;
      if (++i >= length) return;
      scan = SCAN[text.charCodeAt(i)]!;
    }
    const met = carry & scan;
    carry = 0;
    if (met !== 0 && endsNameWord(text, i, met)) {
      // The name word ends at i - 1; the character at i is read again with its own bits when nothing passed over it.
      done = i = readUpTo(state, done, i - 1);
      continue;
    }
    if ((scan & Scan.Now) === 0) {
      carry = (scan & NEEDS_NEXT) << 2;
      i += 1;
      continue;
    }
    const code = text.charCodeAt(i);
    const stop = STOP[code]!;
    if (stop & Stop.Digit) {
      done = i = onNumber(state, i);
    } else if (stop & Stop.AtSign) {
      done = i = visit(state, i);
    } else if (isStop(text, i, code, stop)) {
      done = i = readUpTo(state, done, i);
    } else {
      carry = (scan & NEEDS_NEXT) << 2;
      i += 1;
    }
  }
}

/**
 * Finds personal data in `text`. Returns leaks only, sorted by start, non-overlapping; with
 * `options.all` also the masked forms and look-alikes recognised. Never throws on any string.
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const decisionDate = parseIsoDate(options.decisionDate);
  const state = new ScanState(input, options.all === true, decisionDate ?? todayNumber(), decisionDate, options.party);
  try {
    walk(state);
    resolveMinors(state);
  } finally {
    state.names.release();
  }
  return state.findings.resolve(input, options.all === true);
}
