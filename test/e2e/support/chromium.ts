// Launches headless Chromium for end-to-end tests, optionally with the built extension installed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs';

export const EXTENSION_DIR = resolve('dist/extension');

export interface LaunchOptions {
  /** Install dist/extension (it must have been built). */
  withExtension?: boolean;
  /** Reuse a profile directory, e.g. to test that data survives a restart. */
  userDataDir?: string;
  /** Command-line switches beside CHROME_ARGS, e.g. --host-resolver-rules for a host name that is not localhost. */
  args?: readonly string[];
}

export interface LaunchedBrowser {
  browser: Browser;
  /** The extension's id when installed; never hard-coded, it depends on the path. */
  extensionId?: string;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'zfgs-profile-'));
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or apt-get install chromium');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: options.withExtension === true,
    userDataDir: options.userDataDir ?? newProfileDir(),
    args: [...CHROME_ARGS, ...(options.args ?? [])],
  });
  if (!options.withExtension) return { browser };
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    await browser.close();
    throw new Error(`${EXTENSION_DIR} has no manifest.json: run npm run build first`);
  }
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  await untilWorkerListens(browser, extensionId);
  return { browser, extensionId };
}

/**
 * Installed is not listening: on a fast machine the first toolbar click could come before the service worker
 * ran its top-level script (which adds action.onClicked), and the click would open nothing. Anything the
 * worker evaluates runs after that script, so one evaluation is the proof.
 */
async function untilWorkerListens(browser: Browser, extensionId: string): Promise<void> {
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 30_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error(`the extension's service worker did not start (${target.url()})`);
  await worker.evaluate(() => true);
}
