// Redaction: every leak masked, every other character untouched, idempotent; on each labelled decision no
// `flag` value stays readable and no `ok` span changes.
import { expect } from '@open-wc/testing';
import { applyMasks, redact } from '../../../shared/redact/redact.ts';
import { scan } from '../../../shared/detectors/scan.ts';
import { parseJsonl, parseMarkedCorpus, type LabelledDocument } from '../detectors/corpus-metrics.ts';

async function load(name: string): Promise<string> {
  return (await fetch(new URL(`../../fixtures/${name}`, import.meta.url))).text();
}

describe('redact', () => {
  it('masks each leak with its conventional form and leaves the rest as it was', () => {
    const text = '当事人：张建国\n身份证号码：330106197906234172\n联系电话：13857123468\n证人刘晓燕证实。罚款5000元。';
    expect(redact(text, { decisionDate: '2024-05-20' }).text).to.equal('当事人：张建国\n身份证号码：330106********4172\n联系电话：138****3468\n证人刘某某证实。罚款5000元。');
  });

  it('returns the leaks it masked', () => {
    expect(redact('联系电话：13857123468').findings.map((f) => [f.type, f.masked])).to.deep.equal([['mobile', '138****3468']]);
  });

  it('leaves text without personal data identical', () => {
    const text = '本局决定：罚款人民币5000元。\n2024年5月20日';
    expect(redact(text).text).to.equal(text);
  });

  it('applyMasks refuses findings that do not match the text, rather than publish a leak', () => {
    const findings = scan('联系电话：13857123468');
    expect(() => applyMasks('联系电话：13900000000', findings)).to.throw(RangeError, /finding does not match/);
    expect(applyMasks('联系电话：13857123468', [])).to.equal('联系电话：13857123468');
  });

  describe('on every labelled decision', () => {
    let documents: LabelledDocument[] = [];
    before(async () => {
      documents = [...parseJsonl(await load('pii-dev.jsonl')), ...parseMarkedCorpus(await load('pii-check.txt'))];
    });

    it('leaves no flag value readable and changes no ok span (pii-dev.jsonl)', () => {
      const problems: string[] = [];
      for (const document of documents.filter((d) => d.id.startsWith('v'))) {
        const result = redact(document.text, { party: document.party, decisionDate: document.decision_date });
        for (const label of document.labels) {
          if (label.expected === 'flag' && result.text.includes(label.value)) problems.push(`${document.id} readable ${label.type} ${label.value}`);
          if (label.expected !== 'ok') continue;
          let shift = 0;
          let isTouched = false;
          for (const leak of result.findings) {
            if (leak.end <= label.start) shift += leak.masked.length - (leak.end - leak.start);
            else if (leak.start < label.end) isTouched = true;
          }
          if (isTouched || result.text.slice(label.start + shift, label.end + shift) !== label.value) problems.push(`${document.id} changed ${label.type} ${label.value}`);
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it('is idempotent: redacting the redacted text changes nothing', () => {
      for (const document of documents) {
        const options = { party: document.party, decisionDate: document.decision_date };
        const once = redact(document.text, options).text;
        expect(redact(once, options).text, document.id).to.equal(once);
        expect(redact(once).text, `${document.id} without options`).to.equal(once);
      }
    });
  });
});
