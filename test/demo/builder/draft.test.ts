// The builder's draft in Chromium: an edit is saved when the builder leaves the page (not later, over what another
// builder has loaded since), and a draft that finishes loading after the user imported a file never replaces it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../widgets/officers/officers.ts';
import '../../../demo/builder/builder-app.ts';
import type { BuilderApp } from '../../../demo/builder/builder-app.ts';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../../../demo/builder/draft-store.ts';
import { importCsv } from './import-csv.ts';

const OFFICERS_CSV = '姓名,执法证号,有效期至\n王建国,42990110001,2027-12-31\n';

const OLD_DRAFT: Draft = {
  target: 'decisions',
  fileName: 'old-decisions.csv',
  table: { headers: ['文号'], rows: [{ number: 2, cells: ['东湖市监处罚〔2026〕第1号'] }] },
  mapping: [],
  updated: '2026-01-01',
  mode: 'src',
  scriptUrl: '',
  jsonUrl: '',
  savedAt: '2026-01-01T08:00:00.000Z',
};

const importOfficers = (element: BuilderApp) => importCsv(element, 'officers', 'officers.csv', OFFICERS_CSV);

/**
 * Holds a read-write transaction on the draft store (through a connection of its own) until release() is called:
 * every later transaction on the store, the builder's loading of its draft included, waits for it.
 */
async function holdDraftStore(): Promise<{ release: () => void }> {
  const connection = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('zfgs-builder');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = connection.transaction('drafts', 'readwrite').objectStore('drafts');
  let isHolding = true;
  const keepBusy = () => {
    if (isHolding) store.get('nothing').onsuccess = keepBusy;
  };
  keepBusy();
  return {
    release: () => {
      isHolding = false;
      connection.close();
    },
  };
}

describe('the builder draft', () => {
  it('is saved when the builder leaves the page with an edit not yet saved', async () => {
    await clearDraft();
    const element = await fixture<BuilderApp>(html`<builder-app></builder-app>`);
    await importOfficers(element);
    element.remove();
    const draft = await loadDraft();
    expect(draft?.fileName).to.equal('officers.csv');
    expect(draft?.table.rows).to.have.length(1);
  });

  it('never replaces a file imported while it was still loading', async () => {
    await clearDraft();
    await saveDraft(OLD_DRAFT);
    const hold = await holdDraftStore();
    const element = await fixture<BuilderApp>(html`<builder-app></builder-app>`);
    const saved = new Promise<void>((resolve) => element.addEventListener('builder-saved', () => resolve(), { once: true }));
    await importOfficers(element);
    expect(element.querySelector('.builder-status')!.textContent).to.contain('officers.csv');
    hold.release();
    // The draft loads now; the import must stay, and be saved as the draft once the loading is over.
    await Promise.race([saved, new Promise((resolve) => setTimeout(resolve, 3000))]);
    await element.updateComplete;
    expect(element.querySelector<HTMLSelectElement>('#target')!.value).to.equal('officers');
    expect(element.textContent).not.to.contain('old-decisions.csv');
    expect((await loadDraft())?.fileName).to.equal('officers.csv');
    await clearDraft();
  });
});
