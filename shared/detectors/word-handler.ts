// The shape of a context-word handler in the scan's dispatch table: called when its word is found at
// match.start; returns where the scan continues (at least match.start + 1).
import type { Guard } from './char-class.ts';
import type { WordMatch } from './keywords.ts';
import type { ScanState } from './scan-state.ts';

export type WordHandler = (state: ScanState, match: WordMatch<unknown>) => number;

/** A context word and its handler; a one-character word also says when it is worth looking at. */
export interface WordEntry {
  word: string;
  handler: WordHandler;
  guard?: Guard;
  /** The word introduces a name: the handler runs only when what follows can start one (NAME_NEXT). */
  isBeforeName?: boolean;
  /** 的 may also come between the word and the name (雇请的张三: NAME_OR_DE_NEXT). */
  allowsDe?: boolean;
}

export interface WordOptions {
  guard?: Guard;
  isBeforeName?: boolean;
  allowsDe?: boolean;
}

/** Entries for a space-separated word list sharing one handler and options. */
export function wordEntries(words: string, handler: WordHandler, options: WordOptions = {}): WordEntry[] {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ word, handler, ...options }));
}
