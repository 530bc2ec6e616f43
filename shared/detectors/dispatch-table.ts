// Builds the scan's dispatch tables (char-class.ts) from every detector's context words, once, at load.
// Tables are indexed by raw code units: a traditional or full-width character gets the entry of its
// normalised form, so 當事人 dispatches like 当事人.
import { ANCHOR_PAIR, CHAR_CLASS, FIRST_ID, Guard, LONE, NAME_NEXT, NAME_OR_DE_NEXT, NAME_WORD_END, PAIR_LONGER, PAIR_WORD, pairHash, REACH, Scan, SCAN, SECOND_ID, SINGLE_GUARD, Stop, STOP, tripleHash, WORD, WORD_TRIPLE } from './char-class.ts';
import { FREQUENT_CHARACTERS } from './character-frequency.ts';
import { isHan, NORM } from './chars.ts';
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

  const { stops, scans } = anchorWords(entries);
  const beforeName = new Set([...':(为是'].map((char) => char.charCodeAt(0)));
  for (let code = 0; code < 65536; code += 1) {
    const normalized = NORM[code]!;
    if (normalized < 0x28 || (normalized > 0x3a && normalized < 0x4e00)) continue; // nothing below CJK but : and (
    FIRST_ID[code] = firstIds.get(normalized) ?? 0;
    SECOND_ID[code] = secondIds.get(normalized) ?? 0;
    if (FIRST_ID[code] !== 0) CHAR_CLASS[code]! |= WORD;
    if (SINGLE_GUARD[normalized] !== 0) CHAR_CLASS[code]! |= LONE;
    if (NAME_FIRST[normalized] === 1 || beforeName.has(normalized)) NAME_NEXT[code] = 1;
    NAME_OR_DE_NEXT[code] = NAME_NEXT[code] === 1 || normalized === 0x7684 /* 的 */ ? 1 : 0;
    STOP[code]! |= stops.get(normalized) ?? 0;
    SCAN[code] =
      (scans.get(normalized) ?? 0) |
      (NAME_FIRST[normalized] === 1 ? Scan.IsNameFirst : 0) |
      (NAME_NEXT[code] === 1 ? Scan.IsNameNext : 0) |
      (NAME_OR_DE_NEXT[code] === 1 ? Scan.IsNameOrDeNext : 0);
  }
  for (let code = 0; code < 65536; code += 1) if (STOP[code] !== 0) SCAN[code]! |= Scan.Now;
  return { words, pairs, width };
}

const STOP_OF_GUARD: Record<number, number> = {
  [Guard.HanBefore]: Stop.HanBefore,
  [Guard.NumberBefore]: Stop.NumberBefore,
  [Guard.NumberAfter]: Stop.NumberAfter,
  [Guard.Always]: Stop.Always,
};

/**
 * Rank of a character by rarity: Chinese characters outside the frequency list are the rarest; punctuation and
 * other non-Chinese characters (，住 (住 …) the most frequent, since the list counts Chinese characters only.
 */
function rarity(code: number): number {
  if (!isHan(code)) return -1;
  const rank = FREQUENT_CHARACTERS.indexOf(String.fromCharCode(code));
  return rank < 0 ? FREQUENT_CHARACTERS.length : rank;
}

/**
 * The anchor of each word (normalised code → STOP and SCAN bits), the pairs that confirm anchors, and the reach
 * of each pair of characters. A one-character word that acts before a name, and the last character of a longer one, carry
 * the check of the next character in SCAN; any other word is anchored on its rarest character and confirmed by
 * its neighbour in the word.
 */
function anchorWords(entries: readonly WordEntry[]): { stops: Map<number, number>; scans: Map<number, number> } {
  const stops = new Map<number, number>();
  const scans = new Map<number, number>();
  const addBits = (map: Map<number, number>, code: number, bits: number) => map.set(code, (map.get(code) ?? 0) | bits);
  for (const { word, guard = Guard.Always, isBeforeName, allowsDe } of entries) {
    for (let k = 1; k < word.length; k += 1) {
      const pair = pairHash(word.charCodeAt(k - 1), word.charCodeAt(k));
      REACH[pair] = Math.max(REACH[pair]!, k);
    }
    if (word.length === 1) {
      if (guard === Guard.NameAfter) addBits(scans, word.charCodeAt(0), Scan.NeedsNameFirst);
      else addBits(stops, word.charCodeAt(0), STOP_OF_GUARD[guard] ?? Stop.Always);
    } else if (isBeforeName) {
      addBits(scans, word.charCodeAt(word.length - 1), allowsDe ? Scan.NeedsNameOrDeNext : Scan.NeedsNameNext);
      NAME_WORD_END[pairHash(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1))]! |= allowsDe ? 2 : 1;
    } else {
      let anchor = 0;
      for (let k = 1; k < word.length; k += 1) if (rarity(word.charCodeAt(k)) >= rarity(word.charCodeAt(anchor))) anchor = k;
      const pairStart = anchor === 0 ? 0 : anchor - 1;
      addBits(stops, word.charCodeAt(anchor), anchor === 0 ? Stop.PairAfter : Stop.PairBefore);
      ANCHOR_PAIR[pairHash(word.charCodeAt(pairStart), word.charCodeAt(pairStart + 1))] = 1;
    }
  }
  return { stops, scans };
}
