// A natural-person party under 18 on the decision date makes the whole decision unpublishable (hz-gs 11).
// Evidence: the birth date in the party's own ID number, or an age stated in the party block (15周岁).
// The decision date is the caller's, else the latest date written in the text (a decision ends with it).
import { findingKind, Mask, retypedKind } from './finding-store.ts';
import { ageOn, type DateNumber } from './id-number.ts';
import type { PartyMinorCandidate, ScanState } from './scan-state.ts';
import { Guard } from './char-class.ts';
import { wordList } from './keywords.ts';
import { wordEntries, type WordEntry, type WordHandler } from './word-handler.ts';

export const ADULT_AGE = 18;

/** Chinese numerals for stated ages (十五周岁). */
const STATED_AGE = findingKind('minor', 'leak', 0.9, 'statedAgeUnder18', Mask.StatedAge);

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses 十五, 十七, 九, 二十 (ages as written in words); undefined for anything else. */
export function parseChineseAge(words: string): number | undefined {
  const match = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(words);
  if (!match || words === '') return undefined;
  const [, tens = '', ten = '', units = ''] = match;
  if (!ten) return tens && !units ? NUMERALS[tens] : undefined;
  return (tens ? (NUMERALS[tens] ?? 0) : 1) * 10 + (units ? (NUMERALS[units] ?? 0) : 0);
}

/** Records the party's ID as possible evidence of a minor party (decided at the end of the scan). */
export function noteBirthDate(state: ScanState, finding: number, birth: DateNumber): void {
  state.minorCandidates.push({ finding, birth });
}

/** Labels before a birth date (出生日期：2006年10月22日) and words after one (1978年4月12日出生). */
const BIRTH_LABELS = wordList('出生日期 出生年月 出生年月日 出生时间 生日 出生于 生于');
const BIRTH_AFTER = wordList('出生 生');
/** A party's stated birth date (the decision is not published at all, so it is hidden whole). */
const STATED_BIRTH = findingKind('minor', 'leak', 0.9, 'birthDateUnder18', Mask.Health);

function isBirthDateContext(text: string, start: number, end: number): boolean {
  let labelEnd = start;
  while (labelEnd > 0 && ':：　 '.includes(text[labelEnd - 1]!)) labelEnd -= 1;
  return BIRTH_AFTER.hasMatchAt(text, end) || BIRTH_LABELS.matchEndingAt(text, labelEnd) !== undefined;
}

/**
 * Records a birth date stated in a natural-person party's block, judged at the end like the ID's; returns
 * whether the date was one.
 */
export function noteStatedBirth(state: ScanState, start: number, end: number, birth: DateNumber): boolean {
  if (state.partyKind !== undefined && state.partyKind !== 'natural') return false;
  if (!state.isInPartyBlock(start) || state.isPersonInSentence(start) || !isBirthDateContext(state.text, start, end)) return false;
  state.minorCandidates.push({ finding: -1, birth, start, end });
  return true;
}

/** Records an age stated in the party block. */
export function noteStatedAge(state: ScanState, start: number, end: number, age: number): void {
  if (age >= ADULT_AGE || age < 0 || (state.partyKind !== undefined && state.partyKind !== 'natural')) return;
  const finding = state.add(STATED_AGE, start, end);
  state.minorCandidates.push({ finding, age });
}

const isMinorFound = (state: ScanState) => (candidate: PartyMinorCandidate) => candidate.finding >= 0 && state.findings.typeOf(candidate.finding) === 'minor';

/** Turns the candidates into `minor` findings when the party is under 18 on the decision date. */
export function resolveMinors(state: ScanState): void {
  const decisionDate = state.decisionDate ?? state.latestDate;
  for (const candidate of state.minorCandidates) {
    const { finding } = candidate;
    if (candidate.age !== undefined) continue; // stated ages are judged when noted
    if (decisionDate === undefined || candidate.birth === undefined || finding < 0) continue;
    if (ageOn(candidate.birth, decisionDate) < ADULT_AGE) {
      state.findings.setKind(finding, retypedKind(state.findings.kindOf(finding), 'minor', 'ageUnder18FromId'));
    }
  }
  // A stated birth date is reported only when nothing else shows the minor (the ID, a stated age): the date
  // itself is not personal data beside them.
  if (decisionDate === undefined || state.minorCandidates.some(isMinorFound(state))) return;
  for (const candidate of state.minorCandidates) {
    if (candidate.finding < 0 && candidate.birth !== undefined && ageOn(candidate.birth, decisionDate) < ADULT_AGE) {
      state.add(STATED_BIRTH, candidate.start ?? 0, candidate.end ?? 0);
    }
  }
}

const AGE_CHARACTERS = /[\d０-９一二两三四五六七八九十]/;

/** What may stand between the party and its age: 当事人张三（16岁）, 当事人，男，现年16周岁, 年龄：16岁. */
const AGE_FILLER_WORDS = ['现年', '年仅', '时年', '年龄为', '年龄', '已满', '男', '女'];
const AGE_FILLER_MARKS = '（(，,：: 　';
const PARTY_WORD = '当事人';
const LONGEST_NAME = 4;

/** The start of the filler before a stated age (marks, 男/女, 现年 …), read backwards from `end`. */
function fillerStart(text: string, end: number): number {
  let i = end;
  for (let moved = true; moved && i > 0; ) {
    moved = false;
    if (AGE_FILLER_MARKS.includes(text[i - 1]!)) {
      i -= 1;
      moved = true;
      continue;
    }
    const word = AGE_FILLER_WORDS.find((filler) => text.startsWith(filler, i - filler.length));
    if (word) {
      i -= word.length;
      moved = true;
    }
  }
  return i;
}

/**
 * Whether a stated age in running text is the party's: right after 当事人, after the party's known name, or
 * after 当事人 and a short name (当事人张小明（16岁）). A witness's age (证人李某（15岁）) is not.
 */
function isPartyBeforeAge(state: ScanState, ageStart: number): boolean {
  const { text } = state;
  const end = fillerStart(text, ageStart);
  if (text.startsWith(PARTY_WORD, end - PARTY_WORD.length)) return true;
  for (let length = 2; length <= LONGEST_NAME; length += 1) {
    if (state.publicNameType(text, end - length, end) === 'party-name' || text.startsWith(PARTY_WORD, end - length - PARTY_WORD.length)) return true;
  }
  return false;
}

/** 15周岁 / 十六岁 in the party block, or right after the party in running text: a stated age. */
const onAgeWord: WordHandler = (state, match) => {
  const { text } = state;
  let start = match.start;
  while (start > 0 && match.start - start < 3 && AGE_CHARACTERS.test(text[start - 1]!)) start -= 1;
  if (start === match.start) return match.end;
  const isInBlock = state.isInPartyBlock(match.start) && !state.isPersonInSentence(match.start);
  if (!isInBlock && !isPartyBeforeAge(state, start)) return match.end;
  const written = text.slice(start, match.start);
  const digits = written.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  const age = /^\d+$/.test(digits) ? Number(digits) : parseChineseAge(written);
  if (age !== undefined) noteStatedAge(state, start, match.end, age);
  return match.end;
};

/** The words of this detector, for the scan's single dispatch table. */
export function ageWordEntries(): WordEntry[] {
  return [...wordEntries('周岁', onAgeWord), ...wordEntries('岁', onAgeWord, { guard: Guard.NumberBefore })];
}
