// One combined pass over a text for every personal-data type (issue: personal-data detection).
import type { Finding, ScanOptions } from './types.ts';

/**
 * Finds personal data in `text`. Returns leaks only, sorted by start, non-overlapping; with
 * `options.all` also the masked forms and look-alikes recognised. Never throws on any string.
 */
export function scan(_text: string, _options: ScanOptions = {}): Finding[] {
  throw new Error('scan() is not implemented yet (personal-data detection issue)');
}
