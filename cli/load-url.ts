// URLs → Snapshots, rendered in headless Chromium (puppeteer-core) so scripts, widgets and shadow roots are
// as a visitor sees them; the extraction runs inside the page (cli/dist/page-extractor.js).
import { readFile } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import type { Snapshot } from '../shared/extract/snapshot.ts';
import { InputError } from './input-error.ts';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const PAGE_TIMEOUT_MS = 60_000;

async function extractorScript(): Promise<string> {
  const url = new URL('./page-extractor.js', import.meta.url);
  try {
    return await readFile(url, 'utf8');
  } catch {
    throw new InputError(`缺少 ${url.pathname}，请先运行 npm run prepare / ${url.pathname} is missing: run npm run prepare first`);
  }
}

export async function snapshotsOfUrls(urls: readonly string[]): Promise<Snapshot[]> {
  const executablePath = findChrome();
  if (!executablePath) throw new InputError('找不到 Chromium，请设置 CHROME_PATH / No Chromium found: set CHROME_PATH (apt-get install chromium)');
  const script = await extractorScript();
  const { default: puppeteer } = await import('puppeteer-core');
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: CHROME_ARGS });
    const snapshots: Snapshot[] = [];
    for (const url of urls) {
      const page = await browser.newPage();
      try {
        const response = await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS }).catch((error: unknown) => {
          throw new InputError(`无法打开 ${url} / cannot open ${url}: ${error instanceof Error ? error.message : String(error)}`);
        });
        if (response && response.status() >= 400) throw new InputError(`无法打开 ${url}：HTTP ${response.status()} / cannot open ${url}: HTTP ${response.status()}`);
        await page.evaluate(script);
        // zfgs- widgets load their data (src), validate, render and write their islands: read the page after that.
        const isSettled = await page.evaluate(() => (globalThis as unknown as { __zfgsWidgetsSettled(document: Document): Promise<boolean> }).__zfgsWidgetsSettled(document));
        const snapshot = await page.evaluate(() => (globalThis as unknown as { __zfgsExtractSnapshot(document: Document): Snapshot }).__zfgsExtractSnapshot(document));
        if (!isSettled) snapshot.limits.notes.push('zfgs- 组件未在时限内完成渲染，按当时的页面检查 zfgs- widgets had not settled in time: the page was read as it was');
        snapshots.push(snapshot);
      } finally {
        await page.close();
      }
    }
    return snapshots;
  } finally {
    await browser?.close();
  }
}
