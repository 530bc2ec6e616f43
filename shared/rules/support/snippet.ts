// Snippets: at most 160 characters of context, personal data masked. The window is cut only at the
// edges of words and numbers, masked, and only then shortened, so a cut can never leave part of an ID
// number or phone number unmasked.
import type { ScanOptions } from '../../detectors/types.ts';
import { applyMasks } from '../../redact/redact.ts';
import type { RuleContext } from '../types.ts';

export const SNIPPET_LENGTH = 160;
const CONTEXT_BEFORE = 50;
const WINDOW = 240;
const WORD = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, index: number): boolean {
  return index <= 0 || index >= text.length || !(WORD.test(text[index - 1]!) && WORD.test(text[index]!));
}

/** `text` with its personal data masked (for data placeholders that quote page content). */
export function maskText(context: RuleContext, text: string): string {
  return applyMasks(text, context.scan(text));
}

/**
 * A masked snippet of `text` around [focusStart, focusEnd). With `isTextClean`, the text is known to hold no
 * personal data (scan(text, scanOptions) finds nothing): a window that is all of it is not scanned again.
 */
export function maskedSnippet(context: RuleContext, text: string, focusStart = 0, focusEnd = focusStart, scanOptions: ScanOptions = {}, isTextClean = false): string {
  let start = Math.max(0, focusStart - CONTEXT_BEFORE);
  let end = Math.min(text.length, Math.max(start + WINDOW, focusEnd + 20));
  // Widen to whole words (bounded) so the scan sees each number and name in full.
  for (let step = 0; step < 40 && !isWordBoundary(text, start); step += 1) start -= 1;
  for (let step = 0; step < 40 && !isWordBoundary(text, end); step += 1) end += 1;
  const window = text.slice(start, end);
  const masked = isTextClean && start === 0 && end >= text.length ? window : applyMasks(window, context.scan(window, scanOptions));
  const prefix = start > 0 ? '…' : '';
  const room = SNIPPET_LENGTH - prefix.length;
  const body = masked.length > room || end < text.length ? `${masked.slice(0, room - 1)}…` : masked;
  return prefix + body;
}

/** maskedSnippet, called only when the report keeps the finding. */
export function lazySnippet(...args: Parameters<typeof maskedSnippet>): () => string {
  return () => maskedSnippet(...args);
}

/** The string values of an island's data, in order, as one line (for the snippet of a pass finding). */
export function dataSnippetText(data: unknown, limit = 400): string {
  const parts: string[] = [];
  let length = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0 && length < limit) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^https?:/.test(value)) continue;
      parts.push(value);
      length += value.length + 3;
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push(value[index]);
    } else if (value && typeof value === 'object') {
      const values = Object.values(value);
      for (let index = values.length - 1; index >= 0; index -= 1) stack.push(values[index]);
    }
  }
  return parts.join(' · ');
}
