// Masking of personal data in text with the conventional forms (issue: personal-data detection).
import type { Finding, ScanOptions } from '../detectors/types.ts';

/** Replaces each leak finding's span by its `masked` form; every other character is untouched. */
export function applyMasks(_text: string, _findings: readonly Finding[]): string {
  throw new Error('applyMasks() is not implemented yet (personal-data detection issue)');
}

/** Scans and masks in one call; idempotent: redact(redact(t).text).text === redact(t).text. */
export function redact(_text: string, _options: ScanOptions = {}): { text: string; findings: Finding[] } {
  throw new Error('redact() is not implemented yet (personal-data detection issue)');
}
