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

/** Set for characters that can come right after a role word: a name's first character, or the : ( 为 是 before one. */
export const NAME_NEXT = new Uint8Array(65536);
/** NAME_NEXT and 的, for the words that may be followed by 的 before the name (雇请的张三). */
export const NAME_OR_DE_NEXT = new Uint8Array(65536);

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

/**
 * Where the pass stops. Most characters, even most first characters of context words, are passed over with one
 * read of SCAN: each word is anchored on one character, and the pass stops at an anchor only when a cheap check
 * of its neighbours passes. A word that acts only before a name (NAME_NEXT) is anchored on its last character,
 * and the check of the next character is carried along the pass in SCAN's bits at no extra read; any other word
 * is anchored on its rarest character and checked with the neighbour in the word (ANCHOR_PAIR). At a stop the
 * pass goes back at most REACH characters (the furthest the anchor sits inside any word, given the character
 * before it) and reads from there with the dispatch tables above, exactly as a character-by-character pass would.
 */
export const Scan = {
  /** Stop here and check the STOP bits. */
  Now: 1,
  /** A one-character word that acts before a name: stop at the next character if it is NAME_FIRST. */
  NeedsNameFirst: 2,
  /** The last character of a word that acts before a name: stop at the next character if it is NAME_NEXT. */
  NeedsNameNext: 4,
  IsNameFirst: 8,
  IsNameNext: 16,
  /** The last character of a word that acts before a name or 的: stop at the next character if it is NAME_OR_DE_NEXT. */
  NeedsNameOrDeNext: 32,
  IsNameOrDeNext: 128,
} as const;
/** The Needs… bits of SCAN, which shifted left by two become the Is… bits the next character must have. */
export const NEEDS_NEXT = Scan.NeedsNameFirst | Scan.NeedsNameNext | Scan.NeedsNameOrDeNext;

/** Stop kinds of the characters whose SCAN has Scan.Now. */
export const Stop = {
  /** A one-character word that acts wherever it is written (病, 症 …). */
  Always: 1,
  /** The anchor of a longer word, written after the character before it in the word (ANCHOR_PAIR). */
  PairBefore: 2,
  /** The anchor of a longer word, written before the character after it in the word (ANCHOR_PAIR). */
  PairAfter: 4,
  /** 某, *: a Chinese character must come before. */
  HanBefore: 8,
  /** 岁: a digit or Chinese numeral must come before. */
  NumberBefore: 16,
  /** 等: a digit, a Chinese numeral or 人 must follow. */
  NumberAfter: 32,
  Digit: 64,
  AtSign: 128,
  /** First character of a name found earlier in this decision (NAME_PAIR must hold for it and the next). */
  KnownName: 256,
} as const;

export const SCAN = new Uint8Array(65536);
export const STOP = new Uint16Array(65536);
for (let code = 48; code <= 57; code += 1) STOP[code] = Stop.Digit;
for (let code = 0xff10; code <= 0xff19; code += 1) STOP[code] = Stop.Digit;
STOP[0x40] = Stop.AtSign;
STOP[0xff20] = Stop.AtSign;

/** Two adjacent characters of a word, one its anchor (by pairHash of the normalised codes). */
export const ANCHOR_PAIR = new Uint8Array(65536);
/**
 * The last two characters of a word that acts before a name (by pairHash of the normalised codes): bit 1 for
 * a word followed by NAME_NEXT, bit 2 for one followed by NAME_OR_DE_NEXT.
 */
export const NAME_WORD_END = new Uint8Array(65536);

/**
 * How far inside a context word a character can sit after the one before it (by pairHash of the two normalised
 * codes): a word containing the anchor and starting before it contains that pair, so a stop reads back this far.
 */
export const REACH = new Uint8Array(65536);
