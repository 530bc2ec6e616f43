import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../widgets/flowchart/flowchart.ts';
import type { ZfgsFlowchart } from '../../widgets/flowchart/flowchart.ts';
import { flowchartExamples } from '../../widgets/flowchart/flowchart.examples.ts';
import { layoutProcedure } from '../../widgets/flowchart/layout.ts';
import { outlineHtml, outlineOf } from '../../widgets/flowchart/outline.ts';
import { resolveProcedure } from '../../widgets/flowchart/resolve.ts';
import { flowchartMessages as zh } from '../../shared/i18n/widgets/zh-CN/flowchart.ts';
import type { ZfgsInvalidDetail } from '../../widgets/base/events.ts';
import { describeExamples } from './example-suite.ts';
import { container, isFallbackShown, renderExample, shadowText } from './support.ts';

describeExamples(flowchartExamples);

const example = (name: string) => flowchartExamples.examples.find((item) => item.name === name)!;

function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

describe('<zfgs-flowchart>', () => {
  it('draws every step and every connection of a preset, and lists the same steps in reading order', async () => {
    const element = await renderExample('zfgs-flowchart', example('preset-penalty-general'));
    const resolved = resolveProcedure(example('preset-penalty-general').data);
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('.node')).to.have.length(resolved.steps.length);
    expect(root.querySelectorAll('path.edge')).to.have.length(resolved.edges.length);
    const items = [...root.querySelectorAll('[part="steps"] > li')].map((item) => item.textContent!.replace(/\s+/g, ''));
    expect(items).to.have.length(resolved.steps.length);
    expect(items[0]).to.contain('【开始】发现案件线索');
    expect(items[1]).to.contain('是：转第3步');
    expect(shadowText(element)).to.contain('时限：立案之日起90日内');
    expect(shadowText(element)).to.contain('行政处罚法第五十七条、第六十条');
  });

  it('spells out the 补正 loop of the licence preset as a way back, and draws it dashed', async () => {
    const element = await renderExample('zfgs-flowchart', example('preset-licence'));
    expect(shadowText(element)).to.contain('补正后重新提交：返回第 1 步“提出申请”');
    expect(element.shadowRoot!.querySelectorAll('path.edge.is-back')).to.have.length(1);
  });

  it('applies adjustments: overridden time limits show, omitted steps are gone', async () => {
    const element = await renderExample('zfgs-flowchart', example('licence-adjusted'));
    const text = shadowText(element);
    expect(text).to.contain('承诺5个工作日（法定20日）');
    expect(text).to.contain('行政服务中心市场监管窗口');
    expect(text).not.to.contain('举行听证');
  });

  it('renders a preset named by the preset attribute alone, and publishes it in the island', async () => {
    const element = await fixture<ZfgsFlowchart>(html`<zfgs-flowchart preset="inspection"></zfgs-flowchart>`);
    await element.settled;
    expect(element.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('行政检查');
    const island = element.querySelector('script[data-zfgs-kind="procedure"]')!;
    expect(JSON.parse(island.textContent!)).to.include({ preset: 'inspection' });
  });

  it('names the field when the preset attribute is unknown, and keeps the fallback', async () => {
    const element = await fixture<ZfgsFlowchart>(html`<zfgs-flowchart preset="penalty-special"><ol><li>立案</li></ol></zfgs-flowchart>`);
    await element.settled;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('$.preset');
    expect(isFallbackShown(element)).to.equal(true);
  });

  it('reports connections to steps that do not exist, draws the rest, and fires zfgs-invalid with the path', async () => {
    const wrapper = container();
    const element = document.createElement('zfgs-flowchart');
    element.data = { id: 'p', title: '检查', preset: 'inspection', edges: [{ from: 'inspect', to: 'nowhere' }] };
    const invalid = oneEvent(wrapper, 'zfgs-invalid') as Promise<CustomEvent<ZfgsInvalidDetail>>;
    wrapper.append(element);
    const event = await invalid;
    await element.settled;
    expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['$.edges[0].to']);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('$.edges[0].to');
    expect(alert.textContent).to.contain('nowhere');
    expect(element.shadowRoot!.querySelectorAll('path.edge')).to.have.length(7);
    await expect(element).to.be.accessible();
  });

  it('loads a procedure from src, and names the URL and status when it cannot', async () => {
    const url = jsonUrl(example('own-steps').data);
    const element = await fixture<ZfgsFlowchart>(html`<zfgs-flowchart src=${url}></zfgs-flowchart>`);
    await element.settled;
    expect(shadowText(element)).to.contain('投诉举报处理流程');
    URL.revokeObjectURL(url);

    const failing = await fixture<ZfgsFlowchart>(html`<zfgs-flowchart src="/test/fixtures/widgets/no-such-flowchart.json"><ol><li>立案</li></ol></zfgs-flowchart>`);
    await failing.settled;
    const alert = failing.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('no-such-flowchart.json');
    expect(alert.textContent).to.contain('404');
    expect(isFallbackShown(failing)).to.equal(true);
  });

  it('switches language when lang changes', async () => {
    const element = await renderExample('zfgs-flowchart', example('preset-legal-review'));
    expect(shadowText(element)).to.contain('文字版流程');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Text version (9 steps)');
    expect(shadowText(element)).to.contain('[Decision] 提出书面审核意见');
  });

  it('switches to the text version from the keyboard, and back', async () => {
    const element = await renderExample('zfgs-flowchart', example('preset-coercion'));
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(element.shadowRoot!.querySelector('[part="chart"]')).to.equal(null);
    const textVersion = element.shadowRoot!.querySelector<HTMLElement>('[part="text-version"]')!;
    expect(textVersion.getBoundingClientRect().height).to.be.greaterThan(100);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(element.shadowRoot!.querySelector('[part="chart"]')).not.to.equal(null);
  });

  it('keeps the drawing reachable by keyboard when it scrolls sideways', async () => {
    const element = await renderExample('zfgs-flowchart', example('preset-penalty-general'));
    element.style.width = '240px';
    const chart = element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(chart.scrollWidth).to.be.greaterThan(chart.clientWidth);
    expect(chart.tabIndex).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('draws larger in large-text mode', async () => {
    const normal = await renderExample('zfgs-flowchart', example('preset-inspection'));
    const large = await renderExample('zfgs-flowchart', example('preset-inspection'), { 'large-text': '' });
    const width = (element: Element) => Number(element.shadowRoot!.querySelector('svg')!.getAttribute('width'));
    expect(width(large)).to.be.greaterThan(width(normal));
  });

  it('prints the drawing and the text version together', async () => {
    const element = await renderExample('zfgs-flowchart', example('preset-penalty-simple'));
    const textVersion = element.shadowRoot!.querySelector<HTMLElement>('[part="text-version"]')!;
    expect(textVersion.getBoundingClientRect().height).to.be.lessThan(2);
    await emulateMedia({ media: 'print' });
    try {
      expect(textVersion.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(element.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!.getBoundingClientRect().height).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('renders step text as text, never as markup', async () => {
    const element = await renderExample('zfgs-flowchart', {
      name: 'hostile',
      title: { 'zh-CN': '', en: '' },
      data: { id: 'x', title: '<img src=x onerror=alert(1)>', steps: [{ id: 'a', label: '<script>alert(1)</script>', note: '<b>粗</b>' }] },
    });
    expect(element.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(shadowText(element)).to.contain('<script>alert(1)</script>');
  });
});

describe('flowchart fallback HTML', () => {
  it('is an ordered list of every step with escaped text, for pages without JavaScript', () => {
    const resolved = resolveProcedure({ id: 'x', title: 't', steps: [{ id: 'a', label: '<i>申请</i> & 受理' }, { id: 'b', label: '办结', kind: 'end' }], edges: [{ from: 'a', to: 'b' }] });
    const layout = layoutProcedure(resolved.steps, resolved.edges);
    const markup = outlineHtml(outlineOf(layout, resolved.steps, resolved.edges), zh);
    const list = document.createElement('div');
    list.innerHTML = markup;
    expect(list.querySelectorAll('ol > li')).to.have.length(2);
    expect(list.querySelector('i')).to.equal(null);
    expect(list.textContent).to.contain('<i>申请</i> & 受理');
    expect(list.textContent).to.contain('下一步：第 2 步“办结”');
  });
});
