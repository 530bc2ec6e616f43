// An inspector clicks as soon as a widget page has loaded, while a widget still fetches its data (`src`): the
// extension waits for the page's zfgs- widgets to settle before reading the tab, so the audit judges the
// widget's island, not the fallback link shown until the data arrives — also when an earlier audit of the same
// page found no widget (the audit then goes out with the check for widgets, and must not stand once one appears).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { clickToolbar, launchInspector, openTab, shownReport, waitForResult, type Inspector } from './support/inspector.ts';

const DATA_DELAY_MS = 1500;

describe('auditing a widget page whose data comes late', () => {
  let server: { url: string; close: () => Promise<void> };
  let inspector: Inspector;
  before(async () => {
    const remedy = JSON.stringify(JSON.parse(readFileSync('demo/pages/data/compliant-disclosure.json', 'utf8')).remedy);
    server = await startStaticServer({
      routes: {
        '/late/remedy.json': (_request, response) => {
          setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(remedy), DATA_DELAY_MS);
        },
        '/late/plain.html': (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>救济途径</title></head><body><main><h1>救济途径</h1></main></body></html>');
        },
        '/late/remedy.html': (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(
            '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>江城市东湖区市场监督管理局 救济途径</title>' +
              '<script type="module" src="/dist/widgets/zfgs.js"></script></head><body><main><h1>救济途径</h1>' +
              '<zfgs-remedy src="/late/remedy.json"><p><a href="/late/remedy.json">救济途径（数据）</a></p></zfgs-remedy></main></body></html>',
          );
        },
      },
    });
    inspector = await launchInspector();
  });
  after(async () => {
    await inspector?.browser.close();
    await server?.close();
  });

  it('waits for the widgets to settle, then judges the data they wrote into the page', async () => {
    const tab = await openTab(inspector.browser, `${server.url}/late/remedy.html`);
    const isStillLoading = await tab.evaluate(() => !document.querySelector('zfgs-remedy script[type="application/json"]'));
    assert.ok(isStillLoading, 'the click must come before the data: otherwise this test proves nothing');
    const panel = await clickToolbar(inspector, tab);
    assert.equal(await waitForResult(panel), 'report');
    const remedy = (await shownReport(panel)).results.find((result) => result.id === 'remedy');
    assert.equal(remedy?.outcome, 'pass', JSON.stringify(remedy?.findings));
    assert.ok(remedy.findings.some((finding) => finding.reason === 'island'), JSON.stringify(remedy.findings));
    await tab.close();
  });

  it('waits for widgets a page defined after an audit that found none', async () => {
    const tab = await openTab(inspector.browser, `${server.url}/late/plain.html`);
    let panel = await clickToolbar(inspector, tab);
    const since = (await shownReport(panel).catch(() => undefined))?.timestamp;
    assert.equal(await waitForResult(panel, 60_000, since), 'report');
    const before = await shownReport(panel);
    assert.notEqual(before.results.find((result) => result.id === 'remedy')?.outcome, 'pass', 'no remedy on the plain page');

    await tab.evaluate(async () => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<zfgs-remedy src="/late/remedy.json"><p><a href="/late/remedy.json">救济途径（数据）</a></p></zfgs-remedy>');
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/widgets/zfgs.js';
      document.head.append(script);
      await customElements.whenDefined('zfgs-remedy');
    });
    const isStillLoading = await tab.evaluate(() => !document.querySelector('zfgs-remedy script[type="application/json"]'));
    assert.ok(isStillLoading, 'the click must come before the data: otherwise this test proves nothing');
    panel = await clickToolbar(inspector, tab);
    assert.equal(await waitForResult(panel, 60_000, before.timestamp), 'report');
    const remedy = (await shownReport(panel)).results.find((result) => result.id === 'remedy');
    assert.equal(remedy?.outcome, 'pass', JSON.stringify(remedy?.findings));
    assert.ok(remedy.findings.some((finding) => finding.reason === 'island'), JSON.stringify(remedy.findings));
    await tab.close();
  });
});
