// scan(): one pass, sorted non-overlapping findings with exact offsets, leaks only unless `all`, and it
// never throws on any string: empty, lone surrogates, 10 MB adversarial input.
import { expect } from '@open-wc/testing';
import { scan } from '../../../shared/detectors/scan.ts';
import { Stop, STOP } from '../../../shared/detectors/char-class.ts';

const SAMPLE =
  '当事人：周建明\n身份证号码：330106197906234172\n住所：杭州市西湖区三墩镇金家渡路88号6幢2单元502室\n联系电话：13857123468\n\n' +
  '举报人孙某举报，消费者刘晓燕提供的小票。统一社会信用代码：92330106MA2H7Q5K0U，罚款5000元。';

describe('scan', () => {
  it('returns leaks only, sorted, non-overlapping, with value === text.slice(start, end)', () => {
    const findings = scan(SAMPLE, { party: { kind: 'natural', name: '周建明' }, decisionDate: '2024-05-20' });
    expect(findings.map((f) => f.type)).to.deep.equal(['id-number', 'home-address', 'mobile', 'third-party-name']);
    for (const [i, finding] of findings.entries()) {
      expect(finding.classification).to.equal('leak');
      expect(SAMPLE.slice(finding.start, finding.end)).to.equal(finding.value);
      expect(finding.masked).to.not.equal(finding.value);
      expect(finding.confidence).to.be.within(0, 1);
      expect(finding.reason).to.match(/^[a-z][A-Za-z0-9]+$/);
      if (i > 0) expect(finding.start).to.be.at.least(findings[i - 1]!.end);
    }
  });

  it('with `all` also returns masked forms and public look-alikes, still sorted and disjoint', () => {
    const findings = scan(SAMPLE, { all: true, decisionDate: '2024-05-20' });
    expect(findings.map((f) => `${f.classification}:${f.type}`)).to.include.members(['public:party-name', 'masked:masked-name', 'public:uscc']);
    for (let i = 1; i < findings.length; i += 1) expect(findings[i]!.start).to.be.at.least(findings[i - 1]!.end);
  });

  it('returns nothing for empty or personal-data-free text', () => {
    expect(scan('')).to.deep.equal([]);
    expect(scan('本局决定：罚款人民币5000元。2024年5月20日')).to.deep.equal([]);
  });

  it('never throws on lone surrogates, control characters or binary-looking strings', () => {
    const strange = ['\ud800', '\udfff12345678901', '证人\ud800\udc00张', '\u0000\u0001@@@', '13857123468\ud800', '住址：\ud83d', '＠＠＠．．．'];
    for (const text of strange) expect(() => scan(text, { all: true }), JSON.stringify(text)).to.not.throw();
    let random = '';
    let seed = 7;
    for (let i = 0; i < 200_000; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      random += String.fromCharCode(seed % 65536);
    }
    expect(() => scan(random, { all: true })).to.not.throw();
  });

  it('ignores malformed options instead of throwing', () => {
    expect(() => scan(SAMPLE, { decisionDate: 'yesterday', party: { kind: 'natural', name: '' } })).to.not.throw();
  });

  it('finishes on 10 MB of adversarial input (digit runs, separators, @, role words, open brackets)', () => {
    const pieces = ['1 2-3 4 5 6 7 8 9 0 ', '@@.@a@b.', '证人证人证人', '（（（（', '患有因诊断为病', '＊＊某某', '0571-(0', '住址：'.repeat(3)];
    for (const piece of pieces) {
      const text = piece.repeat(Math.ceil(2_500_000 / piece.length)).slice(0, 2_500_000);
      expect(() => scan(text, { all: true }), piece).to.not.throw();
    }
    const mixed = '身份证号：330106197906234172 消费者刘晓燕（电话13857123468）'.repeat(230_000);
    expect(mixed.length).to.be.greaterThan(10_000_000);
    expect(scan(mixed).length).to.be.greaterThan(100_000);
  });
});

describe('where the pass stops', () => {
  it('never stops at punctuation for a context word (，住 and （住 are anchored on 住), yet still finds those words', () => {
    for (const char of '，,（(：:；;。') expect(STOP[char.charCodeAt(0)]! & (Stop.PairBefore | Stop.PairAfter), char).to.equal(0);
    expect(STOP['住'.charCodeAt(0)]! & Stop.PairBefore).to.not.equal(0);
    const text = '证人张建国，住杭州市西湖区文三路90号3幢2单元501室，联系电话13857123468。';
    expect(scan(text).map((f) => f.type)).to.include('home-address');
  });
});

describe('look-alikes that are never personal data', () => {
  const cases: Array<[string, string]> = [
    ['document number', '杭西市监罚处〔2024〕57号，告知书（杭西市监罚告〔2024〕49号）'],
    ['case number', '案件编号：CY-AJ-2024-0031'],
    ['dates and amounts', '2024年3月12日立案，没收违法所得178.2元，罚款人民币8000元、3,276,480元、40万元'],
    ['postal code', '邮政编码：310012　邮编：100020'],
    ['licence numbers', '食品经营许可证编号：JY13301060045127　导游证号：D-6501-004327　许可证号：桂交运管许可邕字450107001296号'],
    ['certificate numbers', '执法人员：陈立（执法证号：33010619006）、何佳怡（执法证号：33010621031）'],
    ['USCC and a licence built on it', '统一社会信用代码：91440300MA5FL2C810　排污许可证编号：91440300MA5FL2C810001V'],
    ['public hotlines', '投诉举报电话：12315　监督电话：12345　客服热线：400-027-8615'],
    ['the agency contact line', '（本局地址：杭州市西湖区文二西路720号，邮政编码：310012，联系电话：0571-87921356）'],
    ['the treasury account', '户名：杭州市西湖区财政局非税收入专户，开户银行：中国工商银行杭州西湖支行，账号：1202021209900012345。'],
    ['article numbers and quantities', '依据该法第一百二十四条第一款第（五）项，货架上12袋，占比71.4%，面积约120平方米'],
  ];
  for (const [what, text] of cases) {
    it(`does not flag ${what}`, () => {
      expect(scan(text, { party: { kind: 'natural', name: '周建明' }, decisionDate: '2024-05-20' }).map((f) => `${f.type} ${f.value}`)).to.deep.equal([]);
    });
  }
});

describe('line endings', () => {
  it('reads CRLF text as it reads LF text', () => {
    const lf = '当事人：周建明\n身份证号码：330106197906234172\n住址：杭州市西湖区三墩镇金家渡路88号6幢\n\n证人刘晓燕证实，周建明承认。';
    const crlf = lf.replace(/\n/g, '\r\n');
    const shape = (text: string) => scan(text, { decisionDate: '2024-05-20' }).map((f) => [f.type, f.value]);
    expect(shape(crlf)).to.deep.equal(shape(lf));
    expect(shape(lf).map(([type]) => type)).to.deep.equal(['id-number', 'home-address', 'third-party-name']);
  });
});
