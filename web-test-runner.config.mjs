// Browser tests for shared/ and widgets/ in real headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { jsonModules } from './scripts/wtr-json-modules.mjs';
import { ruleFixturesPlugin } from './scripts/wtr-rule-fixtures.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found. Set CHROME_PATH or install Debian\'s chromium (apt-get install chromium).');
  process.exit(1);
}

export default {
  files: ['test/shared/**/*.test.ts', 'test/widgets/**/*.test.ts', 'test/demo/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), jsonModules(), ruleFixturesPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
