// web-test-runner plugin for tests that audit pages:
//   /__zfgs/rule-fixtures.json   every rule fixture (test/fixtures/rules/<rule-id>/<case>.html + .expected.json)
//   /__zfgs/pages/<dir>          the .html files under a directory of test/fixtures/ or demo/pages/ (JSON list)
//   /__zfgs/bytes/<path>         one such file, base64
// Bytes travel base64 because the dev server treats every response body as UTF-8 text and would mangle a GBK
// page; the tests decode them as a browser would.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';

export const RULE_FIXTURES_DIR = 'test/fixtures/rules';
export const RULE_FIXTURES_URL = '/__zfgs/rule-fixtures.json';
const PAGES_PREFIX = '/__zfgs/pages/';
const BYTES_PREFIX = '/__zfgs/bytes/';
const SERVED_ROOTS = ['test/fixtures/', 'demo/pages/'];

/**
 * Every case: { rule, name, file (repository path), bytes (URL of its bytes), expected (the parsed JSON) }. A case
 * judges its own <case>.html, or, when its expectation names `page` (`<rule-id>/<case>.html`), that page of another
 * rule's folder: one page, several rules' verdicts, no copy to keep in step.
 */
export function ruleFixtures(root = process.cwd()) {
  const dir = join(root, RULE_FIXTURES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((file) => file.endsWith('.expected.json'))
        .sort()
        .map((file) => {
          const name = file.slice(0, -'.expected.json'.length);
          const expected = JSON.parse(readFileSync(join(dir, entry.name, file), 'utf8'));
          const path = `${RULE_FIXTURES_DIR}/${expected.page ?? `${entry.name}/${name}.html`}`;
          return { rule: entry.name, name, file: path, bytes: `${BYTES_PREFIX}${path}`, expected };
        }),
    );
}

/** A repository path under one of the served roots, or undefined. */
function servedPath(path) {
  const clean = normalize(decodeURIComponent(path)).split(sep).join('/');
  return SERVED_ROOTS.some((prefix) => clean.startsWith(prefix)) && !clean.includes('..') ? clean : undefined;
}

function htmlFilesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => file.endsWith('.html') && statSync(file).isFile())
    .map((file) => relative(process.cwd(), file).split(sep).join('/'))
    .sort();
}

export function ruleFixturesPlugin() {
  return {
    name: 'zfgs-rule-fixtures',
    serve(context) {
      if (context.path === RULE_FIXTURES_URL) return { body: JSON.stringify(ruleFixtures()), type: 'json' };
      if (context.path.startsWith(PAGES_PREFIX)) {
        const dir = servedPath(context.path.slice(PAGES_PREFIX.length));
        if (dir && existsSync(dir)) return { body: JSON.stringify(htmlFilesUnder(dir).map((file) => ({ file, bytes: `${BYTES_PREFIX}${file}` }))), type: 'json' };
      }
      if (context.path.startsWith(BYTES_PREFIX)) {
        const file = servedPath(context.path.slice(BYTES_PREFIX.length));
        if (file && existsSync(file) && statSync(file).isFile()) return { body: readFileSync(file).toString('base64'), type: 'text/plain' };
      }
      return undefined;
    },
  };
}
