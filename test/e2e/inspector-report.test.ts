// The side panel on a known report (test/fixtures/extension/report-page.json, put into the history): what it
// shows, filters, article texts, review marks (remembered, stale ones reported), exports that parse, and
// no accessibility violations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'puppeteer-core';
import { runAxe } from './support/axe.ts';
import { allowDownloads, filesIn, waitForDownload } from './support/downloads.ts';
import { fixtureReport, seedHistory, seedMark } from './support/history-seed.ts';
import { APP, clickInPanel, extensionPage, launchInspector, panelElement, panelTexts, setOptions, shownReport, type Inspector } from './support/inspector.ts';

const report = fixtureReport();

async function openFromHistory(panel: Page): Promise<void> {
  await clickInPanel(panel, '.history-tab');
  await panelElement(panel, 'zfgs-inspector-history');
  await clickInPanel(panel, `zfgs-inspector-history >>> button.open`);
  await panelElement(panel, 'zfgs-inspector-report');
}

async function openRule(panel: Page, ruleId: string): Promise<void> {
  const rule = await panelElement(panel, `#rule-${ruleId}`);
  if (!(await rule.evaluate((element) => element.hasAttribute('open')))) await clickInPanel(panel, `#rule-${ruleId} >>> summary`);
  await panelElement(panel, `#rule-${ruleId} >>> .body`);
}

describe('side panel showing a report', () => {
  let inspector: Inspector;
  let panel: Page;
  let downloads: string;

  before(async () => {
    inspector = await launchInspector();
    downloads = await allowDownloads(inspector.browser);
    panel = await extensionPage(inspector, 'sidepanel/index.html');
    await clickInPanel(panel, '.history-tab');
    await panelElement(panel, 'zfgs-inspector-history');
    await seedHistory(panel, report);
    await panel.reload();
    await openFromHistory(panel);
  });
  after(async () => inspector?.browser.close());

  it('renders the report it was given, in the browser language (English here)', async () => {
    assert.deepEqual(await shownReport(panel), report);
    const heading = await panelTexts(panel, 'h1');
    assert.deepEqual(heading, ['zfgs inspector']);
    const failCount = await panelTexts(panel, 'zfgs-inspector-summary >>> td[data-count="fail"]');
    assert.deepEqual(failCount, ['4']);
  });

  it('shows failures, reviews and errors by default, and filters by phase and text', async () => {
    const ids = async () => (await panel.$$eval(`${APP} >>> zfgs-inspector-rule`, (rules) => rules.map((rule) => rule.id)));
    assert.deepEqual(await ids(), ['rule-officer-list', 'rule-officer-credential-valid', 'rule-decision-redaction', 'rule-decision-timeliness', 'rule-remedy', 'rule-annual-statistics']);
    await (await panelElement(panel, 'select[name="phase"]')).select('post');
    assert.deepEqual(await ids(), ['rule-decision-redaction', 'rule-decision-timeliness', 'rule-annual-statistics']);
    await (await panelElement(panel, 'select[name="phase"]')).select('all');
    await (await panelElement(panel, 'input[name="query"]')).type('138****');
    assert.deepEqual(await ids(), ['rule-decision-redaction']);
    await (await panelElement(panel, 'input[name="query"]')).click({ count: 3 });
    await panel.keyboard.press('Backspace');
    await clickInPanel(panel, 'input[name="outcome"][value="pass"]');
    assert.ok((await ids()).includes('rule-agency-identity'));
  });

  it('shows each rule\'s citations and, on demand, the article text bundled with the extension', async () => {
    await openRule(panel, 'officer-credential-valid');
    const cites = await panelTexts(panel, '#rule-officer-credential-valid >>> zfgs-inspector-cite >>> .cite > span');
    assert.deepEqual(cites, ['Wuhan Civil Affairs Measures on Enforcement Disclosure, 5(4) (有效期)', 'Shandong Plan for Putting Penalty and Coercion Powers Online after the Institutional Reform, 二(一)2']);
    await clickInPanel(panel, '#rule-officer-credential-valid >>> zfgs-inspector-cite >>> button');
    await panelElement(panel, '#rule-officer-credential-valid >>> zfgs-inspector-cite >>> blockquote');
    const [text] = await panelTexts(panel, '#rule-officer-credential-valid >>> zfgs-inspector-cite >>> blockquote');
    assert.match(text ?? '', /执法/);
    const expanded = await (await panelElement(panel, '#rule-officer-credential-valid >>> zfgs-inspector-cite >>> button')).evaluate((button) => button.getAttribute('aria-expanded'));
    assert.equal(expanded, 'true');
  });

  it('offers no "show in page" for a saved report (its tab is gone)', async () => {
    await openRule(panel, 'decision-redaction');
    assert.equal((await panel.$$(`${APP} >>> #rule-decision-redaction >>> button.show`)).length, 0);
  });

  it('remembers a "not a problem" mark with its note across reloads, and reports stale marks', async () => {
    await openRule(panel, 'decision-redaction');
    await clickInPanel(panel, '#rule-decision-redaction >>> zfgs-inspector-finding >>> button.mark-button');
    await clickInPanel(panel, '#rule-decision-redaction >>> zfgs-inspector-finding >>> input[value="not-a-problem"]');
    await (await panelElement(panel, '#rule-decision-redaction >>> zfgs-inspector-finding >>> textarea')).type('已与当事人核实，号码为单位电话');
    await clickInPanel(panel, '#rule-decision-redaction >>> zfgs-inspector-finding >>> button[type="submit"]');
    await panelElement(panel, '#rule-decision-redaction >>> zfgs-inspector-finding >>> .mark[data-mark="not-a-problem"]');

    await seedMark(panel, {
      site: new URL(report.url).origin, key: 'f'.repeat(64), ruleId: 'decision-redaction', reason: 'unmasked', snippet: '已删除的内容 139****0000',
      target: ['#gone'], url: report.url, decision: 'reviewed', note: 'old', markedAt: '2024-01-01T00:00:00.000Z',
    });
    await panel.reload();
    await openFromHistory(panel);
    await openRule(panel, 'decision-redaction');
    const marks = await panelTexts(panel, '#rule-decision-redaction >>> zfgs-inspector-finding >>> .mark');
    assert.equal(marks.length, 1);
    assert.match(marks[0]!, /Not a problem — 已与当事人核实，号码为单位电话/);
    const stale = await panel.$$eval(`${APP} >>> .stale li`, (items) => items.map((item) => item.getAttribute('data-stale-key')));
    assert.deepEqual(stale, ['f'.repeat(64)]);
  });

  it('hides findings marked "not a problem" when asked', async () => {
    await openRule(panel, 'decision-redaction');
    const before = (await panel.$$(`${APP} >>> #rule-decision-redaction >>> zfgs-inspector-finding`)).length;
    await clickInPanel(panel, 'input[name="hide-dismissed"]');
    const after = (await panel.$$(`${APP} >>> #rule-decision-redaction >>> zfgs-inspector-finding`)).length;
    assert.equal(after, before - 1);
    await clickInPanel(panel, 'input[name="hide-dismissed"]');
  });

  it('exports JSON, CSV, XLSX, the printable HTML and the screenshot, each of which parses', async () => {
    const exported = async (format: string, suffix: string) => {
      const before = filesIn(downloads);
      await clickInPanel(panel, `button[data-export="${format}"]`);
      return waitForDownload(downloads, suffix, before);
    };
    const json = JSON.parse(readFileSync(await exported('json', '.json'), 'utf8'));
    assert.equal(json.format, 'zfgs-audit-export');
    assert.deepEqual(json.report, report);
    assert.equal(json.evidence.url, report.url);
    assert.match(json.evidence.pages[0].textSha256, /^[0-9a-f]{64}$/);
    assert.match(json.evidence.screenshot.dataUrl, /^data:image\/jpeg;base64,/);
    assert.equal(json.reviewMarks.length, 1);

    const csvText = readFileSync(await exported('csv', '.csv'), 'utf8');
    assert.ok(csvText.startsWith('\uFEFF'), 'CSV has a byte order mark for Excel');
    const rows = parseCsv(csvText, { bom: true, columns: true }) as Record<string, string>[];
    const findingCount = report.results.reduce((sum, result) => sum + result.findings.length, 0);
    assert.equal(rows.length, findingCount + 1, 'a row per finding, and one for the rule that errored without findings');
    assert.ok(rows.some((row) => row['Rule id'] === 'decision-redaction' && row['Snippet (personal data masked)'] === '联系电话 138****5678'));
    assert.ok(rows.every((row) => /^([0-9a-f]{64})?$/.test(row['Page text SHA-256'] ?? '')));

    const sheets = await readXlsxFile(readFileSync(await exported('xlsx', '.xlsx')));
    assert.deepEqual(sheets.map((sheet) => sheet.sheet), ['Findings', 'Not checked', 'Evidence']);
    assert.equal(sheets[0]!.data.length, findingCount + 2);
    assert.ok(sheets[2]!.data.some((row) => row.includes(report.url)));

    const html = new JSDOM(readFileSync(await exported('html', '.html'), 'utf8')).window.document;
    assert.equal(html.documentElement.lang, 'zh-CN', 'the printable report is Chinese');
    assert.ok(html.querySelector('#rule-officer-credential-valid'));
    assert.match(html.querySelector('#zfgs-evidence')?.textContent ?? '', new RegExp(report.url.replace(/[.?]/g, '\\$&')));
    assert.match(html.querySelector('#zfgs-evidence img')?.getAttribute('src') ?? '', /^data:image\/jpeg;base64,/);

    const screenshot = readFileSync(await exported('screenshot', '.jpg'));
    assert.deepEqual([...screenshot.subarray(0, 2)], [0xff, 0xd8]);
  });

  it('switches to Chinese when the option says so', async () => {
    await setOptions(panel, { language: 'zh-CN' });
    await panel.waitForFunction((app) => document.querySelector(app)?.shadowRoot?.querySelector('h1')?.textContent === '执法公示检查', { polling: 100 }, APP);
    assert.equal(await panel.evaluate(() => document.documentElement.lang), 'zh-CN');
    await setOptions(panel, { language: 'auto' });
  });

  it('has no accessibility violations with a rule, its article text and a mark form open', async () => {
    await openRule(panel, 'officer-list');
    await clickInPanel(panel, '#rule-officer-list >>> zfgs-inspector-cite >>> button');
    await clickInPanel(panel, '#rule-officer-list >>> zfgs-inspector-finding >>> button.mark-button');
    assert.deepEqual(await runAxe(panel), []);
  });

  it('is usable from the keyboard: Tab reaches the rules and Enter opens one', async () => {
    await panel.reload();
    await openFromHistory(panel);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await panel.keyboard.press('Tab');
      reached = await panel.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element?.localName === 'summary';
      });
    }
    assert.ok(reached, 'no rule summary reached by Tab');
    await panel.keyboard.press('Enter');
    await panelElement(panel, 'zfgs-inspector-rule[open] >>> .body');
  });
});
