import { expect } from '@open-wc/testing';
import '../../widgets/statistics/statistics.ts';
import { statisticsExamples } from '../../widgets/statistics/statistics.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample } from './support.ts';

describeExamples(statisticsExamples);

const example = (name: string) => statisticsExamples.examples.find((each) => each.name === name)!;

function rowCells(element: Element, kind: string): string[] {
  const row = [...element.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === kind)!;
  return [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
}

describe('<zfgs-statistics>', () => {
  it('writes "no such power" in words, apart from 0 and from kinds not reported', async () => {
    const element = await renderExample('zfgs-statistics', example('no-power-and-zero'));
    expect(rowCells(element, '行政许可')).to.deep.equal(['无此职权']);
    expect(rowCells(element, '行政处罚')).to.deep.equal(['0']);
    expect(rowCells(element, '行政检查')).to.deep.equal(['126']);
    expect(element.shadowRoot!.querySelector('tbody td.no-power')).not.to.equal(null);
    const desc = element.shadowRoot!.querySelector('svg desc')!.textContent!;
    expect(desc).to.contain('行政许可 无此职权');
    expect(desc).to.contain('行政处罚 0');
  });

  it('puts years side by side, newest first, with totals and fines', async () => {
    const element = await renderExample('zfgs-statistics', example('two-years-with-fines'));
    const headers = [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).to.deep.equal(['执法类别', '2023 年', '2022 年']);
    expect(rowCells(element, '行政处罚')).to.deep.equal(['1,532', '1,689']);
    expect(rowCells(element, '合计')).to.deep.equal(['23,311', '21,405']);
    expect(rowCells(element, '罚没金额（元）')).to.deep.equal(['18,654,300', '21,033,800']);
    expect(element.shadowRoot!.querySelector('caption')!.textContent).to.equal('2022—2023 年行政执法数据（件）');
  });

  it('draws an SVG chart named by its title and described in full, bars only for numbers', async () => {
    const element = await renderExample('zfgs-statistics', example('two-years-with-fines'));
    const chart = element.shadowRoot!.querySelector('svg[role="img"]')!;
    const [titleId, descId] = chart.getAttribute('aria-labelledby')!.split(' ');
    expect(element.shadowRoot!.getElementById(titleId!)!.textContent).to.equal('2023 年各类行政执法数量');
    expect(element.shadowRoot!.getElementById(descId!)!.textContent).to.contain('行政许可 12,873');
    const widths = [...chart.querySelectorAll('g.bar rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(Math.max(...widths)).to.equal(330);
    expect(chart.querySelectorAll('g.no-number')).to.have.length(3);
  });

  it('shows when each year was published', async () => {
    const element = await renderExample('zfgs-statistics', example('sample-agency'));
    expect(rowCells(element, '公布日期')).to.deep.equal(['2026年1月29日', '2025年1月24日', '2024年1月26日']);
    expect(rowCells(element, '行政征收')).to.deep.equal(['无此职权', '无此职权', '无此职权']);
    expect(rowCells(element, '行政奖励')).to.deep.equal(['3', '0', '2']);
  });

  it('charts the year chosen with the year attribute', async () => {
    const element = await renderExample('zfgs-statistics', example('one-year-with-chart-year'));
    expect(element.shadowRoot!.querySelector('svg title')!.textContent).to.equal('2022 年各类行政执法数量');
  });

  it('speaks English under lang="en"', async () => {
    const element = await renderExample('zfgs-statistics', example('no-power-and-zero'), { lang: 'en' });
    expect(rowCells(element, 'Administrative licensing')).to.deep.equal(['No such power']);
    expect(element.shadowRoot!.querySelector('svg title')!.textContent).to.equal('Enforcement actions by kind, 2023');
  });

  it('lets a kind name be relabelled like any label', async () => {
    const element = await renderExample('zfgs-statistics', example('no-power-and-zero'), { 'label-kind.inspection': '监督检查' });
    expect(rowCells(element, '监督检查')).to.deep.equal(['126']);
  });
});
