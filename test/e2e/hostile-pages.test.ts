// Hostile pages end with a report or an `error` result inside a time limit, never a hang; and the panel
// still audits the next page normally afterwards.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAxe } from './support/axe.ts';
import { errorCode, panelTexts, shownReport } from './support/inspector.ts';
import { auditPath, useInspectorAndServer } from './support/session.ts';
import { REDIRECT_LOOP } from './support/test-server.ts';

/** Far above what a healthy audit takes; reaching it means the inspector hung. */
const HANG_LIMIT_MS = 150_000;

describe('hostile pages', () => {
  const session = useInspectorAndServer();

  // A page that never loads (the endless redirect) still leaves a tab to click on.
  const audit = (path: string) => auditPath(session, path, { mayFail: path === REDIRECT_LOOP, timeout: HANG_LIMIT_MS });

  for (const [name, path] of [
    ['10 MB of text', '/pages/hostile/big-text.html'],
    ['90,000 nodes', '/pages/hostile/many-nodes.html'],
    ['a DOM 2,000 levels deep', '/pages/hostile/deep-dom.html'],
    ['broken HTML with invalid bytes', '/pages/hostile/broken.html'],
  ] as const) {
    it(`reports on ${name}`, async () => {
      const { tab: page, state, panel } = await audit(path);
      assert.equal(state, 'report', `ended with ${state} (${await errorCode(panel)})`);
      const report = await shownReport(panel);
      assert.equal(report.url, `${session.server.url}${path}`);
      assert.equal(report.results.length > 0, true);
      await page.close();
    });
  }

  it('says when the 10 MB page was read only in part', async () => {
    const { tab: page, panel } = await audit('/pages/hostile/big-text.html');
    const report = await shownReport(panel);
    const paragraphs = await page.evaluate(() => document.querySelectorAll('#text p').length);
    assert.equal(paragraphs, 20_000, 'the page built all its text');
    assert.equal(report.url, `${session.server.url}/pages/hostile/big-text.html`);
    assert.ok(report.notChecked.some((entry) => entry.id === 'extraction'), JSON.stringify(report.notChecked));
    await page.close();
  });

  for (const [name, path] of [
    ['a page that rewrites itself while audited', '/pages/hostile/rewrites-itself.html'],
    ['a page that reloads itself while audited', '/pages/hostile/reloads-itself.html'],
  ] as const) {
    it(`ends with a report or an error on ${name}`, async () => {
      const { tab: page, state, panel } = await audit(path);
      assert.ok(state === 'report' || state === 'error', state);
      if (state === 'error') assert.match((await errorCode(panel)) ?? '', /^(navigated|timeout|no-access)$/);
      await page.close();
    });
  }

  it('ends with an error on an endless redirect', async () => {
    const { tab: page, state, panel } = await audit(REDIRECT_LOOP);
    assert.equal(state, 'error', `ended with ${state} on ${page.url()}: ${JSON.stringify((await shownReport(panel).catch(() => undefined))?.url)}`);
    // Chromium words the refusal on its error page either way, depending on timing.
    assert.match((await errorCode(panel)) ?? '', /^(load-failed|no-access)$/, (await panelTexts(panel, '.audit-error')).join(' '));
    assert.deepEqual(await runAxe(panel), [], 'the error view has accessibility violations');
    await page.close();
  });

  it('still audits an ordinary page afterwards', async () => {
    const { tab: page, state } = await audit('/pages/hostile/index.html');
    assert.equal(state, 'report');
    await page.close();
  });
});
