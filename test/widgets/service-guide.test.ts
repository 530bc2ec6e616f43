import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/service-guide/service-guide.ts';
import { serviceGuideExamples } from '../../widgets/service-guide/service-guide.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(serviceGuideExamples);

const example = (name: string) => serviceGuideExamples.examples.find((each) => each.name === name)!;

describe('<zfgs-service-guide>', () => {
  it('lists every guide closed, and opens one from the keyboard to show every required part', async () => {
    const element = await renderExample('zfgs-service-guide', example('sample-agency'));
    const guides = [...element.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="guide"]')];
    expect(guides).to.have.length(5);
    expect(guides.some((guide) => guide.open)).to.equal(false);
    guides[0]!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(guides[0]!.open).to.equal(true);
    for (const label of ['受理机构', '审批机构', '办理时限', '办理场所', '咨询电话', '监督方式', '救济渠道', '受理条件', '申请材料', '办理流程', '设定依据', '示范文本与表格']) {
      expect(guides[0]!.textContent, label).to.contain(label);
    }
  });

  it('tabulates the documents with their model texts and file types', async () => {
    const element = await renderExample('zfgs-service-guide', example('single-guide'));
    const table = element.shadowRoot!.querySelector('[part="materials"]')!;
    expect(table.querySelector('caption')!.textContent).to.equal('食品经营许可（新办）：申请材料目录');
    const firstRow = table.querySelector('tbody tr')!;
    expect(firstRow.querySelector('th')!.textContent).to.equal('食品经营许可申请书');
    expect(firstRow.querySelector('a')!.getAttribute('href')).to.equal('https://scjg.donghu.jiangcheng.example/bszn/spxk-sqs.pdf');
    expect(firstRow.textContent).to.contain('（PDF 文件）');
    expect(element.shadowRoot!.querySelectorAll('[part="steps"] li')).to.have.length(5);
  });

  it('opens a single guide from the start and every guide in print', async () => {
    const single = await renderExample('zfgs-service-guide', example('single-guide'));
    expect(single.shadowRoot!.querySelector<HTMLDetailsElement>('[part="guide"]')!.open).to.equal(true);
    const all = await renderExample('zfgs-service-guide', example('sample-agency'));
    window.dispatchEvent(new Event('beforeprint'));
    await all.updateComplete;
    try {
      expect([...all.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="guide"]')].every((guide) => guide.open)).to.equal(true);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('says when no documents are needed, in English under lang="en"', async () => {
    const element = await renderExample('zfgs-service-guide', example('minimal'), { lang: 'en' });
    expect(shadowText(element)).to.contain('No documents are needed.');
  });
});
