// The widget gallery as a visitor meets it: built widgets (dist/widgets/zfgs.js) and gallery script, served by the
// demo server, in Chromium. Every named example of every widget renders in both languages with no error box and
// no console error; the display switches reach every widget.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useBrowserAndServer } from './support/session.ts';
import { WIDGET_EXAMPLES } from '../../widgets/examples.ts';

interface WidgetState {
  tag: string;
  lang: string | null;
  heading: string;
  alert: string | null;
  largeText: boolean;
  contrast: string | null;
}

/** Waits for every zfgs- widget on the page to settle, then reads what each shows. */
function widgetStates(page: Page): Promise<WidgetState[]> {
  return page.evaluate(async () => {
    const widgets = [...document.querySelectorAll<HTMLElement & { settled: Promise<void> }>('#gallery *')].filter((node) => node.localName.startsWith('zfgs-'));
    await Promise.all(widgets.map((node) => node.settled));
    return widgets.map((node) => ({
      tag: node.localName,
      lang: node.getAttribute('lang'),
      heading: node.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '',
      alert: node.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
      largeText: node.hasAttribute('large-text'),
      contrast: node.getAttribute('contrast'),
    }));
  });
}

describe('widget gallery', () => {
  const session = useBrowserAndServer();
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    page = await session.browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const response = await page.goto(`${session.server.url}/gallery/`, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
  });

  it('renders every named example of every widget in Chinese and in English, none in an error state', async () => {
    const states = await widgetStates(page);
    const expected = WIDGET_EXAMPLES.reduce((sum, registry) => sum + registry.examples.length * 2, 0);
    assert.equal(states.length, expected);
    for (const registry of WIDGET_EXAMPLES) {
      for (const example of registry.examples) {
        assert.ok(await page.$(`[id="${registry.tag}--${example.name}"]`), `${registry.tag} ${example.name} is in the gallery`);
      }
    }
    assert.deepEqual(states.filter((state) => state.alert !== null), []);
    assert.deepEqual(states.filter((state) => state.heading === ''), []);
    assert.deepEqual([...new Set(states.map((state) => state.lang))].sort(), ['en', 'zh-CN']);
  });

  it('loads with no console errors and no failed requests', async () => {
    await widgetStates(page);
    assert.deepEqual(problems, []);
  });

  it('switches every widget to large text and high contrast', async () => {
    await page.click('#large-text');
    await page.click('#high-contrast');
    const states = await widgetStates(page);
    assert.ok(states.every((state) => state.largeText && state.contrast === 'high'));
    await page.click('#large-text');
    assert.ok((await widgetStates(page)).every((state) => !state.largeText));
  });
});
