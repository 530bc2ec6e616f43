// A natural-person party under 18 on the decision date: from the party's ID or a stated age.
import { expect } from '@open-wc/testing';
import { idCheckCharacter } from '../../../shared/detectors/id-number.ts';
import { parseChineseAge } from '../../../shared/detectors/minor.ts';
import { leaks, natural } from './helpers.ts';

const idBornOn = (birth: string) => `320106${birth}135` + idCheckCharacter(`320106${birth}135`);

describe('minor detector', () => {
  it("marks the party's own ID as `minor` when the party is under 18 on the decision date", () => {
    const text = `当事人：顾子豪，男\n身份证号码：${idBornOn('20080314')}\n住址：江苏省南京市鼓楼区江东北路305号`;
    expect(leaks(text, { party: natural('顾子豪'), decisionDate: '2024-06-17' })[0]).to.deep.equal(['minor', idBornOn('20080314')]);
  });

  it('judges the age on the decision date: 18 the day before is an adult', () => {
    const text = `当事人：顾子豪\n身份证号码：${idBornOn('20060617')}`;
    expect(leaks(text, { decisionDate: '2024-06-16' })[0]?.[0]).to.equal('minor');
    expect(leaks(text, { decisionDate: '2024-06-17' })[0]?.[0]).to.equal('id-number');
  });

  it('uses the latest date in the text when no decision date is given', () => {
    const text = `当事人：顾子豪\n身份证号码：${idBornOn('20080314')}\n\n本局决定：罚款200元。\n\n某某局\n2024年6月17日`;
    expect(leaks(text)[0]?.[0]).to.equal('minor');
  });

  it("does not call a minor witness's ID the party's", () => {
    const text = `当事人：张建国\n身份证号码：330106197906234172\n\n证人李小明（身份证号：${idBornOn('20100101')}）证实`;
    expect(leaks(text, { decisionDate: '2024-06-17' }).map(([type]) => type)).to.deep.equal(['id-number', 'third-party-name', 'id-number']);
  });

  it('finds an age stated in the party block, in digits or in words', () => {
    expect(leaks('被处罚人：吉克阿呷，女，彝族，学生，违法行为发生时15周岁\n住址：')[0]).to.deep.equal(['minor', '15周岁']);
    expect(leaks('当事人：陈浩宇，男，十六周岁，学生')[0]).to.deep.equal(['minor', '十六周岁']);
    expect(leaks('当事人：陈浩宇，男，36岁')).to.deep.equal([]);
    expect(leaks('当事人：某某有限公司\n成立12年', { party: { kind: 'legal', name: '某某有限公司' } })).to.deep.equal([]);
  });

  it("finds the party's stated age in the shapes decisions write it, in the party block and in running text", () => {
    const party = { party: { kind: 'natural' as const, name: '张小明' }, decisionDate: '2024-05-20' };
    const inBlock = ['当事人：张小明（16岁）', '当事人：张小明，男，16岁，学生', '当事人：张小明\n年龄：16岁', '当事人：张小明，男，现年16周岁', '当事人：张小明（１６岁）'];
    const inText = ['经查，当事人张小明（16岁）于2024年3月', '经查，当事人（16岁）于2024年3月', '经查，当事人，男，现年16周岁，于2024年3月', '经查，张小明（年仅16岁）于2024年3月'];
    for (const text of [...inBlock.map((block) => `${block}\n住址：（已隐去）\n\n经查，当事人于2024年3月`), ...inText]) {
      const age = text.includes('１６') ? '１６岁' : text.includes('周岁') ? '16周岁' : '16岁';
      expect(leaks(text, party), text).to.deep.equal([['minor', age]]);
      if (!text.includes('经查，张小明')) expect(leaks(text), `${text} (from the text alone)`).to.deep.equal([['minor', age]]);
    }
    expect(leaks('当事人：张小明\n年龄：17岁', party)[0]?.[0]).to.equal('minor');
    expect(leaks('当事人：张小明\n年龄：18岁', party)).to.deep.equal([]);
  });

  it("does not take another person's age, or a number of years, for the party's", () => {
    const party = { party: { kind: 'natural' as const, name: '张小明' }, decisionDate: '2024-05-20' };
    expect(leaks('经查，证人李小明（15岁）证实', party)).to.deep.equal([['third-party-name', '李小明']]);
    expect(leaks('经查，当事人与证人李小明（15岁）证实', party)).to.deep.equal([['third-party-name', '李小明']]);
    expect(leaks('经查，当事人雇用的员工年龄16岁', party)).to.deep.equal([]);
    expect(leaks('经查，当事人经营该店已16年', party)).to.deep.equal([]);
  });

  it("takes a birth date stated in the party block as evidence too, judged on the decision date", () => {
    const block = (birth: string) => `当事人：张小明\n性别：男　出生日期：${birth}\n身份证号码：440304********0650\n\n经查，当事人于2024年3月1日`;
    expect(leaks(block('2008年10月22日'), { decisionDate: '2024-05-20' })).to.deep.equal([['minor', '2008年10月22日']]);
    expect(leaks(block('2006年5月20日'), { decisionDate: '2024-05-20' })).to.deep.equal([]);
    expect(leaks(block('2006年5月21日'), { decisionDate: '2024-05-20' })).to.deep.equal([['minor', '2006年5月21日']]);
    // Without a decision date the latest other date in the text stands for it; the birth date itself never does.
    expect(leaks(block('2008年10月22日'))).to.deep.equal([['minor', '2008年10月22日']]);
    expect(leaks('当事人：张小明，男，1978年4月12日出生\n\n经查')).to.deep.equal([]);
    expect(leaks('当事人：张小明，男，2008年3月出生，学生\n\n经查', { decisionDate: '2024-05-20' })).to.deep.equal([['minor', '2008年3月']]);
    // Beside the ID (or a stated age) that shows the minor, the date is not reported again.
    const withId = `违法行为人：黎浩然，男，出生日期：2007年3月15日\n身份证号：${idBornOn('20070315')}\n\n经查`;
    expect(leaks(withId, { decisionDate: '2024-02-01' }).map(([type, value]) => [type, value.length])).to.deep.equal([['minor', 18]]);
  });

  it("does not take another person's or a company's dates for the party's birth date", () => {
    expect(leaks('当事人：张小明，男，1990年4月12日出生\n\n经查，证人李某（2009年1月1日出生）证实', { decisionDate: '2024-05-20' })).to.deep.equal([]);
    expect(leaks('当事人：某某有限公司\n成立日期：2010年1月1日\n\n经查', { party: { kind: 'legal', name: '某某有限公司' }, decisionDate: '2024-05-20' })).to.deep.equal([]);
  });

  it('parses ages written in words', () => {
    expect([parseChineseAge('十五'), parseChineseAge('十'), parseChineseAge('九'), parseChineseAge('二十'), parseChineseAge('十七')]).to.deep.equal([15, 10, 9, 20, 17]);
    expect(parseChineseAge('十十')).to.equal(undefined);
  });
});
