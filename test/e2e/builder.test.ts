// The webmaster's builder (demo/builder/, built to dist/demo/builder.js) end to end in Chromium: a CSV import with
// problems per row and cell, an XLSX import (written here with write-excel-file) whose personal data blocks the
// export until masked, a clean export (embed code and JSON), and the work surviving a reload.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import writeXlsxFile from 'write-excel-file/node';
import { useBrowserAndServer } from './support/session.ts';

const files = mkdtempSync(join(tmpdir(), 'zfgs-builder-'));

const OFFICERS_CSV = [
  '江城市东湖区市场监督管理局行政执法人员名单,,,,',
  '姓名,执法证号,所在单位,有效期至,证件状态',
  '王建国,42990110001,江城市东湖区市场监督管理局,2027-12-31,有效',
  '李秀英,42990110002,江城市东湖区市场监督管理局,下个月,有效',
  ',42990110003,江城市东湖区市场监督管理局,2028-06-30,暂停',
].join('\n');

const OFFICERS_FIXED_CSV = OFFICERS_CSV.replace('下个月', '2027-06-30').replace(',42990110003', '张伟,42990110003');

const DECISION_HEADERS = ['行政处罚决定书文号', '案件名称', '当事人名称', '统一社会信用代码', '主要违法事实', '处罚依据', '处罚内容', '决定类别', '处罚机关', '处罚决定日期', '公示日期'];

async function writeDecisionsXlsx(path: string): Promise<void> {
  const row = (values: (string | Date)[]) => values.map((value) => (value instanceof Date ? { value, format: 'yyyy-mm-dd' } : { value }));
  await writeXlsxFile([
    row(DECISION_HEADERS),
    row(['东湖市监处罚〔2026〕第301号', '江城市博远超市有限公司经营过期食品案', '江城市博远超市有限公司', '91429901MA4DCTM353', '当事人销售超过保质期的饼干12袋。', '《中华人民共和国食品安全法》第一百二十四条', '罚款8000元', '行政处罚', '江城市东湖区市场监督管理局', new Date(Date.UTC(2026, 7, 17)), new Date(Date.UTC(2026, 7, 21))]),
    row(['东湖市监处罚〔2026〕第302号', '周建明销售过期食品案', '周建明', '', '当事人周建明（联系电话13857123468）销售超过保质期的饼干，消费者刘晓燕举报。', '《中华人民共和国食品安全法》第一百二十四条', '警告', '行政处罚', '江城市东湖区市场监督管理局', '2026-09-01', '2026年9月4日']),
  ]).toFile(path);
}

describe('the builder', () => {
  const session = useBrowserAndServer();
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    await session.browser.defaultBrowserContext().overridePermissions(session.server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    page = await session.browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${session.server.url}/builder/`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('builder-app') !== undefined && document.querySelector('#file') !== null);
  });

  async function upload(name: string, content?: string): Promise<void> {
    const path = join(files, name);
    if (content !== undefined) writeFileSync(path, content);
    const input = (await page.$('#file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await page.waitForFunction((file) => document.querySelector('.builder-status')?.textContent?.includes(file), {}, name);
  }

  const text = (selector: string) => page.$eval(selector, (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  const isDisabled = (selector: string) => page.$eval(selector, (element) => (element as HTMLButtonElement).disabled);

  it('imports a CSV with a title line, suggests the mapping, and pins each problem to its row and column', async () => {
    await page.select('#target', 'officers');
    await upload('officers.csv', OFFICERS_CSV);
    const mapping = await page.$$eval('#mapping select', (selects) => selects.map((select) => (select as HTMLSelectElement).value));
    assert.deepEqual(mapping, ['name', 'certificateNumber', 'unit', 'validUntil', 'status']);
    const problems = await page.$$eval('#problems tbody tr', (rows) => rows.map((row) => `${row.getAttribute('data-row')}:${row.getAttribute('data-column')}`));
    assert.deepEqual(problems.sort(), ['4:3', '5:0']);
    assert.match(await text('#problems'), /第 4 行.*有效期至.*不是日期/);
    assert.match(await text('#export-blocked'), /2 处校验问题/);
    assert.equal(await isDisabled('#copy'), true);
    assert.equal(await isDisabled('#download'), true);
  });

  it('shows the problems in English too', async () => {
    await page.click('.builder-header button');
    assert.match(await text('#problems'), /Row 4.*is not a date/);
    await page.click('.builder-header button');
  });

  it('exports a clean import: a live preview, the embed code on the clipboard, and the JSON download', async () => {
    await upload('officers-fixed.csv', OFFICERS_FIXED_CSV);
    assert.match(await text('#problems-summary'), /全部 3 行数据均符合规范/);
    assert.match(await text('#personal-summary'), /未发现/);
    await page.waitForFunction(() => {
      const preview = document.querySelector('#preview zfgs-officers');
      return preview?.shadowRoot?.textContent?.includes('王建国');
    });
    assert.equal(await isDisabled('#copy'), false);
    await page.click('#copy');
    await page.waitForFunction(() => document.querySelector('.builder-status')?.textContent?.includes('已复制'));
    const code = await page.$eval('#embed-code', (element) => (element as HTMLTextAreaElement).value);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    assert.match(code, /<script type="module" src="[^"]+\/dist\/widgets\/zfgs\.js"><\/script>/);
    assert.match(code, /<zfgs-officers src="officers-\d{4}-\d{2}-\d{2}\.json">/);

    const download = await page.evaluate(async () => {
      const captured: { name: string; href: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        captured.push({ name: this.download, href: this.href });
      };
      (document.querySelector('#download') as HTMLButtonElement).click();
      HTMLAnchorElement.prototype.click = click;
      const { name, href } = captured[0]!;
      return { name, json: await (await fetch(href)).text() };
    });
    assert.match(download.name, /^officers-\d{4}-\d{2}-\d{2}\.json$/);
    const section = JSON.parse(download.json) as { items: { name: string; status: string; validUntil: string }[] };
    assert.deepEqual(section.items.map((officer) => officer.name), ['王建国', '李秀英', '张伟']);
    assert.equal(section.items[2]!.status, 'suspended');

    await page.click('input[name="mode"][value="inline"]');
    const inline = await page.$eval('#embed-code', (element) => (element as HTMLTextAreaElement).value);
    assert.match(inline, /<zfgs-officers>\n {2}<p>.*<\/p>\n {2}<script type="application\/json">\{"updated":/);
  });

  it('imports an XLSX of decisions and blocks the export while personal data is unmasked, then masks it on review', async () => {
    await page.select('#target', 'decisions');
    const path = join(files, 'decisions.xlsx');
    await writeDecisionsXlsx(path);
    await upload('decisions.xlsx');
    assert.match(await text('#problems-summary'), /全部 2 行数据均符合规范/);
    const findings = await page.$$eval('#findings tbody tr', (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim())));
    assert.ok(findings.length >= 2, JSON.stringify(findings));
    assert.ok(findings.some(([, , before, after]) => before!.includes('13857123468') && after!.includes('138****3468')), JSON.stringify(findings));
    assert.match(await text('#export-blocked'), /未隐去的个人信息/);
    assert.equal(await isDisabled('#download'), true);
    assert.equal(await page.$('#preview zfgs-decisions'), null);

    await page.click('#findings .mask-one');
    const remaining = await page.$$eval('#findings tbody tr', (rows) => rows.length);
    assert.equal(remaining, findings.length - 1);
    await page.click('#mask-all');
    assert.match(await text('#personal-summary'), /未发现/);
    assert.equal(await isDisabled('#download'), false);
    const code = await page.$eval('#embed-code', (element) => (element as HTMLTextAreaElement).value);
    assert.ok(!code.includes('13857123468') && !code.includes('刘晓燕'));
    await page.waitForFunction(() => document.querySelector('#preview zfgs-decisions')?.shadowRoot?.textContent?.includes('周建明'));
  });

  it('keeps the work in progress across a reload', async () => {
    const before = await page.$eval('#embed-code', (element) => (element as HTMLTextAreaElement).value);
    await page.waitForFunction(() => true);
    await new Promise((resolve) => setTimeout(resolve, 600)); // the draft is saved 300 ms after the last change
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#restored') !== null && document.querySelector('#embed-code') !== null);
    assert.match(await text('#restored'), /decisions\.xlsx/);
    assert.equal(await page.$eval('#target', (element) => (element as HTMLSelectElement).value), 'decisions');
    assert.equal(await page.$eval('#embed-code', (element) => (element as HTMLTextAreaElement).value), before);
    assert.deepEqual(errors, []);
  });
});
