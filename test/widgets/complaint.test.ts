import { expect } from '@open-wc/testing';
import '../../widgets/complaint/complaint.ts';
import { complaintExamples } from '../../widgets/complaint/complaint.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(complaintExamples);

describe('<zfgs-complaint>', () => {
  const sample = complaintExamples.examples.find((each) => each.name === 'every-field')!;

  it('shows every field of a channel under its label', async () => {
    const element = await renderExample('zfgs-complaint', sample);
    const text = shadowText(element);
    for (const expected of ['地址', '示例市滨江区江南大道 1 号', '邮编', '310051', '受理时间', '受理反馈程序', 'tousu@scjg.example.gov.cn']) expect(text).to.contain(expected);
  });

  it('links phone, email and website with safe schemes only', async () => {
    const element = await renderExample('zfgs-complaint', sample);
    const hrefs = [...element.shadowRoot!.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:12315', 'mailto:tousu@scjg.example.gov.cn', 'https://www.12315.cn/', 'tel:0571-87000000'.replace('-', '')]);
  });

  it('uses English labels under lang="en"', async () => {
    const element = await renderExample('zfgs-complaint', sample, { lang: 'en' });
    expect(shadowText(element)).to.contain('How complaints are handled');
    expect(shadowText(element)).to.contain('Last updated: 1 March 2024');
  });
});
