import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/decision/decision.ts';
import type { ZfgsDecision } from '../../widgets/decision/decision.ts';
import type { ZfgsLeakDetail } from '../../widgets/decision/leak-event.ts';
import { decisionExamples, penaltyDecision } from '../../widgets/decision/decision.examples.ts';
import type { Decision } from '../../shared/schema/index.ts';
import { describeExamples } from './example-suite.ts';
import { container, isFallbackShown, renderExample, shadowText } from './support.ts';

describeExamples(decisionExamples);

/** A natural person's decision whose texts leak: an ID number and a mobile in the facts, a third party in the full text. */
const LEAKING: Decision = {
  documentNumber: '东湖市监处罚〔2026〕第88号',
  caseName: '周建明销售过期食品案',
  party: { kind: 'natural', name: '周建明' },
  facts: '当事人周建明（身份证号码330106197906234172，联系电话13857123468）销售超过保质期的饼干。',
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
  content: '没收违法所得178.2元，罚款8000元',
  kind: 'penalty',
  enforcingBody: '江城市东湖区市场监督管理局',
  decisionDate: '2024-05-20',
  publicationDate: '2024-05-24',
  fullText: '# 行政处罚决定书\n\n消费者刘晓燕提供了购物小票。当事人周建明的联系电话为13857123468。',
};
const RAW_VALUES = ['330106197906234172', '13857123468', '刘晓燕'];

/** A decision whose party is a minor (born 2008-03-15, decided 2024-05-20). */
const MINOR: Decision = {
  ...LEAKING,
  documentNumber: '东湖市监处罚〔2024〕第12号',
  caseName: '陈小东无照经营案',
  party: { kind: 'natural', name: '陈小东' },
  facts: '当事人：陈小东，男，2008年3月15日出生，身份证号码330106200803154414。当事人在校外摆摊销售玩具。',
  fullText: '当事人：陈小东，男，2008年3月15日出生，身份证号码330106200803154414。\n\n当事人在校外摆摊销售玩具。',
};

/** Light DOM (the island included) and shadow DOM as markup and text, whitespace removed: where a leak could show. */
function everything(element: Element): string {
  const parts = [element.outerHTML, element.textContent ?? '', element.shadowRoot?.innerHTML ?? '', element.shadowRoot?.textContent ?? ''];
  for (const nested of element.shadowRoot?.querySelectorAll('*') ?? []) if (nested.shadowRoot) parts.push(everything(nested));
  return parts.join('\n').replace(/\s+/g, '');
}

async function render(data: Decision, attributes = ''): Promise<{ element: ZfgsDecision; leaks: ZfgsLeakDetail[]; errors: unknown[][] }> {
  const leaks: ZfgsLeakDetail[] = [];
  const errors: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    const wrapper = container();
    wrapper.addEventListener('zfgs-leak', (event) => leaks.push(event.detail));
    wrapper.insertAdjacentHTML('beforeend', `<zfgs-decision ${attributes}></zfgs-decision>`);
    const element = wrapper.querySelector('zfgs-decision')!;
    element.data = structuredClone(data);
    await element.settled;
    return { element, leaks, errors };
  } finally {
    console.error = original;
  }
}

describe('<zfgs-decision>: the summary of hz-gs 9 and the full text', () => {
  it('shows every summary field under its label, the case name as the heading', async () => {
    const element = await renderExample('zfgs-decision', decisionExamples.examples[0]!);
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(penaltyDecision.caseName);
    const labels = [...element.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(labels).to.include.members(['决定文书号', '当事人', '主要违法事实', '法律依据', '执法决定', '执法主体', '决定日期', '公开日期']);
    const text = shadowText(element);
    for (const value of ['东湖市监处罚〔2026〕第125号', '江城市博远超市有限公司（法人）', '没收违法经营的食品，罚款8000元', '2026年8月17日', '2026年8月21日']) expect(text).to.contain(value);
  });

  it('renders the full text as markdown with its headings below the widget heading, collapsed until opened by keyboard', async () => {
    const element = await renderExample('zfgs-decision', decisionExamples.examples[0]!);
    const details = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="full-text"]')!;
    expect(details.open).to.equal(false);
    const body = element.shadowRoot!.querySelector('[part="full-text-body"]')!;
    expect([...body.querySelectorAll('h3, h4')].map((each) => each.localName)).to.deep.equal(['h3', 'h4', 'h4']);
    expect(body.querySelector('h1, h2')).to.equal(null);
    expect(body.querySelectorAll('ol > li')).to.have.length(2);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
  });

  it('opens the full text for printing', async () => {
    const element = await renderExample('zfgs-decision', decisionExamples.examples[0]!);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector<HTMLDetailsElement>('details')!.open).to.equal(true);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('speaks English under lang="en"', async () => {
    const element = await renderExample('zfgs-decision', decisionExamples.examples[0]!, { lang: 'en' });
    const text = shadowText(element);
    for (const value of ['Document number', 'Legal basis', 'Enforcing body', '17 August 2026', 'legal person', 'Full text of the decision']) expect(text).to.contain(value);
  });

  it('loads a decision from src and names the URL when it cannot', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(penaltyDecision)], { type: 'application/json' }));
    const element = await fixture<ZfgsDecision>(html`<zfgs-decision src=${url}></zfgs-decision>`);
    await element.settled;
    expect(shadowText(element)).to.contain(penaltyDecision.documentNumber);
    URL.revokeObjectURL(url);
    const failing = await fixture<ZfgsDecision>(html`<zfgs-decision src="/test/fixtures/widgets/no-such-decision.json"><p>决定书见附件</p></zfgs-decision>`);
    await failing.settled;
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no-such-decision.json');
    expect(isFallbackShown(failing)).to.equal(true);
  });
});

describe('<zfgs-decision>: redaction at render (hz-gs 10)', () => {
  it('masks every leak before it reaches the DOM, in the summary fields and the full text', async () => {
    const { element } = await render(LEAKING);
    const all = everything(element);
    for (const value of RAW_VALUES) expect(all, value).not.to.contain(value);
    const text = shadowText(element);
    expect(text).to.contain('周建明'); // the party's own name is public
    expect(text).to.match(/138\*{4}3468/);
  });

  it('reports each masked item by a zfgs-leak event (field, type, masked form; never the value) and one console error naming the fields', async () => {
    const { leaks, errors } = await render(LEAKING);
    expect(leaks.map((leak) => `${leak.field}:${leak.type}`)).to.include.members(['facts:id-number', 'facts:mobile', 'fullText:third-party-name', 'fullText:mobile']);
    for (const leak of leaks) {
      expect(leak.source).to.equal('property');
      for (const value of RAW_VALUES) expect(JSON.stringify(leak)).not.to.contain(value);
    }
    expect(errors).to.have.length(1);
    const message = errors[0]!.join(' ');
    expect(message).to.contain('facts').and.contain('fullText');
    for (const value of RAW_VALUES) expect(message).not.to.contain(value);
  });

  it('writes the masked data into its island and says what was masked, when the data came by property', async () => {
    const { element } = await render(LEAKING);
    const island = element.querySelector('script[data-zfgs-kind="decision"]')!;
    for (const value of RAW_VALUES) expect(island.textContent).not.to.contain(value);
    expect(island.getAttribute('data-zfgs-masked')).to.match(/^facts:[a-z-,]+;fullText:[a-z-,]+$/);
    expect(island.getAttribute('data-zfgs-masked')).to.contain('id-number');
    expect(island.getAttribute('data-zfgs-island-origin')).to.equal('widget');
    expect(JSON.parse(island.textContent!).party.name).to.equal('周建明');
  });

  it('leaves an island the webmaster wrote as it is, but labels and reports what it leaks', async () => {
    const wrapper = container();
    const leaks: ZfgsLeakDetail[] = [];
    wrapper.addEventListener('zfgs-leak', (event) => leaks.push(event.detail));
    const original = console.error;
    const errors: unknown[][] = [];
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      wrapper.innerHTML = `<zfgs-decision><script type="application/json">${JSON.stringify(LEAKING)}</script></zfgs-decision>`;
      const element = wrapper.querySelector('zfgs-decision')!;
      await element.settled;
      const island = element.querySelector('script')!;
      expect(island.textContent).to.contain('13857123468'); // the author's own text, already in their page
      expect(island.getAttribute('data-zfgs-island-origin')).to.equal('author');
      expect(island.getAttribute('data-zfgs-masked')).to.contain('facts:');
      expect(element.shadowRoot!.textContent).not.to.contain('13857123468');
      expect(leaks.every((leak) => leak.source === 'island')).to.equal(true);
      expect(leaks.length).to.be.greaterThan(2);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('keeps the names a decision publishes: the party, and a sole trader’s operator (its legal representative)', async () => {
    const { element, leaks } = await render({
      ...penaltyDecision,
      party: { kind: 'other', name: '江城市东湖区优选大药房', uscc: '92429901MA3GLUEX2G', legalRepresentative: '徐怡子' },
      facts: undefined,
      fullText: '当事人：江城市东湖区优选大药房\n\n经营者：徐怡子\n\n经营场所：江城市东湖区学府路385号。证人赵丽萍在场。',
    } as Decision);
    expect(shadowText(element)).to.contain('徐怡子');
    expect(everything(element)).not.to.contain('赵丽萍');
    expect(leaks.map((leak) => leak.type)).to.deep.equal(['third-party-name']);
  });

  it('does not let markup join what the detectors saw apart: the rendered text is checked again', async () => {
    const { element } = await render({ ...LEAKING, facts: undefined, fullText: '当事人联系电话：138**5712**3468。' } as Decision);
    expect(shadowText(element).replace(/\s+/g, '')).not.to.contain('13857123468');
  });

  it('renders no markup or script from the full text beyond the allowed structure', async () => {
    const { element } = await render({
      ...penaltyDecision,
      fullText: '<img src=x onerror="window.__zfgsHit=1"> <script>window.__zfgsHit=1</script> [链接](javascript:window.__zfgsHit=1) <a href="data:text/html,x">d</a> <iframe src="/"></iframe> <b style="color:red" onclick="window.__zfgsHit=1">粗</b>',
    });
    const body = element.shadowRoot!.querySelector('[part="full-text-body"]')!;
    expect(body.querySelector('img, script, iframe, style')).to.equal(null);
    for (const each of body.querySelectorAll('*')) {
      for (const attribute of each.attributes) {
        expect(attribute.name.startsWith('on'), attribute.name).to.equal(false);
        expect(attribute.value.trim().toLowerCase()).not.to.match(/^(javascript|data|vbscript):/);
      }
    }
    expect((window as unknown as { __zfgsHit?: number }).__zfgsHit).to.equal(undefined);
  });
});

describe('<zfgs-decision>: decisions that may not be shown', () => {
  it('shows nothing of a minor’s decision (hz-gs 11): a neutral notice, and an island that withholds it', async () => {
    const { element } = await render(MINOR);
    const text = shadowText(element);
    expect(element.shadowRoot!.querySelector('[part="withheld"]')!.textContent).to.contain('依法不予公开');
    for (const value of ['陈小东', '330106200803154414', '玩具', MINOR.documentNumber]) expect(everything(element)).not.to.contain(value);
    expect(text).not.to.contain('未成年');
    const island = element.querySelector('script[data-zfgs-kind="decision"]')!;
    expect(island.textContent).to.equal('null');
    expect(island.getAttribute('data-zfgs-status')).to.equal('rendered');
    expect(island.getAttribute('data-zfgs-withheld')).to.equal('minor');
    await expect(element).to.be.accessible();
  });

  it('shows a revoked decision as taken down, with date and reason, and not its content (hz-gs 17)', async () => {
    const revoked = decisionExamples.examples.find((example) => example.name === 'revoked')!;
    const element = await renderExample('zfgs-decision', revoked);
    const text = shadowText(element);
    expect(text).to.contain('本决定已撤下');
    expect(text).to.contain('2025年9月19日');
    expect(text).to.contain('经行政复议');
    expect(text).to.contain('东湖市监处罚〔2025〕第090号');
    for (const value of [penaltyDecision.content, penaltyDecision.facts!, penaltyDecision.caseName]) expect(text).not.to.contain(value);
  });
});

describe('<zfgs-decision>: the labelled development corpus (pii-dev.jsonl)', () => {
  interface Label {
    value: string;
    type: string;
    expected: 'flag' | 'ok';
  }
  interface Case {
    id: string;
    text: string;
    labels: Label[];
    party: { kind: 'natural' | 'legal' | 'other'; name: string };
    decision_date: string;
  }

  it('shows no value labelled flag anywhere in light or shadow DOM, and none of the minors’ decisions (v031–v033)', async function () {
    this.timeout(120_000);
    const response = await fetch('/test/fixtures/pii-dev.jsonl');
    expect(response.ok, 'test/fixtures/pii-dev.jsonl').to.equal(true);
    const cases = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Case);
    expect(cases).to.have.length(60);
    const shown: string[] = [];
    const failures: string[] = [];
    for (const each of cases) {
      const { element } = await render({
        documentNumber: `${each.id}号`,
        caseName: `案件 ${each.id}`,
        party: each.party,
        legalBasis: '《中华人民共和国行政处罚法》',
        content: '见决定书全文',
        kind: 'penalty',
        enforcingBody: '示例执法机关',
        decisionDate: each.decision_date,
        publicationDate: each.decision_date,
        fullText: each.text,
      });
      const all = everything(element);
      if (element.shadowRoot!.querySelector('[part="full-text"]')) shown.push(each.id);
      for (const label of each.labels) {
        if (label.expected !== 'flag') continue;
        const value = label.value.replace(/\s+/g, '');
        if (all.includes(value)) failures.push(`${each.id} ${label.type} shown unmasked`);
      }
      element.remove();
    }
    expect(failures).to.deep.equal([]);
    expect(shown.filter((id) => ['v031', 'v032', 'v033'].includes(id))).to.deep.equal([]);
    expect(shown).to.have.length(57);
  });
});
