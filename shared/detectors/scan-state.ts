// What one scan knows while it walks the text once: the findings so far, who the party is, which names are
// public, where the agency's own contact block starts. Detectors read and update it; they never rescan.
import { NORM } from './chars.ts';
import type { DateNumber } from './id-number.ts';
import { FindingStore } from './finding-store.ts';
import type { LookAlikeType } from './types.ts';
import type { PartyKind } from '../schema/decision.ts';
import { NameRegistry } from './third-party-name.ts';

/** Characters that end a sentence: context never reaches across them (。 ； ; \n ！ ？). */
const SENTENCE_END = new Uint8Array(65536);
for (const code of [0x3002, 0xff1b, 0x3b, 0x0a, 0x0d, 0xff01, 0xff1f]) SENTENCE_END[code] = 1;
/** Context is looked for at most this far back. */
export const CONTEXT_WINDOW = 160;
/** Lines are looked for at most this far (a longer line is read as several). */
const LINE_WINDOW = 400;

export interface PartyMinorCandidate {
  /** Index of the finding in the scan's FindingStore; -1 for a stated birth date, which is no finding yet. */
  finding: number;
  /** The stated birth date's span (when finding is -1). */
  start?: number;
  end?: number;
  /** Birth date (from the ID), or the stated age. */
  birth?: DateNumber;
  age?: number;
}

/** text[start, end) normalised; the plain slice when nothing needs folding (the usual case). */
function normalizeSlice(text: string, start: number, end: number): string {
  let folds = false;
  for (let i = start; i < end && !folds; i += 1) folds = NORM[text.charCodeAt(i)] !== text.charCodeAt(i);
  if (!folds) return text.slice(start, end);
  let normalized = '';
  for (let i = start; i < end; i += 1) normalized += String.fromCharCode(NORM[text.charCodeAt(i)] ?? 0);
  return normalized;
}

export class ScanState {
  readonly findings = new FindingStore();
  /** Normalised names that are public (the party, legal representatives, officers), with their type. */
  readonly publicNames = new Map<string, LookAlikeType>();
  /** The first (normalised) characters of publicNames, for a quick refusal. */
  private readonly publicNameFirsts: number[] = [];
  readonly names = new NameRegistry();
  private readonly givenPartyName: string | undefined;
  partyKind: PartyKind | undefined;
  readonly isPartyKindGiven: boolean;
  /** Where the current decision's party block (当事人：… and its field lines) starts and ends. */
  partyBlockStart = -1;
  partyBlockEnd = -1;
  /** Where the current decision starts (names never propagate across decisions: they are forgotten here). */
  documentStart = 0;
  /** After the remedy clause (…提起行政诉讼) contact details are the agency's own. */
  footerStart = Number.POSITIVE_INFINITY;
  /** End of the current officer line (执法人员：…): its numbers are certificate numbers. */
  officerLineEnd = -1;
  /** End of the last personal name (third party or masked) found: contact details after it in the same sentence are that person's. */
  lastPersonEnd = -1;
  /** The current line of the agency's contact details (its postal code, 本局地址 …), if any. */
  agencyLineStart = -1;
  agencyLineEnd = -1;
  /** The latest calendar date written in the text: the decision date when none is given. */
  latestDate: DateNumber | undefined;
  readonly minorCandidates: PartyMinorCandidate[] = [];

  constructor(
    readonly text: string,
    /** Whether masked forms and look-alikes are reported (otherwise only those that can hide a leak are kept). */
    readonly isReportingAll: boolean,
    /** Future birth dates are refused against this day. */
    readonly today: DateNumber,
    readonly decisionDate: DateNumber | undefined,
    party: { kind: PartyKind; name: string } | undefined,
  ) {
    this.partyKind = party?.kind;
    this.isPartyKindGiven = party !== undefined;
    this.givenPartyName = party?.name || undefined;
    if (this.givenPartyName) this.addPublicName(this.givenPartyName, 'party-name');
  }

  /** A new decision starts at `index` (texts may hold several): its party, footer and names are its own. */
  beginDecision(index: number): void {
    this.documentStart = index;
    this.footerStart = Number.POSITIVE_INFINITY;
    this.officerLineEnd = -1;
    this.lastPersonEnd = -1;
    this.publicNames.clear();
    this.publicNameFirsts.length = 0;
    this.names.release();
    if (this.givenPartyName) this.addPublicName(this.givenPartyName, 'party-name');
    if (!this.isPartyKindGiven) this.partyKind = undefined;
  }

  get isNaturalParty(): boolean {
    return this.partyKind === 'natural';
  }

  addPublicName(name: string, type: LookAlikeType): void {
    const normalized = normalizeSlice(name, 0, name.length);
    if (normalized && !this.publicNames.has(normalized)) {
      this.publicNames.set(normalized, type);
      this.publicNameFirsts.push(normalized.charCodeAt(0));
    }
  }

  /** Whether a public name could start at text[index] (its first character is one's). */
  mayStartPublicName(text: string, index: number): boolean {
    return this.publicNameFirsts.includes(NORM[text.charCodeAt(index)] ?? -1);
  }

  /** The public type of the name text[start, end), if it is the party's, a representative's or an officer's. */
  publicNameType(text: string, start: number, end: number): LookAlikeType | undefined {
    return this.mayStartPublicName(text, start) ? this.publicNames.get(normalizeSlice(text, start, end)) : undefined;
  }

  /** Adds a finding of a kind (findingKind); `a` and `b` are its mask's parameters. Returns its index. */
  add(kind: number, start: number, end: number, a = 0, b = 0): number {
    return this.findings.add(kind, start, end, a, b);
  }

  /**
   * Adds a look-alike (masked form or public number) that only matters when everything is reported: such
   * findings never overlap a leak, so without `all` they are not even built.
   */
  addLookAlike(kind: number, start: number, end: number): void {
    if (this.isReportingAll) this.findings.add(kind, start, end);
  }

  /** Start of the sentence containing `index` (bounded by CONTEXT_WINDOW). */
  sentenceStart(index: number): number {
    const limit = Math.max(0, index - CONTEXT_WINDOW);
    for (let i = index - 1; i >= limit; i -= 1) if (SENTENCE_END[this.text.charCodeAt(i)] === 1) return i + 1;
    return limit;
  }

  /** Start of the line containing `index`, looking back at most LINE_WINDOW characters. */
  lineStart(index: number): number {
    const limit = Math.max(0, index - LINE_WINDOW);
    for (let i = index - 1; i >= limit; i -= 1) if (this.text.charCodeAt(i) === 10) return i + 1;
    return limit;
  }

  /** End of the line containing `index` (the newline's index), looking ahead at most LINE_WINDOW characters. */
  lineEnd(index: number): number {
    const limit = Math.min(this.text.length, index + LINE_WINDOW);
    for (let i = index; i < limit; i += 1) if (this.text.charCodeAt(i) === 10) return i;
    return limit;
  }

  /** Whether a personal name was found earlier in the sentence of `index`. */
  isPersonInSentence(index: number): boolean {
    return this.lastPersonEnd > this.sentenceStart(index) && this.lastPersonEnd <= index;
  }

  isInPartyBlock(index: number): boolean {
    return index >= this.partyBlockStart && index < this.partyBlockEnd;
  }

  isInFooter(index: number): boolean {
    return index >= this.footerStart;
  }

  noteDate(date: DateNumber): void {
    if (this.latestDate === undefined || date > this.latestDate) this.latestDate = date;
  }
}
