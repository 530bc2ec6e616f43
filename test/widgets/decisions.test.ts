import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/decisions/decisions.ts';
import type { ZfgsDecisions } from '../../widgets/decisions/decisions.ts';
import { decisionsExamples, generatedDecisions } from '../../widgets/decisions/decisions.examples.ts';
import { penaltyDecision } from '../../widgets/decision/decision.examples.ts';
import type { Decision, DecisionsSection } from '../../shared/schema/index.ts';
import type { ZfgsLeakDetail } from '../../widgets/decision/leak-event.ts';
import { describeExamples } from './example-suite.ts';
import { container, isFallbackShown, renderExample, shadowText } from './support.ts';

describeExamples(decisionsExamples);

const many = decisionsExamples.examples.find((example) => example.name === 'many')!;
const sample = decisionsExamples.examples.find((example) => example.name === 'sample-list')!;

const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll('tbody > tr:not(.detail)')];
const rowText = (row: Element) => row.textContent!.replace(/\s+/g, ' ').trim();

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

async function type(element: Updating, selector: string, text: string): Promise<void> {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

async function choose(element: Updating, id: string, value: string): Promise<void> {
  const select = element.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function renderSection(section: DecisionsSection): Promise<{ element: ZfgsDecisions; leaks: ZfgsLeakDetail[] }> {
  const leaks: ZfgsLeakDetail[] = [];
  const wrapper = container();
  wrapper.addEventListener('zfgs-leak', (event) => leaks.push(event.detail));
  const element = document.createElement('zfgs-decisions');
  element.data = section;
  wrapper.append(element);
  await element.settled;
  return { element, leaks };
}

/** Waits until the idle-time scan of every entry has run (it reports leaks when done). */
async function scanned(element: ZfgsDecisions): Promise<void> {
  for (let i = 0; i < 200 && !(element as unknown as { reportedFor?: unknown }).reportedFor; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  await element.updateComplete;
}

describe('<zfgs-decisions>: finding a decision', () => {
  it('shows the first page with document number, case, party, kind and both dates', async () => {
    const element = await renderExample('zfgs-decisions', many);
    expect(rows(element)).to.have.length(20);
    const headers = [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['文号', '案件名称', '当事人', '类别', '执法决定', '执法主体', '决定日期', '公开日期']);
    expect(shadowText(element)).to.contain('共 250 条行政执法决定');
  });

  it('searches by party name and by document number, announcing the count', async () => {
    const element = await renderExample('zfgs-decisions', many);
    await type(element, '#search', '惠民大药房');
    expect(rows(element).length).to.be.greaterThan(0);
    for (const row of rows(element)) expect(rowText(row)).to.contain('惠民大药房');
    expect(element.shadowRoot!.querySelector('[part="status"]')!.textContent).to.match(/找到 \d+ 条/);

    const element2 = await renderExample('zfgs-decisions', many);
    await type(element2, '#search', '〔2026〕第1000号');
    expect(rows(element2).map(rowText)).to.have.length(1);
  });

  it('filters by kind and by year, together', async () => {
    const element = await renderExample('zfgs-decisions', many);
    await choose(element, 'kindFilter', 'licence');
    await choose(element, 'year', '2025');
    expect(rows(element).length).to.be.greaterThan(0);
    for (const row of rows(element)) {
      expect(rowText(row)).to.contain('行政许可');
      expect(rowText(row)).to.contain('2025年');
    }
    await choose(element, 'kindFilter', '');
    await type(element, '#search', '没有这个当事人');
    expect(shadowText(element)).to.contain('没有符合条件的行政执法决定');
  });

  it('pages with real buttons, moving focus to the top of the new page and announcing it', async () => {
    const element = await renderExample('zfgs-decisions', many);
    const firstPage = rowText(rows(element)[0]!);
    const next = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="pager"] button')].find((button) => button.textContent!.trim() === '下一页')!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(rowText(rows(element)[0]!)).not.to.equal(firstPage);
    expect(element.shadowRoot!.activeElement?.id).to.equal('results');
    expect(element.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('第 2 页，共 13 页');
  });
});

describe('<zfgs-decisions>: opening a decision', () => {
  it('opens a row’s detail in place from the keyboard, and its own button closes it and returns focus', async () => {
    const element = await renderExample('zfgs-decisions', sample);
    const open = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="open"]')[1]!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const detail = element.shadowRoot!.querySelector<HTMLElement>(`#${open.getAttribute('aria-controls')}`)!;
    const decision = detail.querySelector('zfgs-decision')!;
    await decision.settled;
    expect(shadowText(decision)).to.contain(penaltyDecision.legalBasis);
    expect(decision.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h3');
    await expect(element).to.be.accessible();
    detail.querySelector<HTMLButtonElement>('.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.detail')).to.equal(null);
    expect(element.shadowRoot!.activeElement).to.equal(element.shadowRoot!.querySelectorAll('[part="open"]')[1]);
  });

  it('shows a revoked decision as taken down in its row, without its party', async () => {
    const element = await renderExample('zfgs-decisions', sample);
    const revoked = rows(element).find((row) => rowText(row).includes('已撤下'))!;
    expect(rowText(revoked)).to.contain('2025年9月19日');
    expect(rowText(revoked)).not.to.contain(penaltyDecision.party.name);
  });

  it('switches language with lang', async () => {
    const element = await renderExample('zfgs-decisions', sample);
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Search by party or document number');
    expect(shadowText(element)).to.contain('Administrative licensing');
  });
});

describe('<zfgs-decisions>: what the island tells the auditor', () => {
  it('marks late publications only in the island, never on screen', async () => {
    const items = generatedDecisions(3);
    items[1] = { ...items[1]!, kind: 'penalty', decisionDate: '2026-03-02', publicationDate: '2026-05-29' }; // weeks late
    items[2] = { ...items[2]!, kind: 'penalty', decisionDate: '2026-03-02', publicationDate: '2026-03-13' }; // needs the holiday calendar
    const { element } = await renderSection({ updated: '2026-06-01', items });
    const island = element.querySelector('script[data-zfgs-kind="decisions"]')!;
    expect(island.getAttribute('data-zfgs-late')).to.equal('1');
    expect(island.getAttribute('data-zfgs-timeliness-unknown')).to.equal('2');
    expect(shadowText(element)).not.to.match(/逾期|迟延|late/i);
  });

  it('masks personal data in rows, detail and island, leaves minors out entirely, and reports each leak once scanned', async () => {
    const leaking: Decision = { ...penaltyDecision, documentNumber: '东湖市监处罚〔2026〕第201号', caseName: '周建明销售过期食品案（证人刘晓燕）', party: { kind: 'natural', name: '周建明' }, facts: '联系电话13857123468' };
    const minor: Decision = { ...penaltyDecision, documentNumber: '东湖市监处罚〔2026〕第202号', caseName: '陈小东无照经营案', party: { kind: 'natural', name: '陈小东' }, facts: '当事人：陈小东，男，2008年3月15日出生，身份证号码330106200803154414。', decisionDate: '2024-05-20', publicationDate: '2024-05-24' };
    const { element, leaks } = await renderSection({ updated: '2026-06-01', items: [leaking, minor, ...generatedDecisions(3)] });
    await scanned(element);
    const island = element.querySelector('script[data-zfgs-kind="decisions"]')!;
    const all = `${element.outerHTML}${element.shadowRoot!.innerHTML}`;
    for (const value of ['13857123468', '刘晓燕', '陈小东', '330106200803154414']) expect(all, value).not.to.contain(value);
    expect(JSON.parse(island.textContent!).items).to.have.length(4);
    expect(island.getAttribute('data-zfgs-withheld')).to.equal('minor:1');
    expect(island.getAttribute('data-zfgs-masked')).to.contain('items[0].facts:mobile');
    expect(shadowText(element)).to.contain('共 4 条');
    expect(leaks.map((leak) => leak.field)).to.include('items[0].facts');
  });

  it('keeps the fallback when the list is invalid and names the entry', async () => {
    const element = await fixture<ZfgsDecisions>(html`<zfgs-decisions><p>决定公开见附件</p></zfgs-decisions>`);
    element.data = { updated: '2026-06-01', items: [{ ...penaltyDecision, publicationDate: '2026-02-30' }] };
    await element.settled;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('$.items[0].publicationDate');
    expect(isFallbackShown(element)).to.equal(true);
  });

  it('loads from src, and names the URL when it cannot', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(sample.data)], { type: 'application/json' }));
    const element = await fixture<ZfgsDecisions>(html`<zfgs-decisions src=${url}></zfgs-decisions>`);
    await element.settled;
    expect(rows(element)).to.have.length(4);
    URL.revokeObjectURL(url);
    const failing = await fixture<ZfgsDecisions>(html`<zfgs-decisions src="/test/fixtures/widgets/no-such-decisions.json"></zfgs-decisions>`);
    await failing.settled;
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
  });
});
