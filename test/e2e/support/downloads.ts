// Files the browser saves: exports go through the browser's download (an <a download> in the panel).
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

export async function allowDownloads(browser: Browser): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), 'zfgs-downloads-'));
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: directory, eventsEnabled: true });
  return directory;
}

/** Waits for a finished download whose name ends with `suffix` and was not there before. */
export async function waitForDownload(directory: string, suffix: string, before: readonly string[] = [], timeout = 15_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const done = readdirSync(directory).filter((name) => name.endsWith(suffix) && !before.includes(name));
    if (done.length > 0 && existsSync(join(directory, done[0]!))) return join(directory, done[0]!);
    if (Date.now() - started > timeout) throw new Error(`no *${suffix} download in ${timeout} ms (have: ${readdirSync(directory).join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function filesIn(directory: string): string[] {
  return readdirSync(directory);
}
