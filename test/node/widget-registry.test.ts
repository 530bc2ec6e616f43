// Every widget folder is wired in: its element is in the all-in-one bundle (widgets/index.ts) and its named examples
// are in the registry (widgets/examples.ts) that the gallery, the axe run and the XSS harness iterate, and it has
// its own browser test. A widget added without them fails here, not silently.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { WIDGET_EXAMPLES } from '../../widgets/examples.ts';

const root = resolve(import.meta.dirname, '../..');
const widgetFolders = readdirSync(resolve(root, 'widgets'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'base')
  .map((entry) => entry.name)
  .sort();

describe('widget registry', () => {
  it('has a folder per widget with element, styles or not, examples and README', () => {
    assert.ok(widgetFolders.length > 0);
    for (const name of widgetFolders) {
      for (const file of [`${name}.ts`, `${name}.examples.ts`, 'README.md']) assert.ok(existsSync(resolve(root, 'widgets', name, file)), `widgets/${name}/${file}`);
    }
  });

  it('lists every widget folder in the all-in-one bundle', () => {
    const index = readFileSync(resolve(root, 'widgets/index.ts'), 'utf8');
    for (const name of widgetFolders) assert.ok(index.includes(`'./${name}/${name}.ts'`), `widgets/index.ts exports widgets/${name}`);
  });

  it('lists the examples of every widget folder in widgets/examples.ts, each tag once', () => {
    const tags = WIDGET_EXAMPLES.map((registry) => registry.tag).sort();
    assert.deepEqual(tags, widgetFolders.map((name) => `zfgs-${name}`).sort());
    for (const registry of WIDGET_EXAMPLES) {
      assert.ok(registry.examples.length > 0, `${registry.tag} has examples`);
      const names = registry.examples.map((example) => example.name);
      assert.equal(new Set(names).size, names.length, `${registry.tag} example names are unique`);
      for (const name of names) assert.match(name, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${registry.tag} example "${name}" is kebab-case`);
    }
  });

  it('gives every widget a browser test file', () => {
    for (const name of widgetFolders) assert.ok(existsSync(resolve(root, 'test/widgets', `${name}.test.ts`)), `test/widgets/${name}.test.ts`);
  });

  it('declares each widget with an @tag matching its folder for custom-elements.json', () => {
    for (const name of widgetFolders) {
      const source = readFileSync(resolve(root, 'widgets', name, `${name}.ts`), 'utf8');
      assert.match(source, new RegExp(`@tag zfgs-${name}\\b`), `widgets/${name}/${name}.ts has @tag zfgs-${name}`);
      assert.match(source, new RegExp(`defineElement\\('zfgs-${name}'`), `widgets/${name}/${name}.ts defines zfgs-${name}`);
    }
  });
});

describe('widget strings', () => {
  const directory = (locale: string) => resolve(root, 'shared/i18n/widgets', locale);
  const files = readdirSync(directory('zh-CN')).filter((file) => file.endsWith('.ts')).sort();

  it('has an English file for every Chinese one, with exactly the same keys', async () => {
    assert.deepEqual(readdirSync(directory('en')).filter((file) => file.endsWith('.ts')).sort(), files);
    for (const file of files) {
      const [zh, en] = await Promise.all(['zh-CN', 'en'].map((locale) => import(resolve(directory(locale), file)) as Promise<Record<string, Record<string, string>>>));
      for (const name of Object.keys(zh!)) {
        assert.deepEqual(Object.keys(en![name] ?? {}).sort(), Object.keys(zh![name]!).sort(), `${file} ${name}: same keys in zh-CN and en`);
        for (const [key, text] of Object.entries(en![name]!)) assert.notEqual(text.trim(), '', `en ${key} is not empty`);
      }
    }
  });

  it('keeps the {placeholders} of each message the same in both languages', async () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const file of files) {
      const [zh, en] = await Promise.all(['zh-CN', 'en'].map((locale) => import(resolve(directory(locale), file)) as Promise<Record<string, Record<string, string>>>));
      for (const [name, messages] of Object.entries(zh!)) {
        for (const [key, text] of Object.entries(messages)) assert.deepEqual(placeholders(en![name]![key]!), placeholders(text), `${file} ${key}`);
      }
    }
  });
});
