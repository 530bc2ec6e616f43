// "Audit this page" end to end: the toolbar click (Page.triggerExtensionAction — the same action.onClicked a
// real click fires, with the activeTab grant) opens the side panel, which reads the tab with the shared
// extractor and audits it with the shared engine. Frames, shadow roots and a GBK page; the profile from the
// options; the planted problems with their citations; show-in-page through frames and shadow roots without
// moving the page's layout; personal data in page text and in a PDF attachment, never repeated unmasked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer-core';
import type { AuditReport, RuleResult } from '../../shared/engine/report.ts';
import { allowDownloads, filesIn, waitForDownload } from './support/downloads.ts';
import { LEAKED_ID_NUMBER, LEAKED_MOBILE } from './support/site-attachments.ts';
import { APP, clickInPanel, errorCode, grantSiteAccess, panelElement, panelTexts, setOptions, shownReport, waitForResult } from './support/inspector.ts';
import { auditPath, useInspectorAndServer } from './support/session.ts';

const SITE = '/pages/site';

function result(report: AuditReport, id: string): RuleResult {
  const found = report.results.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

/** Element boxes in document coordinates: equal before and after means the page's layout did not move. */
async function layout(frame: Frame | Page): Promise<string> {
  return frame.evaluate(() =>
    JSON.stringify(
      [...document.querySelectorAll('body *, frameset, frame')].map((element) => {
        const box = element.getBoundingClientRect();
        return [element.localName, Math.round(box.left + scrollX), Math.round(box.top + scrollY), Math.round(box.width), Math.round(box.height)];
      }),
    ),
  );
}

async function isOutlined(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('[data-zfgs-inspector-highlight]')?.matches(':popover-open') ?? false);
}

describe('auditing the page in the tab', () => {
  const session = useInspectorAndServer();
  let panel: Page;

  async function audit(path: string): Promise<{ tab: Page; report: AuditReport }> {
    const audited = await auditPath(session, path);
    panel = audited.panel;
    assert.equal(audited.state, 'report', `ended with ${audited.state}: ${await errorCode(panel)} ${(await panelTexts(panel, '.audit-error')).join(' ')}`);
    return { tab: audited.tab, report: audited.report! };
  }

  it('opens the side panel on the toolbar click and audits that tab with the suggested profile', async () => {
    const { tab, report } = await audit(`${SITE}/renyuan.html`);
    assert.equal(report.url, `${session.server.url}${SITE}/renyuan.html`);
    assert.equal(report.profile, 'baseline', '127.0.0.1 suggests no jurisdiction');
    assert.deepEqual(report.pages, [report.url]);
    await tab.close();
  });

  it('finds an expired officer certificate and cites the articles that require validity', async () => {
    const { tab, report } = await audit(`${SITE}/renyuan.html`);
    const expired = result(report, 'officer-credential-valid');
    assert.equal(expired.outcome, 'fail');
    assert.ok(expired.findings.some((finding) => finding.status === 'fail' && finding.snippet.includes('赵明')));
    assert.deepEqual(expired.cites.map((cite) => cite.doc), ['wh-gs', 'sd', 'hb']);
    const shownTitle = await panelTexts(panel, '#rule-officer-credential-valid >>> h3');
    assert.equal(shownTitle.length, 1);
    await tab.close();
  });

  it('keeps the evidence: a screenshot of the visible tab and the SHA-256 of the page text, both in the export', async () => {
    const downloads = await allowDownloads(session.inspector.browser);
    const { tab, report } = await audit(`${SITE}/renyuan.html`);
    const before = filesIn(downloads);
    await clickInPanel(panel, 'button[data-export="json"]');
    const exported = JSON.parse(readFileSync(await waitForDownload(downloads, '.json', before), 'utf8'));
    assert.equal(exported.report.timestamp, report.timestamp);
    const { evidence } = exported;
    assert.equal(evidence.url, report.url);
    assert.match(evidence.screenshot.dataUrl, /^data:image\/jpeg;base64,/);
    const screenshotBytes = Buffer.from(evidence.screenshot.dataUrl.split(',')[1], 'base64');
    assert.equal(evidence.screenshot.sha256, createHash('sha256').update(screenshotBytes).digest('hex'));
    assert.match(evidence.pages[0].textSha256, /^[0-9a-f]{64}$/);
    assert.ok(evidence.pages[0].characters > 100);
    await tab.close();
  });

  it('uses the profile chosen in the options', async () => {
    await setOptions(panel, { profile: 'hz' });
    const { tab, report } = await audit(`${SITE}/cf-5.html`);
    assert.equal(report.profile, 'hz');
    const posting = result(report, 'penalty-posting-period');
    assert.equal(posting.outcome, 'fail', 'a 2019 penalty is over hz\'s five years');
    assert.ok(posting.cites.some((cite) => cite.doc === 'hz-gs' && cite.article === '15'));
    await setOptions(panel, { profile: 'auto' });
    await tab.close();
  });

  it('reads a GBK page as its own encoding and finds a late posting', async () => {
    const { tab, report } = await audit(`${SITE}/cf-1.html`);
    const timeliness = result(report, 'decision-timeliness');
    assert.equal(timeliness.outcome, 'fail');
    const late = timeliness.findings.find((finding) => finding.reason === 'late');
    assert.ok(late, JSON.stringify(timeliness.findings));
    assert.match(late.snippet, /某某建筑|南综执罚/);
    assert.ok(timeliness.cites.some((cite) => cite.doc === 'hz-gs' && cite.article === '14'));
    await tab.close();
  });

  it('reads the frames of a frameset and outlines a finding inside a frame without moving the page', async () => {
    const { tab, report } = await audit(`${SITE}/kuangjia.html`);
    const expired = result(report, 'officer-credential-valid');
    assert.equal(expired.outcome, 'fail');
    const finding = expired.findings.find((candidate) => candidate.status === 'fail')!;
    assert.equal(finding.target.length, 2, `target ${JSON.stringify(finding.target)} crosses into the frame`);

    const main = tab.frames().find((frame) => frame.url().endsWith('kuangjia-main.html'))!;
    const before = [await layout(tab), await layout(main)];
    await clickInPanel(panel, '#rule-officer-credential-valid >>> summary');
    await clickInPanel(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> button.show');
    await panelElement(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> .status:not(:empty)');
    assert.deepEqual(await panelTexts(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> .status'), ['Outlined in the page (Esc removes it).']);
    assert.equal(await isOutlined(tab), true);
    assert.deepEqual([await layout(tab), await layout(main)], before, 'the outline moved the page\'s layout');

    await tab.keyboard.press('Escape');
    assert.equal(await isOutlined(tab), false);
    await tab.close();
  });

  it('reads open shadow roots and outlines a finding inside one', async () => {
    const { tab, report } = await audit(`${SITE}/zujian.html`);
    const expired = result(report, 'officer-credential-valid');
    const inside = expired.findings.find((finding) => finding.status === 'fail');
    assert.ok(inside, JSON.stringify(expired));
    assert.deepEqual(inside.target[0], '#content > nanshan-officers', 'the target starts at the shadow host');
    assert.equal(result(report, 'complaint-channel').outcome, 'pass', 'the complaint channel inside the other component is read');
    const before = await layout(tab);
    await clickInPanel(panel, '#rule-officer-credential-valid >>> summary');
    await clickInPanel(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> button.show');
    await panelElement(panel, '#rule-officer-credential-valid >>> zfgs-inspector-finding >>> .status:not(:empty)');
    assert.equal(await isOutlined(tab), true);
    assert.equal(await layout(tab), before, 'the outline moved the page\'s layout');
    await tab.close();
  });

  it('finds personal data in the page text and never repeats it unmasked', async () => {
    const { tab, report } = await audit(`${SITE}/cf-detail-4.html`);
    const redaction = result(report, 'decision-redaction');
    assert.equal(redaction.outcome, 'fail');
    assert.ok(redaction.cites.some((cite) => cite.doc === 'hz-gs' && cite.article === '10'));
    const json = JSON.stringify(report);
    assert.ok(!json.includes('110101199003074514'), 'the ID number appears unmasked in the report');
    assert.ok(!json.includes('13912345678'), 'the mobile number appears unmasked in the report');
    const panelText = await panel.evaluate((app) => document.querySelector(app)?.shadowRoot?.textContent ?? '', APP);
    assert.ok(!panelText.includes('110101199003074514'));
    await tab.close();
  });

  it('finds personal data in a linked PDF when asked to check the page\'s attachments', async () => {
    await grantSiteAccess(session.inspector, session.server.url);
    const { tab, report: pageReport } = await audit(`${SITE}/cf-detail-4.html`);
    await clickInPanel(panel, 'button.scan-attachments');
    assert.equal(await waitForResult(panel, 120_000, pageReport.timestamp), 'report');
    const report = await shownReport(panel);
    const pdf = `${session.server.url}${SITE}/files/cf-2026-004.pdf`;
    assert.deepEqual(report.pages, [`${session.server.url}${SITE}/cf-detail-4.html`, pdf]);
    const redaction = result(report, 'decision-redaction');
    assert.ok(redaction.findings.some((finding) => finding.status === 'fail' && finding.url === pdf), JSON.stringify(redaction.findings.map((finding) => [finding.url, finding.reason])));
    const json = JSON.stringify(report);
    assert.ok(!json.includes(LEAKED_ID_NUMBER) && !json.includes(LEAKED_MOBILE), 'the PDF\'s personal data appears unmasked');
    await tab.close();
  });
});
