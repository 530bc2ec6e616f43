// Recall and precision on the labelled corpora (matching rules in corpus-metrics.ts), printed per type:
// pii-dev.jsonl (the shared development corpus), pii-check.txt and pii-check2.txt (decisions written for this
// repository to check generalisation). Fails below 0.97 overall for either figure, and when a leak touches an
// `ok` span of the development corpus. Legal prose without personal data must give no finding at all.
import { expect } from '@open-wc/testing';
import { scan } from '../../../shared/detectors/scan.ts';
import { formatFigures, measureCorpus, parseJsonl, parseMarkedCorpus, type LabelledDocument } from './corpus-metrics.ts';

async function load(name: string): Promise<string> {
  const response = await fetch(new URL(`../../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`cannot load ${name}: ${response.status}`);
  return response.text();
}

const withOptions = (document: LabelledDocument) => scan(document.text, { party: document.party, decisionDate: document.decision_date });
const withoutOptions = (document: LabelledDocument) => scan(document.text);

describe('corpus figures', () => {
  let dev: LabelledDocument[] = [];
  let check: LabelledDocument[] = [];

  before(async () => {
    dev = parseJsonl(await load('pii-dev.jsonl'));
    check = [...parseMarkedCorpus(await load('pii-check.txt')), ...parseMarkedCorpus(await load('pii-check2.txt'))];
  });

  it('reads both corpora with exact label offsets', () => {
    expect(dev).to.have.length(60);
    expect(check.length).to.be.greaterThan(20);
    for (const document of [...dev, ...check]) {
      for (const label of document.labels) expect(document.text.slice(label.start, label.end), `${document.id} ${label.type}`).to.equal(label.value);
    }
  });

  for (const [name, scanDocument] of [['with party and decision date', withOptions], ['from the text alone', withoutOptions]] as const) {
    it(`pii-dev.jsonl ${name}: recall and precision ≥ 0.97, no ok span touched`, () => {
      const figures = measureCorpus(dev, scanDocument);
      console.log(formatFigures(`pii-dev.jsonl, ${name}`, figures));
      expect(figures.recall, figures.misses.join('\n')).to.be.at.least(0.97);
      expect(figures.precision, figures.falsePositives.join('\n')).to.be.at.least(0.97);
      expect(figures.okTouched).to.equal(0);
    });

    it(`pii-check.txt + pii-check2.txt ${name}: recall and precision ≥ 0.97`, () => {
      const figures = measureCorpus(check, scanDocument);
      console.log(formatFigures(`pii-check.txt + pii-check2.txt, ${name}`, figures));
      expect(figures.recall, figures.misses.join('\n')).to.be.at.least(0.97);
      expect(figures.precision, figures.falsePositives.join('\n')).to.be.at.least(0.97);
    });
  }
});

describe('legal prose without personal data', () => {
  for (const name of ['zc-zhoucun.txt', 'hb-sd-hebei-shandong.txt']) {
    it(`finds nothing in the regulation text ${name}`, async () => {
      const text = await load(`regulations/${name}`);
      expect(text.length).to.be.greaterThan(5_000);
      expect(scan(text).map((f) => `${f.type} ${f.value}`)).to.deep.equal([]);
    });
  }
});
