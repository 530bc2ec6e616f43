// The dispatch tables of the single scanning pass. Most characters of a Chinese decision cost one read of
// CHAR_CLASS and nothing else. A character that starts a context word (WORD) also needs its next character
// to make a known pair (WORD_PAIRS over compact ids of first and second characters; for words of three or
// more characters a hashed check of the third, WORD_TRIPLE) before any word list is consulted; one-character
// words with a guard on a neighbour are LONE. Names found during the scan are matched the same way
// (KNOWN_NAME, NAME_PAIR).
export const DIGIT = 1;
export const AT_SIGN = 2;
/** First character of a context word (role, label, medical term …) of some detector. */
export const WORD = 4;
/** First character of a personal name found earlier in this scan (set by NameRegistry, cleared after the scan). */
export const KNOWN_NAME = 8;
/** A one-character context word whose guard looks back or always passes (某, 岁, 病 …). */
export const LONE = 16;

export const CHAR_CLASS = new Uint8Array(65536);
for (let code = 48; code <= 57; code += 1) CHAR_CLASS[code] = DIGIT;
for (let code = 0xff10; code <= 0xff19; code += 1) CHAR_CLASS[code] = DIGIT;
CHAR_CLASS[0x40] = AT_SIGN;
CHAR_CLASS[0xff20] = AT_SIGN;

/** Set for characters that can come right after a role word: a name's first character, or the : ( 为 是 的 before one. */
export const NAME_NEXT = new Uint8Array(65536);

/** A 16-bit hash of two code units. */
export function pairHash(first: number, second: number): number {
  return ((first * 31) ^ second) & 0xffff;
}

/** A 18-bit hash of three code units. */
export function tripleHash(first: number, second: number, third: number): number {
  return ((((first * 31) ^ second) * 31) ^ third) & 0x3ffff;
}

/** Set for the (normalised) first three characters of every context word of three or more characters. */
export const WORD_TRIPLE = new Uint8Array(1 << 18);

/** Compact ids (1…) of the characters that can start a context word, and of those that can follow one. */
export const FIRST_ID = new Uint16Array(65536);
export const SECOND_ID = new Uint16Array(65536);

/** What a (first, second) pair means: nothing, a word (or guarded one-character word) to look up, or only the start of a longer word. */
export const PAIR_NONE = 0;
export const PAIR_WORD = 1;
export const PAIR_LONGER = 2;

/** When a one-character context word is worth looking at. */
export const Guard = {
  None: 0,
  /** The next character can start a personal name (喷漆工罗德荣: 工 before a surname). */
  NameAfter: 1,
  /** The previous character is a Chinese character (王某, 李*). */
  HanBefore: 2,
  /** The previous character is a digit or a Chinese numeral (15岁, 十六岁). */
  NumberBefore: 3,
  /** The next character is a digit, a Chinese numeral or 人 (等3名, 等人). */
  NumberAfter: 4,
  Always: 5,
} as const;
export type Guard = (typeof Guard)[keyof typeof Guard];

/** Guard of each (normalised) LONE one-character context word. */
export const SINGLE_GUARD = new Uint8Array(65536);

/** Live known names by the hash of their first two characters (counts, so expiry can undo a registration). */
export const NAME_PAIR = new Uint16Array(65536);
