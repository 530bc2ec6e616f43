import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/agency/agency.ts';
import type { ZfgsAgency } from '../../widgets/agency/agency.ts';
import { agencyExamples } from '../../widgets/agency/agency.examples.ts';
import type { ZfgsInvalidDetail } from '../../widgets/base/events.ts';
import type { Agency, DutiesSection } from '../../shared/schema/index.ts';
import { describeExamples } from './example-suite.ts';
import { container, renderExample, shadowText } from './support.ts';

describeExamples(agencyExamples);

const example = (name: string) => agencyExamples.examples.find((each) => each.name === name)!;
const sample = example('sample-agency');
const duties = sample.islands![0]!.data as DutiesSection;

describe('<zfgs-agency>', () => {
  it('shows identity, contacts, duties from the companion island and the entrusted organization', async () => {
    const element = await renderExample('zfgs-agency', sample);
    const text = shadowText(element);
    for (const expected of ['江城市东湖区市场监督管理局', '11429901MA4HKM6J2Q', '湖滨路88号', '职责权限', '执法区域', '受委托组织', '花山镇综合行政执法队', '委托事项', '法律责任']) {
      expect(text, expected).to.contain(expected);
    }
    expect(element.shadowRoot!.querySelectorAll('[part="duties"] ol li')).to.have.length(duties.functions.length);
    expect(element.shadowRoot!.querySelector('a[href="tel:070086612315"]')).not.to.equal(null);
    expect(text).to.contain('（PDF 文件）');
  });

  it('says in words whether an entrustment is in force, judged on `now`', async () => {
    const inForce = await renderExample('zfgs-agency', sample);
    expect(inForce.shadowRoot!.querySelector('[part="term-state"]')!.textContent!.trim()).to.equal('委托有效');
    const ended = await renderExample('zfgs-agency', example('entrustment-ended'));
    expect(ended.shadowRoot!.querySelector('[part="term-state"]')!.textContent!.trim()).to.equal('委托已于 2025年12月31日 到期');
    const later = await renderExample('zfgs-agency', sample, { now: '2027-03-01' });
    expect(later.shadowRoot!.querySelector('[part="term-state"]')!.textContent!.trim()).to.equal('委托已于 2026年12月31日 到期');
  });

  it('writes a duties island when duties come by property, so the auditor reads both kinds', async () => {
    const element = await fixture<ZfgsAgency>(html`<zfgs-agency .data=${sample.data as Agency} .duties=${duties}></zfgs-agency>`);
    await element.settled;
    const island = element.querySelector('script[data-zfgs-kind="duties"]')!;
    expect(JSON.parse(island.textContent!)).to.deep.equal(duties);
    expect(island.getAttribute('data-zfgs-status')).to.equal('rendered');
    expect(element.querySelector('script[data-zfgs-kind="agency"]')).not.to.equal(null);
  });

  it('shows invalid duties as an error in the duties block and fires zfgs-invalid for kind duties', async () => {
    const wrapper = container();
    const events: ZfgsInvalidDetail[] = [];
    wrapper.addEventListener('zfgs-invalid', (event) => events.push(event.detail));
    const element = document.createElement('zfgs-agency');
    element.data = sample.data as Agency;
    element.duties = { ...duties, functions: [] };
    wrapper.append(element);
    await element.settled;
    const block = element.shadowRoot!.querySelector('[part="duties"]')!;
    expect(block.querySelector('[role="alert"]')!.textContent).to.contain('duties $.functions');
    expect(shadowText(element)).to.contain('江城市东湖区市场监督管理局');
    expect(events.map((detail) => detail.kind)).to.deep.equal(['duties']);
  });

  it('re-reads the duties island when a script replaces it', async () => {
    const element = await renderExample('zfgs-agency', sample);
    element.querySelector('script[data-zfgs-kind="duties"]')!.textContent = JSON.stringify({ ...duties, area: '新的执法区域' });
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shadowText(element)).to.contain('新的执法区域');
  });

  it('speaks English under lang="en"', async () => {
    const element = await renderExample('zfgs-agency', sample, { lang: 'en' });
    expect(shadowText(element)).to.contain('Duties and powers');
    expect(shadowText(element)).to.contain('In force');
  });
});
