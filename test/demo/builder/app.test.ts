// The builder app in Chromium: accessible (axe, zero violations) in every state it goes through, and usable from
// the keyboard (native controls only, each labelled).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../widgets/officers/officers.ts';
import '../../../widgets/decisions/decisions.ts';
import '../../../demo/builder/builder-app.ts';
import type { BuilderApp } from '../../../demo/builder/builder-app.ts';
import { clearDraft } from '../../../demo/builder/draft-store.ts';
import { importCsv } from './import-csv.ts';

async function app(): Promise<BuilderApp> {
  await clearDraft();
  const element = await fixture<BuilderApp>(html`<builder-app></builder-app>`);
  await element.updateComplete;
  return element;
}

describe('the builder app', () => {
  it('is accessible before anything is imported', async () => {
    await expect(await app()).to.be.accessible();
  });

  it('is accessible with problems listed, and every control is labelled', async () => {
    const element = await app();
    await importCsv(element, 'officers', 'officers.csv', '姓名,执法证号,有效期至\n王建国,42990110001,下个月\n');
    expect(element.querySelectorAll('#problems tbody tr')).to.have.length(1);
    for (const control of element.querySelectorAll('input, select, textarea')) {
      const labelled = control.id && element.querySelector(`label[for="${control.id}"]`);
      expect(Boolean(labelled || control.getAttribute('aria-label') || control.closest('label')), control.outerHTML.slice(0, 80)).to.equal(true);
    }
    await expect(element).to.be.accessible();
  });

  it('is accessible with personal data to review, and in English', async () => {
    const element = await app();
    await importCsv(
      element,
      'decisions',
      'decisions.csv',
      '文号,案件名称,当事人,主要违法事实,法律依据,执法决定,决定类别,执法主体,决定日期,公开日期\n东湖市监处罚〔2026〕第9号,周建明销售过期食品案,周建明,联系电话13857123468,《食品安全法》,警告,行政处罚,江城市东湖区市场监督管理局,2026-09-01,2026-09-04\n',
    );
    expect(element.querySelectorAll('#findings tbody tr').length).to.be.greaterThan(0);
    expect(element.querySelector<HTMLButtonElement>('#download')!.disabled).to.equal(true);
    await expect(element).to.be.accessible();
    element.querySelector<HTMLButtonElement>('.builder-header button')!.click();
    await element.updateComplete;
    expect(element.textContent).to.contain('Personal data');
    await expect(element).to.be.accessible();
  });

  it('is accessible with a clean import, its preview and its embed code', async () => {
    const element = await app();
    await importCsv(element, 'officers', 'officers.csv', '姓名,执法证号,有效期至\n王建国,42990110001,2027-12-31\n');
    const preview = element.querySelector('#preview zfgs-officers') as (Element & { settled: Promise<void> }) | null;
    expect(preview).not.to.equal(null);
    await preview!.settled;
    expect(element.querySelector<HTMLTextAreaElement>('#embed-code')!.value).to.contain('<zfgs-officers src=');
    await expect(element).to.be.accessible();
  });
});
