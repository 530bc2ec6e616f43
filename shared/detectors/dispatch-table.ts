// Builds the scan's dispatch tables (char-class.ts) from every detector's context words, once, at load.
// Tables are indexed by raw code units: a traditional or full-width character gets the entry of its
// normalised form, so 當事人 dispatches like 当事人.
import { CHAR_CLASS, FIRST_ID, Guard, LONE, NAME_NEXT, PAIR_LONGER, PAIR_WORD, SECOND_ID, SINGLE_GUARD, tripleHash, WORD, WORD_TRIPLE } from './char-class.ts';
import { NORM } from './chars.ts';
import { WordIndex } from './keywords.ts';
import { NAME_FIRST } from './surnames.ts';
import type { WordEntry } from './word-handler.ts';

const NUMBER_STARTS = '0123456789一二两三四五六七八九十百人';

export interface DispatchTable {
  words: WordIndex<WordEntry>;
  /** WORD_PAIRS[firstId * width + secondId]: PAIR_NONE, PAIR_WORD or PAIR_LONGER. */
  pairs: Uint8Array;
  width: number;
}

export function buildDispatchTable(entries: readonly WordEntry[]): DispatchTable {
  const words = new WordIndex<WordEntry>();
  const firstIds = new Map<number, number>();
  const secondIds = new Map<number, number>();
  const idOf = (ids: Map<number, number>, code: number) => {
    let id = ids.get(code);
    if (id === undefined) ids.set(code, (id = ids.size + 1));
    return id;
  };
  const nameFirsts: number[] = [];
  for (let code = 0; code < 65536; code += 1) if (NAME_FIRST[code] === 1) nameFirsts.push(code);
  const numberStarts = [...NUMBER_STARTS].map((char) => char.charCodeAt(0));

  // First pass: ids.
  for (const { word, guard } of entries) {
    if (word.length > 1) {
      idOf(firstIds, word.charCodeAt(0));
      idOf(secondIds, word.charCodeAt(1));
    } else if (guard === Guard.NameAfter || guard === Guard.NumberAfter) {
      idOf(firstIds, word.charCodeAt(0));
      for (const code of guard === Guard.NameAfter ? nameFirsts : numberStarts) idOf(secondIds, code);
    }
  }
  const width = secondIds.size + 1;
  const pairs = new Uint8Array((firstIds.size + 1) * width);

  // Second pass: pairs, triples, guards.
  for (const entry of entries) {
    const { word, guard = Guard.Always } = entry;
    words.add(word, entry);
    const first = word.charCodeAt(0);
    if (word.length > 1) {
      const pair = (firstIds.get(first) ?? 0) * width + (secondIds.get(word.charCodeAt(1)) ?? 0);
      if (word.length === 2) pairs[pair] = PAIR_WORD;
      else {
        if (pairs[pair] !== PAIR_WORD) pairs[pair] = PAIR_LONGER;
        WORD_TRIPLE[tripleHash(first, word.charCodeAt(1), word.charCodeAt(2))] = 1;
      }
    } else if (guard === Guard.NameAfter || guard === Guard.NumberAfter) {
      const row = (firstIds.get(first) ?? 0) * width;
      for (const code of guard === Guard.NameAfter ? nameFirsts : numberStarts) pairs[row + (secondIds.get(code) ?? 0)] = PAIR_WORD;
    } else {
      SINGLE_GUARD[first] = guard;
    }
  }

  const beforeName = new Set([...':(为是的'].map((char) => char.charCodeAt(0)));
  for (let code = 0; code < 65536; code += 1) {
    const normalized = NORM[code]!;
    if (normalized < 0x28 || (normalized > 0x3a && normalized < 0x4e00)) continue; // nothing below CJK but : and (
    FIRST_ID[code] = firstIds.get(normalized) ?? 0;
    SECOND_ID[code] = secondIds.get(normalized) ?? 0;
    if (FIRST_ID[code] !== 0) CHAR_CLASS[code]! |= WORD;
    if (SINGLE_GUARD[normalized] !== 0) CHAR_CLASS[code]! |= LONE;
    if (NAME_FIRST[normalized] === 1 || beforeName.has(normalized)) NAME_NEXT[code] = 1;
  }
  return { words, pairs, width };
}
