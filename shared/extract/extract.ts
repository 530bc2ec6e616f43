// DOM → Snapshot: the only DOM code in shared/ (issue: audit engine).
import type { Snapshot } from './snapshot.ts';

export interface ExtractOptions {
  /** Stop collecting text after this many characters (the Snapshot says it was truncated). */
  maxTextLength?: number;
}

/** Reads a Document (with its open shadow roots and same-origin frames) into a Snapshot. Never throws. */
export function extractSnapshot(_document: Document, _options: ExtractOptions = {}): Snapshot {
  throw new Error('extractSnapshot() is not implemented yet (audit engine issue)');
}
