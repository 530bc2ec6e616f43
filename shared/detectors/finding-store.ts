// The findings of one scan, kept as parallel arrays until the scan ends: a finding costs a few array slots while
// the text is read, and only those that survive the overlap resolution (and are reported) become Finding objects,
// with their value and masked form built then. The pass thus allocates almost nothing per finding, and the
// objects it returns are made in one go at the end.
import { maskAccount } from './bank-account.ts';
import { maskLandline } from './landline.ts';
import { maskAddress, maskDigits, maskEmail, maskHealth, maskName, maskStatedAge } from './masking.ts';
import { maskMobile } from './mobile.ts';
import type { Classification, Finding, LookAlikeType, PersonalDataType } from './types.ts';

/** How a finding's masked form is made from its value (and the two parameters stored with it). */
export const Mask = {
  /** The value itself (public data and masked forms). */
  Verbatim: 0,
  /** maskDigits(value, a, b). */
  Digits: 1,
  /** maskMobile(value, a): a is the length of a +86 prefix. */
  Mobile: 2,
  /** maskLandline(value, a, b): a is the area code's length, b where the subscriber number ends. */
  Landline: 3,
  Account: 4,
  /** maskName(value, a): a is the visible part (the surname). */
  Name: 5,
  Email: 6,
  Address: 7,
  Health: 8,
  StatedAge: 9,
} as const;
export type Mask = (typeof Mask)[keyof typeof Mask];

function masked(value: string, mask: number, a: number, b: number): string {
  switch (mask) {
    case Mask.Digits:
      return maskDigits(value, a, b);
    case Mask.Mobile:
      return maskMobile(value, a);
    case Mask.Landline:
      return maskLandline(value, a, b);
    case Mask.Account:
      return maskAccount(value);
    case Mask.Name:
      return maskName(value, a);
    case Mask.Email:
      return maskEmail(value);
    case Mask.Address:
      return maskAddress(value);
    case Mask.Health:
      return maskHealth();
    case Mask.StatedAge:
      return maskStatedAge(value);
    default:
      return value;
  }
}

const CLASSIFICATION_RANK: Record<Classification, number> = { leak: 2, masked: 1, public: 0 };

/**
 * Kinds of finding: type, classification, confidence, reason and mask, registered once per detector call site
 * (findingKind), so a finding stores one small number for all of them.
 */
const kindTypes: Array<PersonalDataType | LookAlikeType> = [];
const kindClassifications: Classification[] = [];
const kindConfidences: number[] = [];
const kindReasons: string[] = [];
const kindMasks: Mask[] = [];
const kindRanks: number[] = [];
const kindIds = new Map<string, number>();

/** The id of a kind of finding (the same id for the same description). */
export function findingKind(type: PersonalDataType | LookAlikeType, classification: Classification, confidence: number, reason: string, mask: Mask = Mask.Verbatim): number {
  const key = `${type} ${classification} ${confidence} ${reason} ${mask}`;
  let id = kindIds.get(key);
  if (id === undefined) {
    id = kindTypes.length;
    kindTypes.push(type);
    kindClassifications.push(classification);
    kindConfidences.push(confidence);
    kindReasons.push(reason);
    kindMasks.push(mask);
    kindRanks.push(CLASSIFICATION_RANK[classification]);
    kindIds.set(key, id);
  }
  return id;
}

/** The kind `kind` with another type and reason (confidence, classification and mask kept). */
export function retypedKind(kind: number, type: PersonalDataType | LookAlikeType, reason: string): number {
  return findingKind(type, kindClassifications[kind]!, kindConfidences[kind]!, reason, kindMasks[kind]!);
}

/** The kind `kind` made public with another type and reason (its confidence kept; its masked form is its value). */
export function publicKind(kind: number, type: LookAlikeType, reason: string): number {
  return findingKind(type, 'public', kindConfidences[kind]!, reason);
}

export class FindingStore {
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private kinds = new Uint16Array(256);
  private maskA = new Int32Array(256);
  private maskB = new Int32Array(256);
  length = 0;

  /** Adds a finding of kind `kind` (findingKind); returns its index, by which it can still be changed until the scan ends. */
  add(kind: number, start: number, end: number, a = 0, b = 0): number {
    const k = this.length;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.kinds[k] = kind;
    this.maskA[k] = a;
    this.maskB[k] = b;
    this.length = k + 1;
    return k;
  }

  startOf(k: number): number {
    return this.starts[k]!;
  }

  endOf(k: number): number {
    return this.ends[k]!;
  }

  typeOf(k: number): PersonalDataType | LookAlikeType {
    return kindTypes[this.kinds[k]!]!;
  }

  classificationOf(k: number): Classification {
    return kindClassifications[this.kinds[k]!]!;
  }

  kindOf(k: number): number {
    return this.kinds[k]!;
  }

  setKind(k: number, kind: number): void {
    this.kinds[k] = kind;
  }

  private grow(): void {
    const grown = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.maskA = grown(this.maskA);
    this.maskB = grown(this.maskB);
    const kinds = new Uint16Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    this.kinds = kinds;
  }

  /** Whether finding a sorts before finding b: by start, the longer first, a leak before the rest, then as found. */
  private isBefore(a: number, b: number): boolean {
    const { starts, ends, kinds } = this;
    if (starts[a] !== starts[b]) return starts[a]! < starts[b]!;
    const lengthA = ends[a]! - starts[a]!;
    const lengthB = ends[b]! - starts[b]!;
    if (lengthA !== lengthB) return lengthA > lengthB;
    const rankA = kindRanks[kinds[a]!]!;
    const rankB = kindRanks[kinds[b]!]!;
    return rankA !== rankB ? rankA > rankB : a < b;
  }

  /**
   * Finding indexes in order (isBefore). Findings mostly come in order, so the array sort (a merge sort that
   * takes runs already in order as they are) costs little more than one pass.
   */
  private order(): Int32Array {
    const order = new Int32Array(this.length);
    let isSorted = true;
    for (let k = 0; k < this.length; k += 1) {
      order[k] = k;
      if (k > 0 && isSorted && !this.isBefore(k - 1, k)) isSorted = false;
    }
    if (!isSorted) order.sort((a, b) => (this.isBefore(a, b) ? -1 : 1));
    return order;
  }

  /**
   * The findings sorted by start and non-overlapping (of two overlapping ones the longer stays, a leak on a tie,
   * the earlier found on a full tie), as Finding objects of `text`; only the leaks unless `all`.
   */
  resolve(text: string, all: boolean): Finding[] {
    const { starts, ends, kinds } = this;
    const order = this.order();
    const kept = new Int32Array(order.length);
    let keptCount = 0;
    for (let o = 0; o < order.length; o += 1) {
      const k = order[o]!;
      if (ends[k]! <= starts[k]!) continue;
      const last = keptCount > 0 ? kept[keptCount - 1]! : -1;
      if (last < 0 || starts[k]! >= ends[last]!) {
        kept[keptCount++] = k;
        continue;
      }
      const lastLength = ends[last]! - starts[last]!;
      const length = ends[k]! - starts[k]!;
      if (length > lastLength || (length === lastLength && kindRanks[kinds[k]!]! > kindRanks[kinds[last]!]!)) kept[keptCount - 1] = k;
    }
    const findings: Finding[] = [];
    for (let o = 0; o < keptCount; o += 1) {
      const k = kept[o]!;
      if (all || kindClassifications[kinds[k]!] === 'leak') findings.push(this.finding(text, k));
    }
    return findings;
  }

  private finding(text: string, k: number): Finding {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    const kind = this.kinds[k]!;
    const value = text.slice(start, end);
    return {
      type: kindTypes[kind]!,
      classification: kindClassifications[kind]!,
      start,
      end,
      value,
      masked: masked(value, kindMasks[kind]!, this.maskA[k]!, this.maskB[k]!),
      confidence: kindConfidences[kind]!,
      reason: kindReasons[kind]!,
    };
  }
}
