// A site audit from the demo column's start page: the host permission is asked inside the click, the column is
// crawled politely (robots.txt respected, limits kept) with a progress bar, attachments are read (or said to be
// unreadable), items are aggregated across pages, it can be cancelled, and — watched on every target, the
// service worker and the side panel included — no request goes anywhere but the audited site.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { AuditReport } from '../../shared/engine/report.ts';
import { APP, clickInPanel, clickToolbar, grantSiteAccess, launchInspector, openTab, panelElement, setOptions, shownReport, waitForResult, type Inspector } from './support/inspector.ts';
import { requestsOutside, watchNetwork, type NetworkLog } from './support/network-log.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const START = '/pages/site/index.html';

async function progressSeen(panel: Page): Promise<{ max: number; value: number; label: string }> {
  const progress = await panelElement(panel, '.working progress', 30_000);
  return progress.evaluate((element) => ({ max: (element as HTMLProgressElement).max, value: (element as HTMLProgressElement).value, label: element.getAttribute('aria-label') ?? '' }));
}

describe('site audit of a disclosure column', () => {
  let inspector: Inspector;
  let server: TestServer;
  let network: NetworkLog;
  let panel: Page;
  let pageReport: AuditReport;
  let siteReport: AuditReport;

  before(async () => {
    server = await startTestServer();
    inspector = await launchInspector();
    // Headless Chromium cannot show the permission dialog; grant the site as chrome://extensions would.
    await grantSiteAccess(inspector, server.url);
    network = await watchNetwork(inspector.browser, (target) => target.url().startsWith('chrome://'));
    const tab = await openTab(inspector.browser, `${server.url}${START}`);
    panel = await clickToolbar(inspector, tab);
    await waitForResult(panel);
    pageReport = await shownReport(panel);
    await setOptions(panel, { crawl: { maxPages: 60, maxDepth: 3, delayMs: 20, concurrency: 2, scope: 'column', maxAttachments: 10, maxFileMiB: 5 } });
  });
  after(async () => {
    await network?.stop();
    await inspector?.browser.close();
    await server?.close();
  });

  it('crawls the column with a progress bar and ends with a site report over 20+ pages', async () => {
    await clickInPanel(panel, 'button.site-audit');
    const progress = await progressSeen(panel);
    assert.ok(progress.max >= 1);
    await waitForResult(panel, 180_000, pageReport.timestamp);
    siteReport = await shownReport(panel);
    const htmlPages = siteReport.pages.filter((url) => url.endsWith('.html'));
    assert.ok(htmlPages.length >= 20, `${htmlPages.length} pages`);
    assert.ok(htmlPages.every((url) => url.startsWith(`${server.url}/pages/site/`)), 'a page outside the column was audited');
    assert.deepEqual([...new Set(siteReport.pages)].length, siteReport.pages.length, 'a page was audited twice');
  });

  it('respects robots.txt and says which pages it left out', () => {
    assert.ok(!siteReport.pages.some((url) => url.includes('/private/')));
    assert.ok(siteReport.notChecked.some((entry) => entry.reason.includes('/pages/site/private/neibu.html')), JSON.stringify(siteReport.notChecked));
  });

  it('aggregates the items across pages: what the start page lacks, the column has', () => {
    const outcome = (report: AuditReport, id: string) => report.results.find((result) => result.id === id)?.outcome;
    for (const id of ['officer-list', 'legal-basis', 'discretion-benchmark', 'procedure-flowchart', 'power-responsibility-list', 'av-recording-list']) {
      assert.notEqual(outcome(pageReport, id), 'pass', `${id} passes on the start page alone`);
      assert.equal(outcome(siteReport, id), 'pass', `${id} in the site report`);
    }
  });

  it('finds the problems planted on other pages, each with its citation', () => {
    const expired = siteReport.results.find((result) => result.id === 'officer-credential-valid');
    assert.equal(expired?.outcome, 'fail');
    assert.ok(expired.findings.some((finding) => finding.status === 'fail' && finding.url?.endsWith('/renyuan.html')));
    assert.ok(expired.cites.some((cite) => cite.doc === 'wh-gs'));
  });

  it('reads the attachments, and says which could not be read and why', () => {
    assert.ok(siteReport.pages.some((url) => url.endsWith('/files/cf-2026-004.pdf')), 'the text PDF was read');
    assert.ok(siteReport.pages.some((url) => url.endsWith('/files/caoliang.docx')), 'the DOCX was read');
    assert.ok(siteReport.pages.some((url) => url.endsWith('/files/tongji-2025.xlsx')), 'the XLSX was read');
    const reasons = siteReport.notChecked.map((entry) => entry.reason).join('\n');
    assert.match(reasons, /Scanned attachment without text.*saomiao-2024\.pdf/);
    assert.match(reasons, /Legacy format.*jiandu-2019\.doc/);
  });

  it('can be cancelled: it stops, says so, and no request starts afterwards', async () => {
    await setOptions(panel, { crawl: { maxPages: 60, maxDepth: 3, delayMs: 400, concurrency: 1, scope: 'column', maxAttachments: 10, maxFileMiB: 5 } });
    await clickInPanel(panel, 'button.site-audit');
    await panel.waitForFunction(
      (app) => {
        const progress = document.querySelector(app)?.shadowRoot?.querySelector('.working progress') as HTMLProgressElement | null;
        return progress !== null && progress.value >= 3;
      },
      { timeout: 60_000, polling: 100 },
      APP,
    );
    await clickInPanel(panel, 'button.cancel');
    await waitForResult(panel, 60_000, siteReport.timestamp);
    const cancelled = await shownReport(panel);
    assert.ok(cancelled.pages.length < siteReport.pages.length, `${cancelled.pages.length} pages after cancelling`);
    assert.ok(cancelled.notChecked.some((entry) => entry.id === 'site-audit' && /cancelled/.test(entry.reason)));
    const requestsAfter = network.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const later = network.requests.slice(requestsAfter).filter((request) => request.url.startsWith(server.url));
    assert.deepEqual(later, []);
  });

  it('made no request anywhere but the audited site (tabs, side panel, service worker, workers)', () => {
    assert.ok(network.requests.some((request) => request.target.startsWith('page chrome-extension://') && request.url.startsWith(server.url)), 'the panel\'s requests were not seen');
    assert.ok(network.watchedTypes.has('service_worker'), `watched: ${[...network.watchedTypes].join(', ')}`);
    assert.deepEqual(requestsOutside(network, [server.url], inspector.extensionId), []);
  });
});
