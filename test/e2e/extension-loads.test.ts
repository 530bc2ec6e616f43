import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runAxe } from './support/axe.ts';
import { launchChromium, type LaunchedBrowser } from './support/chromium.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

describe('built extension', () => {
  let launched: LaunchedBrowser;
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    launched = await launchChromium({ withExtension: true });
  });
  after(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  it('installs in Chromium and gets an id', () => {
    assert.match(launched.extensionId ?? '', /^[a-p]{32}$/);
  });

  it('asks for exactly activeTab, scripting, storage and sidePanel, site hosts only as optional, and no content script', () => {
    const manifest = JSON.parse(readFileSync('dist/extension/manifest.json', 'utf8'));
    assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'storage', 'sidePanel']);
    assert.equal(manifest.host_permissions, undefined);
    assert.deepEqual(manifest.optional_host_permissions, ['http://*/*', 'https://*/*']);
    assert.equal(manifest.content_scripts, undefined);
    assert.equal(manifest.web_accessible_resources, undefined, 'no file of the extension is exposed to web pages');
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'");
  });

  it('opens its side panel page with no errors, in the browser language', async () => {
    const page = await launched.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`chrome-extension://${launched.extensionId}/sidepanel/index.html`);
    const heading = await page.waitForSelector('zfgs-inspector-app >>> h1');
    // Debian's chromium ships only the en-US UI locale, so the UI language follows it: English here.
    assert.equal(await heading!.evaluate((element) => element.textContent), 'zfgs inspector');
    assert.deepEqual(errors, []);
    assert.deepEqual(await runAxe(page), [], 'the first view has accessibility violations');
  });

  it('has the same message keys in zh_CN and en', () => {
    const keys = (locale: string) =>
      Object.keys(JSON.parse(readFileSync(`extension/_locales/${locale}/messages.json`, 'utf8'))).sort();
    assert.deepEqual(keys('zh_CN'), keys('en'));
  });

  it('runs background.ts as its service worker when the toolbar action fires', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.url}/pages/hostile/index.html`);
    const extension = (await launched.browser.extensions()).get(launched.extensionId!);
    await page.triggerExtensionAction(extension!);
    const worker = await launched.browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${launched.extensionId}/`),
    );
    assert.ok(worker);
    const panel = await launched.browser.waitForTarget((target) => target.url() === `chrome-extension://${launched.extensionId}/sidepanel/index.html`);
    assert.ok(panel, 'the click opened the side panel');
  });
});
