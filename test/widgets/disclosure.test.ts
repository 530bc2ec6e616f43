import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/disclosure/disclosure.ts';
import type { ZfgsDisclosure } from '../../widgets/disclosure/disclosure.ts';
import { disclosureExamples } from '../../widgets/disclosure/disclosure.examples.ts';
import { penaltyDecision } from '../../widgets/decision/decision.examples.ts';
import type { Decision, Disclosure } from '../../shared/schema/index.ts';
import { describeExamples } from './example-suite.ts';
import { container, isFallbackShown, renderExample, shadowText } from './support.ts';

describeExamples(disclosureExamples);

const column = disclosureExamples.examples[0]!;

/** Waits for every composed widget to settle. */
async function composed(element: Element): Promise<void> {
  for (const child of element.shadowRoot!.querySelectorAll('*')) {
    if (child.localName.startsWith('zfgs-')) await (child as Element & { settled: Promise<void> }).settled;
  }
}

describe('<zfgs-disclosure>: the column', () => {
  it('groups the blocks into 事前, 事中 and 事后 regions, with headings cascading from heading-level', async () => {
    const element = await renderExample('zfgs-disclosure', column);
    await composed(element);
    const root = element.shadowRoot!;
    const phases = [...root.querySelectorAll('section[part="phase"]')];
    expect(phases.map((phase) => phase.querySelector('[part="phase-heading"]')!.textContent!.trim())).to.deep.equal(['事前公开', '事中公示', '事后公开']);
    expect(phases.every((phase) => phase.querySelector('[part="phase-heading"]')!.localName === 'h3')).to.equal(true);
    const officers = root.querySelector('zfgs-officers')!;
    expect(officers.getAttribute('heading-level')).to.equal('4');
    expect(officers.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h4');
    const flowcharts = root.querySelectorAll('#zfgs-procedures zfgs-flowchart');
    expect(flowcharts).to.have.length(2);
    expect(flowcharts[0]!.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h5');
    expect(root.querySelector('[part="phase"]:last-of-type zfgs-decisions')).not.to.equal(null);
  });

  it('shows the blocks no widget claims with its own tables, and the duties inside the agency block', async () => {
    const element = await renderExample('zfgs-disclosure', column);
    await composed(element);
    const root = element.shadowRoot!;
    expect(root.querySelector('#zfgs-legalReviewCatalogue table')).not.to.equal(null);
    expect(root.querySelector('#zfgs-avRecording table')!.textContent).to.match(/全过程音像记录|根据需要音像记录/);
    expect(root.querySelector('#zfgs-duties')).to.equal(null);
    const agency = root.querySelector('#zfgs-agency zfgs-agency')!;
    expect(shadowText(agency)).to.contain(column.data.duties!.area);
  });

  it('moves focus to the block chosen in the contents, by keyboard', async () => {
    const element = await renderExample('zfgs-disclosure', column);
    const root = element.shadowRoot!;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part="contents"] a')];
    expect(links.map((link) => link.textContent!.trim())).to.include.members(['执法主体与职责权限', '执法人员', '执法流程', '执法决定', '执法统计年报']);
    const decisions = links.find((link) => link.getAttribute('href') === '#zfgs-decisions')!;
    decisions.focus();
    await sendKeys({ press: 'Enter' });
    expect(root.activeElement?.id).to.equal('zfgs-decisions');
    expect(location.hash).to.equal('#zfgs-decisions');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('passes large-text, contrast and now to the composed widgets, and its language by inheritance', async () => {
    const element = await renderExample('zfgs-disclosure', column, { 'large-text': '', contrast: 'high', now: '2026-11-20', lang: 'en' });
    await composed(element);
    const officers = element.shadowRoot!.querySelector('zfgs-officers')!;
    expect(officers.hasAttribute('large-text')).to.equal(true);
    expect(officers.getAttribute('contrast')).to.equal('high');
    expect(officers.getAttribute('now')).to.equal('2026-11-20');
    expect(shadowText(element)).to.contain('Before enforcement');
    expect(shadowText(officers)).to.contain('Enforcement officers');
  });
});

describe('<zfgs-disclosure>: the island', () => {
  it('publishes the whole document, labels the composed widgets’ islands as nested', async () => {
    const element = await renderExample('zfgs-disclosure', column);
    await composed(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const nested = [...element.shadowRoot!.querySelectorAll('script[data-zfgs-kind]')];
    expect(nested.length).to.be.greaterThan(5);
    for (const island of nested) expect(island.getAttribute('data-zfgs-nested'), island.getAttribute('data-zfgs-kind')!).to.equal('disclosure');
    expect(element.querySelector('script[data-zfgs-kind="disclosure"]')!.hasAttribute('data-zfgs-nested')).to.equal(false);
  });

  it('masks the decisions in its island as zfgs-decisions does, and leaves a minor’s decision out', async () => {
    const leaking: Decision = { ...penaltyDecision, documentNumber: '东湖市监处罚〔2026〕第301号', party: { kind: 'natural', name: '周建明' }, facts: '当事人联系电话13857123468。' };
    const minor: Decision = { ...leaking, documentNumber: '东湖市监处罚〔2024〕第302号', party: { kind: 'natural', name: '陈小东' }, facts: '当事人：陈小东，男，2008年3月15日出生，身份证号码330106200803154414。', decisionDate: '2024-05-20', publicationDate: '2024-05-24' };
    const data: Disclosure = { ...column.data, decisions: { updated: '2026-06-01', items: [leaking, minor] } };
    const wrapper = container();
    const element = document.createElement('zfgs-disclosure');
    element.data = data;
    wrapper.append(element);
    await element.settled;
    const island = element.querySelector('script[data-zfgs-kind="disclosure"]')!;
    expect(island.textContent).not.to.contain('13857123468');
    expect(island.textContent).not.to.contain('陈小东');
    expect(JSON.parse(island.textContent!).decisions.items).to.have.length(1);
    expect(island.getAttribute('data-zfgs-masked')).to.contain('decisions.items[0].facts:mobile');
    expect(island.getAttribute('data-zfgs-withheld')).to.equal('minor:1');
  });

  it('loads from src, and keeps the fallback naming the URL when it cannot', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(disclosureExamples.examples[1]!.data)], { type: 'application/json' }));
    const element = await fixture<ZfgsDisclosure>(html`<zfgs-disclosure src=${url}></zfgs-disclosure>`);
    await element.settled;
    expect(shadowText(element)).to.contain('行政执法公示');
    URL.revokeObjectURL(url);
    const failing = await fixture<ZfgsDisclosure>(html`<zfgs-disclosure src="/test/fixtures/widgets/no-such-column.json"><p><a href="/zfgs/">公示专栏</a></p></zfgs-disclosure>`);
    await failing.settled;
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no-such-column.json');
    expect(isFallbackShown(failing)).to.equal(true);
  });
});
