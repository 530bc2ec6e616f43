// One Chromium with the extension and one test server per describe block, and the inspector's basic act:
// open a URL in a new tab, click the toolbar, wait for the report or the error.
import { after, before } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { AuditReport } from '../../../shared/engine/report.ts';
import { launchChromium } from './chromium.ts';
import { clickToolbar, launchInspector, openTab, shownReport, waitForResult, type Inspector, type PanelState } from './inspector.ts';
import { startTestServer, type TestServer } from './test-server.ts';

export interface Session {
  inspector: Inspector;
  server: TestServer;
}

/** Starts both before the block's tests and stops both after them; the fields are set once `before` ran. */
export function useInspectorAndServer(): Session {
  const session = {} as Session;
  before(async () => {
    session.server = await startTestServer();
    session.inspector = await launchInspector();
  });
  after(async () => {
    await session.inspector?.browser.close();
    await session.server?.close();
  });
  return session;
}

export interface Audited {
  tab: Page;
  panel: Page;
  state: PanelState;
  /** The report shown, when the audit ended with one. */
  report?: AuditReport;
}

export interface BrowserSession {
  browser: Browser;
  server: TestServer;
}

/** Chromium without the extension and the test server, for pages tested as a visitor sees them; like useInspectorAndServer. */
export function useBrowserAndServer(): BrowserSession {
  const session = {} as BrowserSession;
  before(async () => {
    session.server = await startTestServer();
    session.browser = (await launchChromium()).browser;
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

export interface AuditOptions {
  /** The page may fail to load (an endless redirect): its tab is audited anyway. */
  mayFail?: boolean;
  /** Wait for the network to be quiet first (widgets fetch their JSON after load). */
  waitForIdle?: boolean;
  timeout?: number;
}

export async function auditPath({ inspector, server }: Session, path: string, options: AuditOptions = {}): Promise<Audited> {
  const tab = await openTab(inspector.browser, `${server.url}${path}`, { mayFail: options.mayFail });
  if (options.waitForIdle) await tab.waitForNetworkIdle({ idleTime: 200 });
  const since = inspector.panel ? (await shownReport(inspector.panel).catch(() => undefined))?.timestamp : undefined;
  const panel = await clickToolbar(inspector, tab);
  const state = await waitForResult(panel, options.timeout ?? 60_000, since);
  return { tab, panel, state, report: state === 'report' ? await shownReport(panel) : undefined };
}
