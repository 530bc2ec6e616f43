// The page auditor stays in the tab: injected into the isolated world once per document, called again on later
// clicks, injected again into a new document. It hashes the audited text where the page allows crypto.subtle, and
// on a page that is not a secure context (plain http on a real host name) sends the text for the panel to hash:
// the evidence is the SHA-256 of the same text either way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { AuditReport } from '../../shared/engine/report.ts';
import { pageTextInPage } from './support/audit-in-page.ts';
import { allowDownloads, filesIn, waitForDownload } from './support/downloads.ts';
import { clickInPanel, clickToolbar, errorCode, launchInspector, openTab, panelTexts, shownReport, waitForResult, type Inspector } from './support/inspector.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const SITE = '/pages/site';
/** Resolved to 127.0.0.1 by the browser: plain http on it is not a secure context, as on most government sites. */
const INSECURE_HOST = 'zfgs-insecure.test';

async function auditShown(inspector: Inspector, tab: Page): Promise<{ panel: Page; report: AuditReport }> {
  const since = inspector.panel ? (await shownReport(inspector.panel).catch(() => undefined))?.timestamp : undefined;
  const panel = await clickToolbar(inspector, tab);
  const state = await waitForResult(panel, 60_000, since);
  assert.equal(state, 'report', `ended with ${state}: ${await errorCode(panel)} ${(await panelTexts(panel, '.audit-error')).join(' ')}`);
  return { panel, report: await shownReport(panel) };
}

/** What a report says, without when it was made. */
function verdicts(report: AuditReport): unknown {
  return report.results.map((result) => [result.id, result.outcome, result.findings.map((finding) => [finding.status, finding.reason, finding.snippet, finding.target])]);
}

async function exportedEvidence(panel: Page, downloads: string): Promise<{ pages: { url: string; textSha256: string; characters: number }[] }> {
  const before = filesIn(downloads);
  await clickInPanel(panel, 'button[data-export="json"]');
  return JSON.parse(readFileSync(await waitForDownload(downloads, '.json', before), 'utf8')).evidence;
}

describe('the page auditor kept in the tab', () => {
  let inspector: Inspector;
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    inspector = await launchInspector({ args: [`--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`] });
  });
  after(async () => {
    await inspector?.browser.close();
    await server?.close();
  });

  it('judges the page alike on a later click, and again after the tab navigated', async () => {
    const tab = await openTab(inspector.browser, `${server.url}${SITE}/renyuan.html`);
    const first = await auditShown(inspector, tab);
    const second = await auditShown(inspector, tab);
    assert.notEqual(second.report.timestamp, first.report.timestamp);
    assert.deepEqual(verdicts(second.report), verdicts(first.report));
    assert.ok(first.report.results.some((result) => result.outcome === 'fail'), 'the page has planted failures');

    await tab.goto(`${server.url}${SITE}/caoliang.html`, { waitUntil: 'load' });
    const other = await auditShown(inspector, tab);
    assert.equal(other.report.url, `${server.url}${SITE}/caoliang.html`);
    assert.notDeepEqual(verdicts(other.report), verdicts(first.report));
    await tab.close();
  });

  it('hashes the audited text in the tab, or in the panel where the page is not a secure context', async () => {
    const downloads = await allowDownloads(inspector.browser);
    const port = new URL(server.url).port;
    for (const origin of [server.url, `http://${INSECURE_HOST}:${port}`]) {
      const tab = await openTab(inspector.browser, `${origin}${SITE}/renyuan.html`);
      assert.equal(await tab.evaluate(() => isSecureContext), origin === server.url, `${origin} is ${origin === server.url ? '' : 'not '}a secure context`);
      const { panel, report } = await auditShown(inspector, tab);
      const evidence = await exportedEvidence(panel, downloads);
      const text = await pageTextInPage(tab);
      assert.deepEqual(evidence.pages, [{ url: report.url, textSha256: createHash('sha256').update(text).digest('hex'), characters: text.length }]);
      await tab.close();
    }
  });
});
