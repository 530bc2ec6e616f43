// Drives the built extension in headless Chromium the way an inspector does. Headless Chromium has no toolbar
// to click: puppeteer-core 24's Page.triggerExtensionAction (CDP Extensions.triggerAction, needs
// --enable-unsafe-extension-debugging, which enableExtensions sets) runs the action exactly as a click does:
// action.onClicked fires with the tab, activeTab is granted, the side panel opens. What it cannot cover is
// the pixel on the toolbar itself and the permission prompt's dialog (see grantSiteAccess).
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { AuditReport } from '../../../shared/engine/report.ts';
import { launchChromium, type LaunchedBrowser, type LaunchOptions } from './chromium.ts';

export interface Inspector extends LaunchedBrowser {
  extensionId: string;
  /** The side panel page (opened by the first toolbar click). */
  panel?: Page;
}

export const APP = 'zfgs-inspector-app';

export async function launchInspector(options: Omit<LaunchOptions, 'withExtension'> = {}): Promise<Inspector> {
  const launched = await launchChromium({ ...options, withExtension: true });
  if (!launched.extensionId) throw new Error('the extension did not install');
  return { ...launched, extensionId: launched.extensionId };
}

/** A new tab showing `url`; with `mayFail`, a page that cannot load (an endless redirect) still gives its tab. */
export async function openTab(browser: Browser, url: string, { mayFail = false } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    if (!mayFail) throw error;
  }
  await page.bringToFront();
  return page;
}

/**
 * The toolbar click on `page`: triggers the extension's action for that tab, returns the side panel.
 * `onClick` runs just before the click itself, after the harness's own preparation.
 */
export async function clickToolbar(inspector: Inspector, page: Page, onClick?: () => void): Promise<Page> {
  const extension = (await inspector.browser.extensions()).get(inspector.extensionId);
  if (!extension) throw new Error('extension not found');
  // An error still shown from the previous audit must not be taken for this one's (see waitForResult).
  await inspector.panel?.evaluate((app) => document.querySelector(app)?.shadowRoot?.querySelector('.audit-error')?.setAttribute('data-stale', ''), APP);
  await page.bringToFront();
  onClick?.();
  await page.triggerExtensionAction(extension);
  inspector.panel ??= await sidePanel(inspector);
  return inspector.panel;
}

export async function sidePanel(inspector: Inspector): Promise<Page> {
  // Generous: opening the first side panel can take seconds on a loaded machine.
  const target = await inspector.browser.waitForTarget((candidate) => candidate.url() === `chrome-extension://${inspector.extensionId}/sidepanel/index.html`, { timeout: 60_000 });
  const page = await target.asPage();
  return page;
}

export type PanelState = 'report' | 'error' | 'working' | 'idle';

/**
 * Waits until the panel shows a report (newer than the one with timestamp `since`) or an error, at most
 * `timeout` ms, checking every `pollMs`.
 */
export async function waitForResult(panel: Page, timeout = 60_000, since?: string, pollMs = 100): Promise<PanelState> {
  await panel.waitForFunction(
    (app, previous) => {
      const root = document.querySelector(app)?.shadowRoot;
      if (!root || root.querySelector('.working')) return false;
      const report = root.querySelector('zfgs-inspector-report') as (Element & { report?: { timestamp: string } }) | null;
      if (root.querySelector('.audit-error:not([data-stale])')) return true;
      return Boolean(report?.report && report.report.timestamp !== previous);
    },
    { timeout, polling: pollMs },
    APP,
    since ?? null,
  );
  return panelState(panel);
}

export async function panelState(panel: Page): Promise<PanelState> {
  return panel.evaluate((app) => {
    const root = document.querySelector(app)?.shadowRoot;
    if (!root) return 'idle';
    if (root.querySelector('.working')) return 'working';
    if (root.querySelector('.audit-error:not([data-stale])')) return 'error';
    if (root.querySelector('zfgs-inspector-report')) return 'report';
    return 'idle';
  }, APP);
}

/** The AuditReport the panel renders (the report element's own property). */
export async function shownReport(panel: Page): Promise<AuditReport> {
  const report = await panel.evaluate((app) => {
    const element = document.querySelector(app)?.shadowRoot?.querySelector('zfgs-inspector-report') as (Element & { report?: unknown }) | null;
    return element?.report ?? null;
  }, APP);
  if (!report) throw new Error('the panel shows no report');
  return report as AuditReport;
}

export async function errorCode(panel: Page): Promise<string | null> {
  return panel.evaluate((app) => document.querySelector(app)?.shadowRoot?.querySelector('.audit-error:not([data-stale])')?.getAttribute('data-code') ?? null, APP);
}

/**
 * An element anywhere in the panel, through shadow roots (puppeteer's >>> combinator). Polled: puppeteer's
 * waitForSelector watches the document for mutations and never sees those inside shadow roots.
 */
export async function panelElement(panel: Page, selector: string, timeout = 30_000): Promise<ElementHandle> {
  const started = Date.now();
  for (;;) {
    const handle = await panel.$(`${APP} >>> ${selector}`);
    if (handle) return handle;
    if (Date.now() - started > timeout) throw new Error(`no ${selector} in the panel after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function clickInPanel(panel: Page, selector: string): Promise<void> {
  const handle = await panelElement(panel, selector);
  await handle.click();
}

/** The text of every element matching `selector` in the panel, through shadow roots. */
export async function panelTexts(panel: Page, selector: string): Promise<string[]> {
  const handles = await panel.$$(`${APP} >>> ${selector}`);
  return Promise.all(handles.map((handle) => handle.evaluate((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')));
}

/**
 * Grants the extension access to `origin` the way a user does on chrome://extensions ("site access"), so
 * that chrome.permissions.request() in the panel resolves without its dialog — headless Chromium cannot show
 * or accept that dialog. The request itself still runs, from the panel's click.
 */
export async function grantSiteAccess(inspector: Inspector, origin: string): Promise<void> {
  const settings = await inspector.browser.newPage();
  try {
    await settings.goto(`chrome://extensions/?id=${inspector.extensionId}`);
    const outcome = await settings.evaluate(
      async (id, pattern) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission: (id: string, host: string) => Promise<void> } } }).chrome.developerPrivate;
        try {
          await api.addHostPermission(id, pattern);
          return 'ok';
        } catch (error) {
          return String(error);
        }
      },
      inspector.extensionId,
      `${origin}/*`,
    );
    if (outcome !== 'ok') throw new Error(`could not grant ${origin}: ${outcome}`);
  } finally {
    await settings.close();
  }
}

/** Sets the extension's options as the options page would (chrome.storage.local), from the panel. */
export async function setOptions(panel: Page, settings: Record<string, unknown>): Promise<void> {
  await panel.evaluate(async (value) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...value } });
  }, settings);
}

/** Opens an extension page (options, or the side panel's page in a tab) by path. */
export async function extensionPage(inspector: Inspector, path: string): Promise<Page> {
  const page = await inspector.browser.newPage();
  await page.goto(`chrome-extension://${inspector.extensionId}/${path}`);
  return page;
}
