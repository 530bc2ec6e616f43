// `npm test`: lint, typecheck, build, browser tests (web-test-runner), node tests (CLI and the built
// extension, node --test + puppeteer-core). Every stage runs even when an earlier one failed, so one
// report shows everything; lint, typecheck and build count as one check each. The last line is
// `N passed, N failed` and the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const total = { passed: 0, failed: 0 };
const lines = [];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

function check(name, command, args) {
  console.log(`\n── ${name} ──`);
  const ok = run(command, args);
  total[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

function suite(name, command, args, countsFile) {
  console.log(`\n── ${name} ──`);
  const ok = run(command, args);
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : null;
  if (!counts) {
    total.failed += 1;
    lines.push(`${name}: FAILED (no results)`);
    return;
  }
  // A runner that exits non-zero with every counted test passing still failed (a file did not load).
  const failed = counts.failed + (!ok && counts.failed === 0 ? 1 : 0);
  total.passed += counts.passed;
  total.failed += failed;
  lines.push(`${name}: ${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
}

const bin = (name) => `node_modules/.bin/${name}`;
// `node scripts/test.mjs browser node` runs only those stages (lint typecheck build browser node).
const only = process.argv.slice(2);
const wanted = (stage) => only.length === 0 || only.includes(stage);

if (wanted('lint')) check('lint', bin('eslint'), ['.']);
if (wanted('typecheck')) check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
const built = wanted('build') ? check('build', process.execPath, ['scripts/build.mjs']) : true;
if (wanted('browser')) suite('browser tests', bin('wtr'), [], `${RESULTS}/browser.json`);

/** Node 20 has no fs.glob and `node --test` there does not find .ts files by itself. */
function testFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(dir, file))
    .sort();
}
const nodeTests = ['test/e2e', 'test/cli', 'test/node'].flatMap(testFilesUnder);
if (!wanted('node')) {
  // not asked for
} else if (!built && nodeTests.length > 0) {
  total.failed += nodeTests.length;
  lines.push(`node tests: not run, the build failed (${nodeTests.length} files counted as failed)`);
} else if (nodeTests.length > 0) {
  suite('node tests', process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-counter.mjs', `--test-reporter-destination=${RESULTS}/node.json`,
    ...nodeTests,
  ], `${RESULTS}/node.json`);
}

console.log('\n── summary ──');
for (const line of lines) console.log(line);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
