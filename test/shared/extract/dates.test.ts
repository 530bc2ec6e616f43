import { expect } from '@open-wc/testing';
import { findDates, firstDate } from '../../../shared/extract/dates.ts';

const isos = (text: string) => findDates(text).map((date) => date.iso);

describe('findDates', () => {
  it('reads Arabic-numeral forms with 年月日, dashes, dots and slashes', () => {
    expect(isos('2023年4月20日')).to.deep.equal(['2023-04-20']);
    expect(isos('2023 年 04 月 05 号')).to.deep.equal(['2023-04-05']);
    expect(isos('2023-04-20、2023.4.2、2023/12/31')).to.deep.equal(['2023-04-20', '2023-04-02', '2023-12-31']);
  });

  it('reads full-width digits and separators', () => {
    expect(isos('２０２３年４月２０日')).to.deep.equal(['2023-04-20']);
    expect(isos('２０２３－０４－２０')).to.deep.equal(['2023-04-20']);
  });

  it('reads Chinese numerals with 〇, ○, 零 and the letter O used in official documents', () => {
    expect(isos('二〇二三年四月二十日')).to.deep.equal(['2023-04-20']);
    expect(isos('二○二三年十二月三十一日')).to.deep.equal(['2023-12-31']);
    expect(isos('二零二四年一月十日')).to.deep.equal(['2024-01-10']);
    expect(isos('二O二三年十一月九日')).to.deep.equal(['2023-11-09']);
  });

  it('marks month-only dates with month precision', () => {
    expect(findDates('2023年4月')).to.deep.equal([{ iso: '2023-04', precision: 'month', raw: '2023年4月', offset: 0 }]);
    expect(findDates('二〇二三年四月')[0]).to.include({ iso: '2023-04', precision: 'month' });
  });

  it('leaves out impossible dates and numbers that only look like dates', () => {
    expect(isos('2023年2月29日 2024年2月30日 2023-13-01')).to.deep.equal([]);
    expect(isos('编号 12023-04-20 与 2023-04-201')).to.deep.equal([]);
    expect(isos('版本 1.2023.4.5')).to.deep.equal([]);
    expect(isos('2023-04/20')).to.deep.equal([]);
    expect(isos('二〇二三年十三月一日')).to.deep.equal([]);
  });

  it('firstDate returns the first full date of a labelled value', () => {
    expect(firstDate('作出决定日期：2023年4月 / 2023年4月20日')).to.equal('2023-04-20');
    expect(firstDate('无日期')).to.equal(undefined);
  });

  it('firstDate reads a bare ISO date (a list column) exactly as the patterns do', () => {
    const general = (text: string) => findDates(text).find((date) => date.precision === undefined)?.iso;
    const samples = ['2024-02-29', '2023-02-29', '2023-04-31', '2023-04-30', '2023-00-10', '2023-13-01', '1899-12-31', '1900-01-01',
      '2100-12-31', '2101-01-01', '2000-02-29', '1900-02-29', '2023-4-20', '2023-04-2x', '２０２３-04-20', '2023/04/20', ' 2023-04-20'];
    for (let day = 0; day < 800; day += 7) samples.push(new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10));
    for (const sample of samples) expect(firstDate(sample), sample).to.equal(general(sample));
    expect(firstDate('2024-02-29')).to.equal('2024-02-29');
    expect(firstDate('2023-02-29')).to.equal(undefined);
  });
});
