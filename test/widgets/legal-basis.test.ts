import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../widgets/legal-basis/legal-basis.ts';
import { legalBasisExamples } from '../../widgets/legal-basis/legal-basis.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(legalBasisExamples);

const example = (name: string) => legalBasisExamples.examples.find((each) => each.name === name)!;

describe('<zfgs-legal-basis>', () => {
  it('groups documents by level in the order of the legal hierarchy', async () => {
    const element = await renderExample('zfgs-legal-basis', example('sample-agency'));
    const headings = [...element.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['法律', '行政法规', '规章', '规范性文件', '行政裁量权基准']);
    expect(element.shadowRoot!.querySelectorAll('[part="document"]')).to.have.length(15);
  });

  it('links a document only through a safe URL and states issuer, number and date in force', async () => {
    const element = await renderExample('zfgs-legal-basis', example('sample-agency'));
    const first = element.shadowRoot!.querySelector('[part="document"]')!;
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://flk.npc.gov.cn/');
    expect(first.textContent).to.contain('制定机关：全国人民代表大会常务委员会');
    expect(first.textContent).to.contain('施行日期：2021年7月15日');
    const plain = await renderExample('zfgs-legal-basis', example('documents-only'));
    expect(plain.shadowRoot!.querySelector('[part="document"] a')).to.equal(null);
  });

  it('keeps articles in a disclosure that opens from the keyboard and is open in print', async () => {
    const element = await renderExample('zfgs-legal-basis', example('sample-agency'));
    const details = element.shadowRoot!.querySelector<HTMLDetailsElement>('[part="articles"]')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('适用条款（3 条）');
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect([...element.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')].every((each) => each.open)).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('shows the benchmark table with a row header per violation', async () => {
    const element = await renderExample('zfgs-legal-basis', example('sample-agency'));
    const table = element.shadowRoot!.querySelector('[part="benchmark"] table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['违法行为', '依据', '情节', '处罚标准']);
    expect(table.querySelector('tbody th')!.textContent).to.equal('经营超过保质期的食品');
  });

  it('speaks English under lang="en"', async () => {
    const element = await renderExample('zfgs-legal-basis', example('documents-only'), { lang: 'en' });
    expect(shadowText(element)).to.contain('Laws');
    expect(shadowText(element)).to.contain('In force from');
  });
});
