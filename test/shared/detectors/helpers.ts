// Small helpers for detector tests: what scan() reports, as readable [type, value] pairs.
import { scan } from '../../../shared/detectors/scan.ts';
import type { Finding, ScanOptions } from '../../../shared/detectors/types.ts';

/** The leaks in `text` as [type, value] pairs. */
export function leaks(text: string, options: ScanOptions = {}): Array<[string, string]> {
  return scan(text, options).map((finding) => [finding.type, finding.value]);
}

/** Every finding (leaks, masked forms, look-alikes) as [classification, type, value] triples. */
export function everything(text: string, options: ScanOptions = {}): Array<[string, string, string]> {
  return scan(text, { ...options, all: true }).map((finding) => [finding.classification, finding.type, finding.value]);
}

/** The single leak in `text` (fails the test when there is not exactly one). */
export function onlyLeak(text: string, options: ScanOptions = {}): Finding {
  const found = scan(text, options);
  if (found.length !== 1) throw new Error(`expected one leak in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((f) => [f.type, f.value]))}`);
  return found[0]!;
}

export const natural = (name: string): ScanOptions['party'] => ({ kind: 'natural', name });
export const legal = (name: string): ScanOptions['party'] => ({ kind: 'legal', name });
