import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../../shared/i18n/extension/en.ts';
import zhCN from '../../../shared/i18n/extension/zh-CN.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('extension messages', () => {
  it('have the same keys in zh-CN and en, with the same placeholders', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) assert.deepEqual(placeholders(en[key]), placeholders(zhCN[key]), key);
  });

  it('exist for every literal key the extension asks for', () => {
    const used = new Set<string>();
    for (const source of sources('extension')) {
      for (const match of source.matchAll(/\bt\((?:this\.)?locale, '([^']+)'/g)) used.add(match[1]!);
      for (const match of source.matchAll(/\bt\('(?:zh-CN|en)', '([^']+)'/g)) used.add(match[1]!);
    }
    assert.ok(used.size > 100, `only ${used.size} keys found: the pattern no longer matches the code`);
    const missing = [...used].filter((key) => !(key in zhCN));
    assert.deepEqual(missing, []);
  });

  it('cover every value of the keys built from a code', () => {
    const families: Record<string, readonly string[]> = {
      'outcome.': ['fail', 'review', 'pass', 'inapplicable', 'error'],
      'phase.': ['all', 'pre', 'during', 'post'],
      'profile.': ['auto', 'baseline', 'hz', 'qp', 'zc', 'hb', 'wh'],
      'error.': ['no-tab', 'restricted-page', 'load-failed', 'no-access', 'navigated', 'timeout', 'extract-failed', 'engine-failed', 'permission-denied'],
      'storage.': ['quota', 'blocked', 'unavailable', 'failed'],
      'highlight.': ['shown', 'hidden', 'empty', 'invalid-selector', 'not-found', 'not-a-container', 'frame-inaccessible', 'page-changed', 'unavailable'],
      'notChecked.page.': ['robots', 'redirect-loop', 'redirected-off-site', 'network', 'timeout', 'too-large', 'http-status', 'aborted', 'not-html', 'parse-failed', 'duplicate'],
      'notChecked.attachment.': ['no-text-layer', 'legacy-format', 'encrypted', 'too-large', 'corrupt', 'fetch-failed'],
      'export.': ['html', 'xlsx', 'csv', 'json', 'screenshot'],
      'stage.': ['reading', 'checking', 'permission', 'pages', 'attachments'],
    };
    const missing = Object.entries(families).flatMap(([prefix, values]) => values.map((value) => prefix + value)).filter((key) => !(key in zhCN));
    assert.deepEqual(missing, []);
  });
});
