// One combined pass over a text for every personal-data type (issue: personal-data detection). Each
// character costs one read of a dispatch table (char-class.ts); only digits, @, the first characters of
// context words (after a cheap check of the next character) and of names already found dispatch to a
// detector, which reads what it needs around that point and tells the pass where to continue. No detector
// rescans the text. Findings are then sorted and overlaps resolved.
import { AT_SIGN, CHAR_CLASS, DIGIT, FIRST_ID, Guard, KNOWN_NAME, LONE, NAME_NEXT, NAME_PAIR, PAIR_LONGER, PAIR_NONE, PAIR_WORD, pairHash, SECOND_ID, SINGLE_GUARD, tripleHash, WORD, WORD_TRIPLE } from './char-class.ts';
import { buildDispatchTable } from './dispatch-table.ts';
import { isDigit, isHan, NORM } from './chars.ts';
import { footerWordEntries } from './contact-context.ts';
import { onAtSign } from './email-handler.ts';
import { healthWordEntries } from './health.ts';
import { addressWordEntries } from './home-address.ts';
import { parseIsoDate, type DateNumber } from './id-number.ts';
import type { WordMatch } from './keywords.ts';
import { ageWordEntries, resolveMinors } from './minor.ts';
import { isNumberJoiner, noteShortDate, onDigit } from './numbers.ts';

const YEAR = 0x5e74; // 年 (the same in traditional characters)
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
const NUMERALS = new Set('一二两三四五六七八九十百'.split('').map((char) => char.charCodeAt(0)));

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
      return isDigit(previous) || NUMERALS.has(previous);
    }
    case Guard.NumberAfter:
      return isDigit(text.charCodeAt(index + 1)) || NUMERALS.has(next) || next === 0x4eba; // 人
    default:
      return false;
  }
}

const CLASSIFICATION_RANK = { leak: 2, masked: 1, public: 0 } as const;

/** Sorted, non-overlapping: of two overlapping findings the longer stays, a leak on a tie. */
function resolveOverlaps(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || CLASSIFICATION_RANK[b.classification] - CLASSIFICATION_RANK[a.classification]);
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    const last = kept.at(-1);
    if (!last || finding.start >= last.end) {
      kept.push(finding);
      continue;
    }
    const lastLength = last.end - last.start;
    const length = finding.end - finding.start;
    const isBetter = length > lastLength || (length === lastLength && CLASSIFICATION_RANK[finding.classification] > CLASSIFICATION_RANK[last.classification]);
    if (isBetter) kept[kept.length - 1] = finding;
  }
  return kept;
}

function todayNumber(): DateNumber {
  const now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
}

const NO_ENTRY: WordEntry = { word: '', handler: (_state, match) => match.end };

/** The single pass: dispatches each interesting character to its detector. */
function walk(state: ScanState): void {
  const text = state.text;
  const length = text.length;
  // Reused for every word found: handlers read it and never keep it.
  const match: WordMatch<WordEntry> = { word: '', payload: NO_ENTRY, start: 0, end: 0 };
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    const charClass = CHAR_CLASS[code]!;
    if (charClass === 0) {
      i += 1;
      continue;
    }
    let next = i + 1;
    if (charClass & DIGIT) {
      // Dates, amounts, article numbers: up to 4 digits standing alone are settled here, without a call.
      let end = i + 1;
      while (end - i <= 4 && CHAR_CLASS[text.charCodeAt(end)]! & DIGIT) end += 1;
      if (end - i <= 4 && !isNumberJoiner(text.charCodeAt(end)) && !isNumberJoiner(text.charCodeAt(i - 1))) {
        if (end - i === 4 && text.charCodeAt(end) === YEAR) noteShortDate(state, i, end);
        i = end;
        continue;
      }
      next = onDigit(state, i);
    } else if (charClass & AT_SIGN) {
      next = onAtSign(state, i);
    } else {
      const following = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (charClass & KNOWN_NAME && NAME_PAIR[pairHash(code, following)] !== 0) next = Math.max(next, onKnownName(state, i));
      if (next === i + 1) {
        let isCandidate = false;
        if (charClass & WORD) {
          const second = SECOND_ID[following]!;
          const pair = second === 0 ? PAIR_NONE : WORD_PAIRS[FIRST_ID[code]! * PAIR_WIDTH + second]!;
          isCandidate = pair === PAIR_WORD || (pair === PAIR_LONGER && WORD_TRIPLE[tripleHash(NORM[code]!, NORM[following]!, NORM[text.charCodeAt(i + 2)] ?? 0)] === 1);
        }
        if (!isCandidate && charClass & LONE) isCandidate = passesGuard(SINGLE_GUARD[NORM[code]!]!, text, i, NORM[following]!);
        if (isCandidate && WORDS.matchInto(text, i, match) && (!match.payload.isBeforeName || NAME_NEXT[text.charCodeAt(match.end)] === 1)) {
          next = match.payload.handler(state, match);
        }
      }
    }
    i = next > i ? next : i + 1;
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
  const findings = resolveOverlaps(state.findings);
  return options.all ? findings : findings.filter((finding) => finding.classification === 'leak');
}
