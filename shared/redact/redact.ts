// Masking of personal data in text with the conventional forms (issue: personal-data detection).
import { scan } from '../detectors/scan.ts';
import type { Finding, ScanOptions } from '../detectors/types.ts';

/**
 * Replaces each leak finding's span by its `masked` form; every other character is untouched. Findings
 * must describe `text` (value === text.slice(start, end)) and must not overlap, as scan() returns them;
 * anything else is a caller's error and throws, because silently skipping a leak would publish it.
 */
export function applyMasks(text: string, findings: readonly Finding[]): string {
  const leaks = findings.filter((finding) => finding.classification === 'leak').sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const leak of leaks) {
    if (leak.start < last || leak.end > text.length || text.slice(leak.start, leak.end) !== leak.value) {
      throw new RangeError(
        `脱敏位置与文本不符（${leak.type} ${leak.start}–${leak.end}）/ finding does not match the text or overlaps another (${leak.type} ${leak.start}–${leak.end})`,
      );
    }
    out += text.slice(last, leak.start) + leak.masked;
    last = leak.end;
  }
  return out + text.slice(last);
}

/** Scans and masks in one call; idempotent: redact(redact(t).text).text === redact(t).text. */
export function redact(text: string, options: ScanOptions = {}): { text: string; findings: Finding[] } {
  const findings = scan(text, { ...options, all: false });
  return { text: applyMasks(text, findings), findings };
}
