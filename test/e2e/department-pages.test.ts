// Each department page (demo/pages) in Chromium with the built bundle, as a CMS serves it: every widget renders,
// nothing on the console, except the one error the leaking page is meant to produce.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useBrowserAndServer } from './support/session.ts';
import { PAGES, REFERENCE_DATE } from '../../demo/pages/generate.ts';
import { SETTLE_ALL, auditPage } from './support/audit-in-page.ts';

interface Visit {
  page: Page;
  errors: string[];
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(SETTLE_ALL);
}

describe('department pages', () => {
  const session = useBrowserAndServer();

  async function visit(file: string): Promise<Visit> {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const response = await page.goto(`${session.server.url}/pages/${file}`, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, file);
    const hasWidgets = await page.evaluate(() => document.querySelector('script[src="/dist/widgets/zfgs.js"]') !== null);
    if (hasWidgets) {
      await page.waitForFunction(() => customElements.get('zfgs-decisions') !== undefined);
      await settle(page);
    }
    return { page, errors };
  }

  it('lists every page on the index', async () => {
    const { page, errors } = await visit('index.html');
    const links = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    for (const each of PAGES) assert.ok(links.includes(`./${each.file}`), each.file);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const each of PAGES) {
    it(`${each.file}: every widget renders, ${each.file === 'leaking-decision.html' ? 'one console error naming the leaking fields' : 'no console error'}`, async () => {
      const { page, errors } = await visit(each.file);
      const states = await page.$$eval('main > *', (elements) =>
        elements.filter((element) => element.localName.startsWith('zfgs-')).map((element) => element.querySelector('script[data-zfgs-kind]')?.getAttribute('data-zfgs-status') ?? 'no island'),
      );
      assert.ok(states.length > 0, 'the page has a widget');
      assert.deepEqual(states, states.map(() => 'rendered'));
      const alerts = await page.evaluate(() => [...document.querySelectorAll('main > *')].flatMap((element) => [...(element.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map((alert) => alert.textContent)));
      assert.deepEqual(alerts, []);
      if (each.file === 'leaking-decision.html') {
        assert.equal(errors.length, 1, errors.join('\n'));
        assert.match(errors[0]!, /facts/);
        assert.match(errors[0]!, /fullText/);
        for (const value of ['420106198503124418', '13907125566', '赵丽萍']) assert.ok(!errors[0]!.includes(value), 'the console never shows the value');
        const shown = await page.$eval('zfgs-decision', (element) => element.shadowRoot!.textContent ?? '');
        for (const value of ['420106198503124418', '13907125566', '赵丽萍']) assert.ok(!shown.includes(value), `${value} is masked on screen`);
      } else {
        assert.deepEqual(errors, []);
      }
      await page.close();
    });
  }

  it('procedures.html: without JavaScript every flowchart is still there as an ordered list of its steps', async () => {
    const page = await session.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${session.server.url}/pages/procedures.html`, { waitUntil: 'load' });
    const lists = await page.$$eval('zfgs-flowchart', (elements) => elements.map((element) => ({ items: element.querySelectorAll('ol > li').length, visible: (element as HTMLElement).innerText })));
    assert.equal(lists.length, 5);
    for (const list of lists) assert.ok(list.items >= 5 && list.visible.includes('下一步'), JSON.stringify(list).slice(0, 200));
    await page.close();
  });

  it('compliant.html: the table of contents moves focus to the block chosen', async () => {
    const { page } = await visit('compliant.html');
    const focused = await page.evaluate(async () => {
      const column = document.querySelector('zfgs-disclosure')!;
      const link = [...column.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="contents"] a')].find((anchor) => anchor.getAttribute('href') === '#zfgs-decisions')!;
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { id: column.shadowRoot!.activeElement?.id, hash: location.hash };
    });
    assert.deepEqual(focused, { id: 'zfgs-decisions', hash: '#zfgs-decisions' });
    await page.close();
  });

  /**
   * What the auditor reports for each page, judged as the agency's whole column (site mode: what is not there is
   * missing) on the sample's reference date: the failures each page exists for; on the compliant column, every
   * required item found.
   */
  const REQUIRED_ON_THE_COLUMN = [
    'agency-identity', 'officer-list', 'officer-credential-valid', 'duties-authority', 'legal-basis', 'discretion-benchmark',
    'procedure-flowchart', 'service-guide', 'power-responsibility-list', 'random-inspection-list', 'remedy', 'complaint-channel',
    'decision-summary-fields', 'decision-timeliness', 'decision-redaction', 'annual-statistics', 'random-inspection-results',
  ];
  const EXPECTED_FAILURES: Record<string, string[]> = {
    'compliant.html': [],
    'missing-items.html': ['procedure-flowchart', 'remedy', 'complaint-channel', 'legal-basis', 'power-responsibility-list'],
    'leaking-decision.html': ['decision-redaction'],
    'late-publication.html': ['decision-timeliness'],
    'expired-officer.html': ['officer-credential-valid'],
  };

  it('procedures.html: the auditor finds the flowcharts, the legal-review one included (Hangzhou profile)', async () => {
    const { page } = await visit('procedures.html');
    const report = await auditPage(page, { now: REFERENCE_DATE, profile: 'hz' });
    for (const id of ['procedure-flowchart', 'legal-review-flowchart']) {
      assert.equal(report.results.find((result) => result.id === id)?.outcome, 'pass', id);
    }
    await page.close();
  });

  for (const [file, expected] of Object.entries(EXPECTED_FAILURES)) {
    it(`${file}: the auditor ${expected.length === 0 ? 'finds every required item and no failure' : `fails ${expected.join(', ')}`}`, async () => {
      const { page } = await visit(file);
      const report = await auditPage(page, { now: REFERENCE_DATE, site: true });
      const failed = report.results.filter((result) => result.outcome === 'fail').map((result) => result.id);
      if (expected.length === 0) {
        assert.deepEqual(failed, [], JSON.stringify(report.results.filter((result) => result.outcome === 'fail').map((result) => [result.id, result.findings.slice(0, 2)]), null, 1));
        for (const id of REQUIRED_ON_THE_COLUMN) {
          const result = report.results.find((each) => each.id === id)!;
          assert.ok(result.findings.some((finding) => finding.status === 'pass'), `${id} found: ${result.outcome} ${JSON.stringify(result.findings.slice(0, 2))}`);
        }
      } else {
        for (const id of expected) assert.ok(failed.includes(id), `${id} should fail; failed: ${failed.join(', ')}`);
      }
      await page.close();
    });
  }
});
