// `node --import tsx scripts/pii-blind-figures.ts [--tune-details]`: the detector's generalisation figures on
// test/fixtures/pii-blind.jsonl, for the tune half (ids ending in an odd digit) and the holdout half (even),
// with and without the party and decision date. `--tune-details` also lists the tune half's misses and false
// positives; the holdout half's are never printed, so that it stays blind (fix only what the tune half shows).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scan } from '../shared/detectors/scan.ts';
import { BLIND_MODES, splitBlindCorpus } from '../test/shared/detectors/blind-split.ts';
import { formatFigures, measureCorpus, parseJsonl } from '../test/shared/detectors/corpus-metrics.ts';

const corpus = readFileSync(resolve(import.meta.dirname, '../test/fixtures/pii-blind.jsonl'), 'utf8');
const { tune, holdout } = splitBlindCorpus(parseJsonl(corpus));
const shouldListTuneDetails = process.argv.includes('--tune-details');

for (const [mode, options] of BLIND_MODES) {
  const scanDocument = (document: (typeof tune)[number]) => scan(document.text, options(document));
  const tuneFigures = measureCorpus(tune, scanDocument);
  console.log(formatFigures(`pii-blind.jsonl tune half, ${mode}`, tuneFigures));
  if (shouldListTuneDetails) console.log(`misses:\n  ${tuneFigures.misses.join('\n  ')}\nfalse positives:\n  ${tuneFigures.falsePositives.join('\n  ')}`);
  console.log(formatFigures(`pii-blind.jsonl holdout half, ${mode}`, measureCorpus(holdout, scanDocument)));
}
