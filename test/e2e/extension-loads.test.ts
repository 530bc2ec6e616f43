import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium, type LaunchedBrowser } from './support/chromium.ts';

describe('built extension', () => {
  let launched: LaunchedBrowser;
  before(async () => { launched = await launchChromium({ withExtension: true }); });
  after(async () => { await launched?.browser.close(); });

  it('installs in Chromium and gets an id', () => {
    assert.match(launched.extensionId ?? '', /^[a-p]{32}$/);
  });

  it('opens its side panel page with no errors, in the browser language', async () => {
    const page = await launched.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`chrome-extension://${launched.extensionId}/sidepanel/index.html`);
    await page.waitForSelector('h1');
    // Debian's chromium ships only the en-US UI locale, so chrome.i18n answers in English here.
    assert.equal(await page.$eval('h1', (element) => element.textContent), 'zfgs inspector');
    assert.deepEqual(errors, []);
  });

  it('has the same message keys in zh_CN and en', () => {
    const keys = (locale: string) =>
      Object.keys(JSON.parse(readFileSync(`extension/_locales/${locale}/messages.json`, 'utf8'))).sort();
    assert.deepEqual(keys('zh_CN'), keys('en'));
  });

  it('has a service worker running background.ts', async () => {
    const worker = await launched.browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${launched.extensionId}/`),
    );
    assert.ok(worker);
  });
});
