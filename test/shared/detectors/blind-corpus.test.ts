// Blind generalisation of the detector: recall and precision on pii-blind.jsonl, a corpus written without
// reading the detector (see test/fixtures/pii-blind.README.md), by the matching of corpus-metrics.ts. Printed
// per type for each half — tune (ids ending in an odd digit) and holdout (even) — with and without the party
// and decision date. It asserts only that the scan runs over every decision: the threshold is set once the
// detector's second round is in. Only the tune half's misses and false positives are printed; the holdout
// half's stay unread so that it remains blind.
import { expect } from '@open-wc/testing';
import { scan } from '../../../shared/detectors/scan.ts';
import { formatFigures, measureCorpus, parseJsonl, type LabelledDocument } from './corpus-metrics.ts';

const isTuneHalf = (document: LabelledDocument) => Number(document.id.at(-1)) % 2 === 1;
const withOptions = (document: LabelledDocument) => scan(document.text, { party: document.party, decisionDate: document.decision_date });
const withoutOptions = (document: LabelledDocument) => scan(document.text);

describe('blind corpus figures', () => {
  let tune: LabelledDocument[] = [];
  let holdout: LabelledDocument[] = [];

  before(async () => {
    const response = await fetch(new URL('../../fixtures/pii-blind.jsonl', import.meta.url));
    if (!response.ok) throw new Error(`cannot load pii-blind.jsonl: ${response.status}`);
    const documents = parseJsonl(await response.text());
    tune = documents.filter(isTuneHalf);
    holdout = documents.filter((document) => !isTuneHalf(document));
  });

  it('splits into two halves of 30 decisions', () => {
    expect(tune).to.have.length(30);
    expect(holdout).to.have.length(30);
  });

  for (const [name, scanDocument] of [['with party and decision date', withOptions], ['from the text alone', withoutOptions]] as const) {
    it(`tune half ${name}: scans every decision and reports the figures`, () => {
      const figures = measureCorpus(tune, scanDocument);
      console.log(formatFigures(`pii-blind.jsonl tune half, ${name}`, figures));
      console.log(`misses:\n  ${figures.misses.join('\n  ')}\nfalse positives:\n  ${figures.falsePositives.join('\n  ')}`);
      const flagLabels = tune.flatMap((document) => document.labels).filter((label) => label.expected === 'flag').length;
      expect(Object.values(figures.byType).reduce((sum, type) => sum + type.labels, 0)).to.equal(flagLabels);
    });

    it(`holdout half ${name}: scans every decision and reports only the figures`, () => {
      const figures = measureCorpus(holdout, scanDocument);
      console.log(formatFigures(`pii-blind.jsonl holdout half, ${name}`, figures));
      const flagLabels = holdout.flatMap((document) => document.labels).filter((label) => label.expected === 'flag').length;
      expect(Object.values(figures.byType).reduce((sum, type) => sum + type.labels, 0)).to.equal(flagLabels);
    });
  }
});
