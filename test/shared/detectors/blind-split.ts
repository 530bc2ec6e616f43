// The split of pii-blind.jsonl shared by its test and scripts/pii-blind-figures.ts: a tune half (ids ending in
// an odd digit) that may be read while fixing the detector, and a holdout half (even) that stays blind.
import type { ScanOptions } from '../../../shared/detectors/types.ts';
import type { LabelledDocument } from './corpus-metrics.ts';

export const isTuneHalf = (document: LabelledDocument) => Number(document.id.at(-1)) % 2 === 1;

export function splitBlindCorpus(documents: readonly LabelledDocument[]): { tune: LabelledDocument[]; holdout: LabelledDocument[] } {
  return { tune: documents.filter(isTuneHalf), holdout: documents.filter((document) => !isTuneHalf(document)) };
}

/** The two ways the corpus is scanned: with what a caller may know, and from the text alone. */
export const BLIND_MODES: ReadonlyArray<readonly [string, (document: LabelledDocument) => ScanOptions]> = [
  ['with party and decision date', (document) => ({ party: document.party, decisionDate: document.decision_date })],
  ['from the text alone', () => ({})],
];
