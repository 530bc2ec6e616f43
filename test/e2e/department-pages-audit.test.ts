// The inspector on the demo department sites (demo/pages: published with the widgets; demo/pages/legacy: as
// a legacy CMS publishes): the compliant pages give no failures, the failing ones give the expected failures,
// each with its citations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { AuditReport, RuleResult } from '../../shared/engine/report.ts';
import { clickInPanel, errorCode, grantSiteAccess, setOptions, shownReport, waitForResult } from './support/inspector.ts';
import { auditPath, useInspectorAndServer } from './support/session.ts';

const failing = (report: AuditReport) => report.results.filter((result) => result.outcome === 'fail' || result.outcome === 'error').map((result) => `${result.id}: ${result.outcome} ${result.error ?? JSON.stringify(result.findings.filter((finding) => finding.status === 'fail').map((finding) => [finding.reason, finding.data]))}`);

function failed(report: AuditReport, id: string): RuleResult {
  const result = report.results.find((candidate) => candidate.id === id);
  assert.equal(result?.outcome, 'fail', `${id}: ${JSON.stringify(result)}`);
  assert.ok(result.cites.length > 0, `${id} has no citation`);
  return result;
}

describe('the demo department sites', () => {
  const session = useInspectorAndServer();
  let panel: Page;

  async function audit(path: string): Promise<AuditReport> {
    const audited = await auditPath(session, path, { waitForIdle: true });
    panel = audited.panel;
    assert.equal(audited.state, 'report', `${path} ended with ${audited.state} ${await errorCode(audited.panel)}`);
    return audited.report!;
  }

  /** Audits the page, then audits the site from it within `pages` pages (one: the page judged as the whole column). */
  async function auditAsSite(path: string, pages: number): Promise<AuditReport> {
    await grantSiteAccess(session.inspector, session.server.url);
    const start = await audit(path);
    await setOptions(panel, { crawl: { maxPages: pages, maxDepth: pages === 1 ? 0 : 3, delayMs: 0, concurrency: 2, scope: 'column', maxAttachments: 10, maxFileMiB: 5 } });
    await clickInPanel(panel, 'button.site-audit');
    assert.equal(await waitForResult(panel, 120_000, start.timestamp), 'report');
    const report = await shownReport(panel);
    if (pages === 1) assert.deepEqual(report.pages, [start.url]);
    return report;
  }

  it('finds no failure on the compliant page published with the widgets', async () => {
    assert.deepEqual(failing(await audit('/pages/compliant.html')), []);
  });

  it('finds no failure on the compliant widget page audited as the whole column (its widgets\' JSON read too)', async () => {
    assert.deepEqual(failing(await auditAsSite('/pages/compliant.html', 1)), []);
  });

  it('finds no failure on compliant legacy-CMS pages', async () => {
    for (const path of ['/pages/legacy/index.html', '/pages/legacy/zfry.html', '/pages/legacy/zfyj.html', '/pages/legacy/cfjd/index.html']) {
      assert.deepEqual(failing(await audit(path)), [], path);
    }
  });

  it('finds the missing items of a widget page that publishes only some of them, audited as the whole column', async () => {
    // On one page a missing item is for review (it may be elsewhere on the site); a site audit limited to
    // this one page judges it as the whole column.
    const report = await auditAsSite('/pages/missing-items.html', 1);
    const missing = report.results.filter((result) => result.phase === 'pre' && result.outcome === 'fail' && result.findings.some((finding) => finding.reason === 'missing'));
    assert.ok(missing.length >= 3, failing(report).join('\n'));
  });

  it('finds the expired certificate of a widget page', async () => {
    failed(await audit('/pages/expired-officer.html'), 'officer-credential-valid');
  });

  it('finds late publication (working days with 调休) on a widget page', async () => {
    const late = failed(await audit('/pages/late-publication.html'), 'decision-timeliness');
    assert.ok(late.findings.filter((finding) => finding.reason === 'late').length >= 5);
  });

  it('finds personal data in a widget\'s data island', async () => {
    const report = await audit('/pages/leaking-decision.html');
    failed(report, 'decision-redaction');
    assert.ok(!/\d{17}[\dX]/.test(JSON.stringify(report.results.map((result) => result.findings))), 'an ID number appears unmasked');
  });

  it('finds the legacy failing column\'s missing items, expired certificate, late and leaking decisions in a site audit', async () => {
    const report = await auditAsSite('/pages/legacy/failing/index.html', 40);
    assert.ok(report.pages.length > 1);
    for (const id of ['duties-authority', 'legal-basis', 'remedy', 'complaint-channel']) {
      assert.ok(failed(report, id).findings.some((finding) => finding.reason === 'missing'), id);
    }
    failed(report, 'officer-credential-valid');
    failed(report, 'decision-timeliness');
    failed(report, 'decision-redaction');
  });
});
