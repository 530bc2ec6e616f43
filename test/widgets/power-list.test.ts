import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/power-list/power-list.ts';
import { powerListExamples } from '../../widgets/power-list/power-list.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(powerListExamples);

const example = (name: string) => powerListExamples.examples.find((each) => each.name === name)!;
const names = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part="item"] summary')].map((summary) => summary.textContent!.replace(summary.querySelector('.item-category')!.textContent!, '').trim());

describe('<zfgs-power-list>', () => {
  it('counts the items by category and shows the first page', async () => {
    const element = await renderExample('zfgs-power-list', example('sample-agency'));
    expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/^共 28 项：行政许可 \d+ 项、/);
    expect(element.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(20);
  });

  it('searches names, codes and basis, and filters by category, announcing the count', async () => {
    const element = await renderExample('zfgs-power-list', example('sample-agency'));
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = '429901-SCJG-002';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['特种设备使用登记']);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('找到 1 项，显示第 1–1 项。');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#category')!;
    select.value = 'coercion';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(names(element).length).to.be.greaterThan(0);
    expect([...element.shadowRoot!.querySelectorAll('.item-category')].every((each) => each.textContent === '行政强制')).to.equal(true);
  });

  it('opens an item from the keyboard to show every field', async () => {
    const element = await renderExample('zfgs-power-list', example('sample-agency'));
    element.shadowRoot!.querySelector<HTMLElement>('[part="item"] summary')!.focus();
    await sendKeys({ press: 'Enter' });
    const details = element.shadowRoot!.querySelector<HTMLDetailsElement>('[part="item"]')!;
    expect(details.open).to.equal(true);
    for (const label of ['事项编码', '设定依据', '裁量基准', '实施主体', '办理时限', '救济渠道', '责任事项', '追责情形']) expect(details.textContent).to.contain(label);
  });

  it('prints every item open', async () => {
    const element = await renderExample('zfgs-power-list', example('sample-agency'));
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    try {
      const items = [...element.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="item"]')];
      expect(items).to.have.length(28);
      expect(items.every((each) => each.open)).to.equal(true);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('speaks English under lang="en"', async () => {
    const element = await renderExample('zfgs-power-list', example('required-fields-only'), { lang: 'en' });
    expect(shadowText(element)).to.contain('2 items: Administrative penalties 1, Administrative inspections 1.');
  });
});
