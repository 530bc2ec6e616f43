// web-test-runner plugin: lists the rule fixtures (test/fixtures/rules/<rule-id>/<case>.html with
// <case>.expected.json) at /__zfgs/rule-fixtures.json, so one generic browser test can run them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RULE_FIXTURES_DIR = 'test/fixtures/rules';
export const RULE_FIXTURES_URL = '/__zfgs/rule-fixtures.json';
/**
 * The pages byte for byte, base64-encoded: the dev server treats every response body as UTF-8 text (it would
 * mangle a GBK page), so the bytes travel as ASCII and the test decodes them as a browser would.
 */
const BYTES_PREFIX = '/__zfgs/rule-fixture-bytes/';

/** Every case: { rule, name, html (URL path), expected (the parsed JSON) }. */
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
          return {
            rule: entry.name,
            name,
            file: `${RULE_FIXTURES_DIR}/${entry.name}/${name}.html`,
            bytes: `${BYTES_PREFIX}${entry.name}/${name}.html`,
            expected: JSON.parse(readFileSync(join(dir, entry.name, file), 'utf8')),
          };
        }),
    );
}

export function ruleFixturesPlugin() {
  return {
    name: 'zfgs-rule-fixtures',
    serve(context) {
      if (context.path === RULE_FIXTURES_URL) return { body: JSON.stringify(ruleFixtures()), type: 'json' };
      if (context.path.startsWith(BYTES_PREFIX)) {
        const fixture = ruleFixtures().find((item) => item.bytes === decodeURIComponent(context.path));
        if (fixture) return { body: readFileSync(fixture.file).toString('base64'), type: 'text/plain' };
      }
      return undefined;
    },
  };
}
