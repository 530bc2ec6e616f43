// Where Chromium is: CHROME_PATH first, then the usual install paths. Shared by the test runner,
// the end-to-end tests, the CLI (URL audits) and the benchmarks so they all agree.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags that keep headless Chromium quiet on a machine with a closed network, running as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // web-test-runner runs test files in concurrent pages: keep background pages' timers and
  // requestAnimationFrame running, or their fixtures stall until they time out.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findChrome();
  if (!path) process.exit(1);
  console.log(path);
}
