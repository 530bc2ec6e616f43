// The options page (profile, language, crawl limits, retention, clearing the history) and what happens when the
// history cannot be stored: the panel says so instead of losing the audit silently.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { runAxe } from './support/axe.ts';
import { fixtureReport, seedHistory } from './support/history-seed.ts';
import { clickInPanel, extensionPage, launchInspector, panelElement, type Inspector } from './support/inspector.ts';
import { auditPath, useInspectorAndServer } from './support/session.ts';

const OPTIONS = 'zfgs-inspector-options';

async function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

async function optionsText(page: Page, selector: string): Promise<string> {
  return page.$eval(`${OPTIONS} >>> ${selector}`, (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('options page', () => {
  let inspector: Inspector;
  let options: Page;

  before(async () => {
    inspector = await launchInspector();
    options = await extensionPage(inspector, 'options/index.html');
    await options.waitForSelector(`${OPTIONS} >>> form`);
  });
  after(async () => inspector?.browser.close());

  it('has no accessibility violations', async () => {
    assert.deepEqual(await runAxe(options), []);
  });

  it('refuses a number out of bounds, naming the field in Chinese and English, and saves nothing', async () => {
    const field = await options.waitForSelector(`${OPTIONS} >>> #maxPages`);
    await field!.click({ count: 3 });
    await field!.type('0');
    await (await options.$(`${OPTIONS} >>> button[type="submit"]`))!.click();
    await options.waitForSelector(`${OPTIONS} >>> #maxPages-error`);
    const error = await optionsText(options, '#maxPages-error');
    assert.match(error, /“最多页面数”必须是 1 到 500 之间的整数/);
    assert.match(error, /“Most pages” must be a whole number from 1 to 500/);
    assert.equal(await options.$eval(`${OPTIONS} >>> #maxPages`, (input) => input.getAttribute('aria-invalid')), 'true');
    assert.equal(await options.evaluate(() => {
      let element: Element | null = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.id;
    }), 'maxPages', 'focus goes to the field in error');
    assert.deepEqual(await storedSettings(options), {});
    assert.deepEqual(await runAxe(options), []);
  });

  it('saves valid settings, which the extension then uses', async () => {
    const field = await options.$(`${OPTIONS} >>> #maxPages`);
    await field!.click({ count: 3 });
    await field!.type('25');
    await (await options.$(`${OPTIONS} >>> #profile`))!.select('qp');
    await (await options.$(`${OPTIONS} >>> #language`))!.select('zh-CN');
    await (await options.$(`${OPTIONS} >>> input[name="scope"][value="origin"]`))!.click();
    await (await options.$(`${OPTIONS} >>> button[type="submit"]`))!.click();
    await options.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.status')?.textContent?.includes('已保存'), { polling: 100 }, OPTIONS);
    const saved = await storedSettings(options);
    assert.equal(saved.profile, 'qp');
    assert.equal(saved.language, 'zh-CN');
    assert.deepEqual({ maxPages: (saved.crawl as Record<string, unknown>).maxPages, scope: (saved.crawl as Record<string, unknown>).scope }, { maxPages: 25, scope: 'origin' });
    assert.equal(await options.evaluate(() => document.documentElement.lang), 'zh-CN');
  });

  it('applies the retention limit when the options are saved', async () => {
    const panel = await extensionPage(inspector, 'sidepanel/index.html');
    await clickInPanel(panel, '.history-tab');
    await panelElement(panel, 'zfgs-inspector-history');
    for (let i = 0; i < 3; i += 1) await seedHistory(panel, fixtureReport());
    await panel.close();
    await options.bringToFront();
    await options.reload();
    await options.waitForFunction((host) => /已保存 3 次检查/.test(document.querySelector(host)?.shadowRoot?.querySelector('.usage')?.textContent ?? ''), { polling: 100 }, OPTIONS);
    const field = await options.$(`${OPTIONS} >>> #maxAudits`);
    await field!.click({ count: 3 });
    await field!.type('1');
    await (await options.$(`${OPTIONS} >>> button[type="submit"]`))!.click();
    await options.waitForFunction((host) => /删除了 2 条旧记录/.test(document.querySelector(host)?.shadowRoot?.querySelector('.status')?.textContent ?? ''), { polling: 100 }, OPTIONS);
    await options.waitForFunction((host) => /已保存 1 次检查/.test(document.querySelector(host)?.shadowRoot?.querySelector('.usage')?.textContent ?? ''), { polling: 100 }, OPTIONS);
  });

  it('clears the history after a confirmation', async () => {
    await (await options.$(`${OPTIONS} >>> button.clear`))!.click();
    await (await options.waitForSelector(`${OPTIONS} >>> button.confirm-clear`))!.click();
    await options.waitForFunction((host) => /已保存 0 次检查/.test(document.querySelector(host)?.shadowRoot?.querySelector('.usage')?.textContent ?? ''), { polling: 100 }, OPTIONS);
  });
});

describe('history that cannot be stored', () => {
  const session = useInspectorAndServer();

  it('still shows the report, and says that it was not saved and why', async () => {
    // A database from a "newer version" of the extension: opening it at our version fails (VersionError).
    const page = await extensionPage(session.inspector, 'sidepanel/index.html');
    await page.evaluate(`new Promise((resolve, reject) => {
      indexedDB.deleteDatabase('zfgs-inspector').onsuccess = () => {
        const request = indexedDB.open('zfgs-inspector', 99);
        request.onsuccess = () => { request.result.close(); resolve(); };
        request.onerror = () => reject(request.error);
      };
    })`);
    await page.close();
    const { panel, state, report } = await auditPath(session, '/pages/site/renyuan.html');
    assert.equal(state, 'report');
    assert.ok(report!.results.length > 0);
    const alert = await panelElement(panel, '.storage-problem');
    const text = await alert.evaluate((element) => element.textContent ?? '');
    assert.match(text, /the audit was not saved|Saving or reading the history failed/);
    assert.match(text, /VersionError/);
    assert.equal(await alert.evaluate((element) => element.getAttribute('role')), 'alert');
  });
});
