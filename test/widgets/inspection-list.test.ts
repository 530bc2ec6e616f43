import { expect } from '@open-wc/testing';
import '../../widgets/inspection-list/inspection-list.ts';
import { inspectionListExamples } from '../../widgets/inspection-list/inspection-list.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(inspectionListExamples);

const example = (name: string) => inspectionListExamples.examples.find((each) => each.name === name)!;

describe('<zfgs-inspection-list>', () => {
  it('lists every matter with the eight fields 双随机一公开 requires', async () => {
    const element = await renderExample('zfgs-inspection-list', example('sample-agency'));
    const table = element.shadowRoot!.querySelector('[part="items-table"]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['抽查事项', '抽查依据', '抽查主体', '抽查对象', '抽查内容', '抽查方式', '抽查比例', '抽查频次']);
    expect(table.querySelectorAll('tbody tr')).to.have.length(12);
  });

  it('states every outcome in words and icon, newest result first', async () => {
    const element = await renderExample('zfgs-inspection-list', example('sample-agency'));
    const outcomes = [...element.shadowRoot!.querySelectorAll('[part="outcome"]')];
    expect(new Set(outcomes.map((each) => each.getAttribute('data-outcome')))).to.deep.equal(new Set(['compliant', 'non-compliant', 'not-found', 'closed']));
    for (const outcome of outcomes) expect(outcome.querySelector('svg[aria-hidden="true"]')).not.to.equal(null);
    expect(outcomes.find((each) => each.getAttribute('data-outcome') === 'non-compliant')!.textContent!.trim()).to.equal('发现问题');
    const dates = [...element.shadowRoot!.querySelectorAll('[part="results-table"] tbody tr td:first-child')].map((td) => td.textContent);
    expect(dates[0]).to.match(/^2026年/);
  });

  it('pages long result lists and prints them whole', async () => {
    const element = await renderExample('zfgs-inspection-list', example('many-results'));
    expect(element.shadowRoot!.querySelectorAll('[part="results-table"] tbody tr')).to.have.length(20);
    expect(element.shadowRoot!.querySelector('[part="pager"]')).not.to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    try {
      expect(element.shadowRoot!.querySelectorAll('[part="results-table"] tbody tr')).to.have.length(45);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('says when there are no results yet, and speaks English under lang="en"', async () => {
    const element = await renderExample('zfgs-inspection-list', example('items-without-results'), { lang: 'en' });
    expect(shadowText(element)).to.contain('No results have been published.');
    expect(shadowText(element)).to.contain('Share inspected');
  });
});
