// Puts a known report into the extension's history, as the side panel saves one, so rendering, marks and
// exports can be tested on a fixed report. The database must exist first (the panel creates it when it lists
// the history); this only adds records to it. The page-side code is a string: tsx would otherwise wrap its
// inner functions in a helper (__name) that does not exist in the page.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { AuditReport } from '../../../shared/engine/report.ts';

export function fixtureReport(url?: string): AuditReport {
  const report = JSON.parse(readFileSync('test/fixtures/extension/report-page.json', 'utf8')) as AuditReport;
  if (!url) return report;
  return JSON.parse(JSON.stringify(report).split(report.url).join(url)) as AuditReport;
}

const IDB_HELPERS = `
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const openDb = () => request(indexedDB.open('zfgs-inspector', 1));
`;

/** Adds the report (with evidence and a drawn screenshot) to the history; returns its id. */
export async function seedHistory(page: Page, report: AuditReport, mode: 'page' | 'site' = 'page'): Promise<number> {
  return page.evaluate(`(async () => {
    ${IDB_HELPERS}
    const value = ${JSON.stringify(report)};
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const context = canvas.getContext('2d');
    context.fillStyle = '#1d70b8';
    context.fillRect(0, 0, 320, 200);
    const screenshot = canvas.toDataURL('image/jpeg', 0.8);
    const db = await openDb();
    const transaction = db.transaction(['audits', 'reports'], 'readwrite');
    const entry = {
      site: new URL(value.url).origin, url: value.url, mode: ${JSON.stringify(mode)}, timestamp: value.timestamp, savedAt: Date.now(),
      profile: value.profile, engineVersion: value.engine.version, pageCount: value.pages.length, counts: value.counts,
    };
    const id = await request(transaction.objectStore('audits').add(entry));
    const evidence = {
      auditedAt: value.timestamp, url: value.url,
      pages: value.pages.map((url) => ({ url, textSha256: 'a'.repeat(64), characters: 1234 })),
      screenshot: { dataUrl: screenshot, sha256: 'b'.repeat(64) },
    };
    await request(transaction.objectStore('reports').put({ id, report: value, evidence }));
    await new Promise((resolve) => { transaction.oncomplete = resolve; });
    db.close();
    return id;
  })()`) as Promise<number>;
}

/** Adds a review mark as the panel stores it. */
export async function seedMark(page: Page, mark: Record<string, unknown>): Promise<void> {
  await page.evaluate(`(async () => {
    ${IDB_HELPERS}
    const db = await openDb();
    await request(db.transaction('marks', 'readwrite').objectStore('marks').put(${JSON.stringify(mark)}));
    db.close();
  })()`);
}
