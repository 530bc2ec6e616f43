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

export class FindingStore {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly types: Array<PersonalDataType | LookAlikeType> = [];
  readonly classifications: Classification[] = [];
  readonly confidences: number[] = [];
  readonly reasons: string[] = [];
  private readonly masks: number[] = [];
  private readonly maskA: number[] = [];
  private readonly maskB: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  /** Adds a finding; returns its index, by which it can still be changed until the scan ends. */
  add(type: PersonalDataType | LookAlikeType, classification: Classification, start: number, end: number, confidence: number, reason: string, mask: Mask = Mask.Verbatim, a = 0, b = 0): number {
    this.starts.push(start);
    this.ends.push(end);
    this.types.push(type);
    this.classifications.push(classification);
    this.confidences.push(confidence);
    this.reasons.push(reason);
    this.masks.push(mask);
    this.maskA.push(a);
    this.maskB.push(b);
    return this.starts.length - 1;
  }

  /** Makes finding `k` public with the given type and reason: its masked form is then its value. */
  makePublic(k: number, type: LookAlikeType, reason: string): void {
    this.classifications[k] = 'public';
    this.types[k] = type;
    this.masks[k] = Mask.Verbatim;
    this.reasons[k] = reason;
  }

  /**
   * The findings sorted by start and non-overlapping (of two overlapping ones the longer stays, a leak on a tie,
   * the earlier found on a full tie), as Finding objects of `text`; only the leaks unless `all`.
   */
  resolve(text: string, all: boolean): Finding[] {
    const { starts, ends, classifications } = this;
    const order = Array.from({ length: starts.length }, (_, k) => k);
    const rank = (k: number) => CLASSIFICATION_RANK[classifications[k]!];
    order.sort((a, b) => starts[a]! - starts[b]! || ends[b]! - starts[b]! - (ends[a]! - starts[a]!) || rank(b) - rank(a) || a - b);
    const kept: number[] = [];
    for (const k of order) {
      if (ends[k]! <= starts[k]!) continue;
      const last = kept.at(-1);
      if (last === undefined || starts[k]! >= ends[last]!) {
        kept.push(k);
        continue;
      }
      const lastLength = ends[last]! - starts[last]!;
      const length = ends[k]! - starts[k]!;
      if (length > lastLength || (length === lastLength && rank(k) > rank(last))) kept[kept.length - 1] = k;
    }
    const findings: Finding[] = [];
    for (const k of kept) if (all || classifications[k] === 'leak') findings.push(this.finding(text, k));
    return findings;
  }

  private finding(text: string, k: number): Finding {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    const value = text.slice(start, end);
    return {
      type: this.types[k]!,
      classification: this.classifications[k]!,
      start,
      end,
      value,
      masked: masked(value, this.masks[k]!, this.maskA[k]!, this.maskB[k]!),
      confidence: this.confidences[k]!,
      reason: this.reasons[k]!,
    };
  }
}
