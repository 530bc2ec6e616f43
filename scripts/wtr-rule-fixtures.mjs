// web-test-runner plugin: lists the rule fixtures (test/fixtures/rules/<rule-id>/<case>.html with
// <case>.expected.json) at /__zfgs/rule-fixtures.json, so one generic browser test can run them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RULE_FIXTURES_DIR = 'test/fixtures/rules';
export const RULE_FIXTURES_URL = '/__zfgs/rule-fixtures.json';

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
            html: `/${RULE_FIXTURES_DIR}/${entry.name}/${name}.html`,
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
      return undefined;
    },
  };
}
