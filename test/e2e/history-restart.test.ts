// The history and the review marks live in the extension's IndexedDB: they survive closing the browser and
// starting it again on the same profile directory.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { AuditReport } from '../../shared/engine/report.ts';
import { newProfileDir } from './support/chromium.ts';
import { clickInPanel, clickToolbar, extensionPage, launchInspector, openTab, panelElement, panelTexts, shownReport, waitForResult } from './support/inspector.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

describe('history across a browser restart', () => {
  let server: TestServer;
  const profile = newProfileDir();
  let first: AuditReport;
  let extensionId: string;

  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('saves an audit and a review mark in the first session', async () => {
    const inspector = await launchInspector({ userDataDir: profile });
    extensionId = inspector.extensionId;
    try {
      const tab = await openTab(inspector.browser, `${server.url}/pages/site/renyuan.html`);
      const panel = await clickToolbar(inspector, tab);
      assert.equal(await waitForResult(panel), 'report');
      first = await shownReport(panel);
      await clickInPanel(panel, '#rule-officer-credential-valid >>> summary');
      await clickInPanel(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> button.mark-button');
      await (await panelElement(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> textarea')).type('已通知人事科更新证件');
      await clickInPanel(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> button[type="submit"]');
      await panelElement(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> .mark[data-mark="reviewed"]');
    } finally {
      await inspector.browser.close();
    }
  });

  it('finds them again after the browser is started anew on the same profile', async () => {
    const inspector = await launchInspector({ userDataDir: profile });
    try {
      assert.equal(inspector.extensionId, extensionId);
      const panel = await extensionPage(inspector, 'sidepanel/index.html');
      await clickInPanel(panel, '.history-tab');
      const rows = await (await panelElement(panel, 'zfgs-inspector-history >>> tbody tr')).evaluate((row) => row.textContent ?? '');
      assert.match(rows, /renyuan\.html/);
      await clickInPanel(panel, 'zfgs-inspector-history >>> button.open');
      await panelElement(panel, 'zfgs-inspector-report');
      assert.deepEqual(await shownReport(panel), first);
      await clickInPanel(panel, '#rule-officer-credential-valid >>> summary');
      await panelElement(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> .mark');
      const marks = await panelTexts(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> .mark');
      assert.match(marks.join(' '), /Reviewed — 已通知人事科更新证件/);
    } finally {
      await inspector.browser.close();
    }
  });
});
