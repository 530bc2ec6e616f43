// Word lookup on normalised text (see chars.ts): longest word starting at an index, or ending at one.
// Words are grouped by their first (or last) character so a lookup costs one hash probe and a few compares.
import { NORM } from './chars.ts';
import { CodeMap } from './code-map.ts';

export interface WordMatch<P> {
  word: string;
  payload: P;
  start: number;
  end: number;
}

interface Entry<P> {
  word: string;
  payload: P;
}

function matchesAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k += 1) {
    if (NORM[text.charCodeAt(at + k)] !== word.charCodeAt(k)) return false;
  }
  return true;
}

export class WordIndex<P> {
  /** Entries by normalised first (last) code unit, longest first. */
  private readonly byFirst = new CodeMap<Entry<P>[]>();
  private readonly byLast = new CodeMap<Entry<P>[]>();

  constructor(entries: Iterable<readonly [string, P]> = []) {
    for (const [word, payload] of entries) this.add(word, payload);
  }

  add(word: string, payload: P): this {
    for (const [table, key] of [[this.byFirst, word.charCodeAt(0)], [this.byLast, word.charCodeAt(word.length - 1)]] as const) {
      const list = table.get(key) ?? [];
      list.push({ word, payload });
      list.sort((a, b) => b.word.length - a.word.length);
      table.set(key, list);
    }
    this.firstTable = undefined;
    return this;
  }

  /** Normalised first characters of all words (for a dispatch table). */
  firstCodes(): Iterable<number> {
    return this.byFirst.keysIterator();
  }

  /** The longest word starting at `index`. */
  matchAt(text: string, index: number): WordMatch<P> | undefined {
    const list = this.byFirst.get(NORM[text.charCodeAt(index)] ?? 0);
    if (list === undefined) return undefined;
    for (const entry of list) {
      if (matchesAt(text, index, entry.word)) return { word: entry.word, payload: entry.payload, start: index, end: index + entry.word.length };
    }
    return undefined;
  }

  /** Whether some word starts at `index` (no allocation). */
  hasMatchAt(text: string, index: number): boolean {
    const list = this.byFirst.get(NORM[text.charCodeAt(index)] ?? 0);
    if (list === undefined) return false;
    for (const entry of list) if (matchesAt(text, index, entry.word)) return true;
    return false;
  }

  /**
   * The longest word starting at `index`, written into `out` (no allocation: the scan's hot path); false
   * when none starts there.
   */
  matchInto(text: string, index: number, out: WordMatch<P>): boolean {
    const list = this.byFirst.get(NORM[text.charCodeAt(index)] ?? 0);
    if (list === undefined) return false;
    for (const entry of list) {
      if (matchesAt(text, index, entry.word)) {
        out.word = entry.word;
        out.payload = entry.payload;
        out.start = index;
        out.end = index + entry.word.length;
        return true;
      }
    }
    return false;
  }

  /** The longest word ending just before `end`, written into `out` (no allocation); false when none ends there. */
  matchEndingInto(text: string, end: number, out: WordMatch<P>): boolean {
    if (end <= 0) return false;
    const list = this.byLast.get(NORM[text.charCodeAt(end - 1)] ?? 0);
    if (list === undefined) return false;
    for (const entry of list) {
      const start = end - entry.word.length;
      if (matchesAt(text, start, entry.word)) {
        out.word = entry.word;
        out.payload = entry.payload;
        out.start = start;
        out.end = end;
        return true;
      }
    }
    return false;
  }

  /** The longest word ending just before `end`. */
  matchEndingAt(text: string, end: number): WordMatch<P> | undefined {
    if (end <= 0) return undefined;
    const list = this.byLast.get(NORM[text.charCodeAt(end - 1)] ?? 0);
    if (list === undefined) return undefined;
    for (const entry of list) {
      const start = end - entry.word.length;
      if (matchesAt(text, start, entry.word)) return { word: entry.word, payload: entry.payload, start, end };
    }
    return undefined;
  }

  /**
   * Normalised first characters of the words, as a table: a search through a range reads one byte per
   * character instead of probing the map (built on the first search, 64 KB).
   */
  private firstTable: Uint8Array | undefined;

  private starts(): Uint8Array {
    if (this.firstTable === undefined) {
      this.firstTable = new Uint8Array(65536);
      for (const code of this.byFirst.keysIterator()) this.firstTable[code] = 1;
    }
    return this.firstTable;
  }

  /** The first word found in text[from, to), scanning forward. */
  findIn(text: string, from: number, to: number): WordMatch<P> | undefined {
    const starts = this.starts();
    for (let i = Math.max(0, from); i < to; i += 1) {
      if (starts[NORM[text.charCodeAt(i)] ?? 0] !== 1) continue;
      const list = this.byFirst.get(NORM[text.charCodeAt(i)] ?? 0);
      if (list === undefined) continue;
      for (const entry of list) {
        if (i + entry.word.length <= to && matchesAt(text, i, entry.word)) return { word: entry.word, payload: entry.payload, start: i, end: i + entry.word.length };
      }
    }
    return undefined;
  }

  /** Whether any word occurs in text[from, to) (no allocation). */
  occursIn(text: string, from: number, to: number): boolean {
    const starts = this.starts();
    for (let i = Math.max(0, from); i < to; i += 1) {
      if (starts[NORM[text.charCodeAt(i)] ?? 0] !== 1) continue;
      const list = this.byFirst.get(NORM[text.charCodeAt(i)] ?? 0);
      if (list === undefined) continue;
      for (const entry of list) if (i + entry.word.length <= to && matchesAt(text, i, entry.word)) return true;
    }
    return false;
  }
}

/** A WordIndex whose payload is the word itself: a plain word list. */
export function wordList(words: string): WordIndex<true> {
  return new WordIndex(words.split(/\s+/).filter(Boolean).map((word) => [word, true] as const));
}
