// scan(): one pass, sorted non-overlapping findings with exact offsets, leaks only unless `all`, and it
// never throws on any string: empty, lone surrogates, 10 MB adversarial input.
import { expect } from '@open-wc/testing';
import { scan } from '../../../shared/detectors/scan.ts';

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
