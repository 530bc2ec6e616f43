import { expect } from '@open-wc/testing';
import '../../widgets/remedy/remedy.ts';
import { remedyExamples } from '../../widgets/remedy/remedy.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(remedyExamples);

const example = (name: string) => remedyExamples.examples.find((each) => each.name === name)!;

describe('<zfgs-remedy>', () => {
  it('states both routes with their deadlines as the law states them', async () => {
    const element = await renderExample('zfgs-remedy', example('with-notes'));
    const deadlines = [...element.shadowRoot!.querySelectorAll('[part="deadline"]')].map((p) => p.textContent);
    expect(deadlines).to.deep.equal(['申请期限：自知道或者应当知道该行政行为之日起 60 日 内', '起诉期限：自知道或者应当知道作出行政行为之日起 6 个月 内']);
    const headings = [...element.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['行政复议', '行政诉讼', '说明']);
    expect(shadowText(element)).to.contain('示例市西湖区人民法院');
  });

  it('states working days and English units', async () => {
    const element = await renderExample('zfgs-remedy', example('several-bodies'), { lang: 'en' });
    const deadlines = [...element.shadowRoot!.querySelectorAll('[part="deadline"]')].map((p) => p.textContent);
    expect(deadlines).to.deep.equal(['Apply within 60 days of learning of the decision', 'Sue within 15 working days of learning of the decision']);
  });

  it('lists every body and court', async () => {
    const element = await renderExample('zfgs-remedy', example('several-bodies'));
    expect(element.shadowRoot!.querySelectorAll('[part="body"]')).to.have.length(4);
    expect(element.shadowRoot!.querySelector('a[href="https://scjg.example.gov.cn/"]')).not.to.equal(null);
  });
});
