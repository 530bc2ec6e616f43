// The meta test (its browser half, test/shared/rules/registry.test.ts, checks what needs the rules loaded:
// plain Node cannot import the calendar's dependency): requirements.md (the copy in shared/law), the catalogue, the rule files, the messages in
// every locale and the fixture folders must describe the same rules. Any drift fails here, naming it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { PROFILE_IDS } from '../../shared/catalogue/profiles.ts';
import { messages as en } from '../../shared/i18n/rules/en.ts';
import { messages as zhCN } from '../../shared/i18n/rules/zh-CN.ts';
import { scopedKey } from '../../shared/i18n/rules/messages.ts';
import { articleText } from '../../shared/law/articles.ts';
import { requirementRows } from '../../shared/law/requirements.ts';
import { ruleFixtures } from '../../scripts/wtr-rule-fixtures.mjs';

const requirements = readFileSync('shared/law/requirements.md', 'utf8');
const PHASE_OF_SECTION: Record<string, 'pre' | 'during' | 'post'> = {
  'Pre-event items': 'pre',
  'During-event items': 'during',
  'Post-event items': 'post',
};

/** Rows of requirements.md with the phase of the section they are in. */
function rowsByPhase() {
  return requirements.split(/^## /m).flatMap((section) => {
    const heading = Object.keys(PHASE_OF_SECTION).find((name) => section.startsWith(name));
    return heading ? requirementRows(section).map((row) => ({ ...row, phase: PHASE_OF_SECTION[heading]! })) : [];
  });
}

/** "baseline", "zc, hz", "hz (baseline for minors)", "baseline (fields per profile)", or no column → baseline. */
function profilesOf(cell: string | undefined): string[] {
  if (cell === undefined || /\bbaseline\b/.test(cell)) return ['baseline'];
  return cell.split(',').map((part) => part.trim());
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('catalogue against requirements.md', () => {
  const rows = rowsByPhase();

  it('has exactly the ids of requirements.md, in its order', () => {
    assert.ok(rows.length >= 29, `read only ${rows.length} rows`);
    assert.deepEqual(CATALOGUE.map((entry) => entry.id), rows.map((row) => row.id));
  });

  it('gives each id the phase, severity, profiles and cites requirements.md gives it', () => {
    for (const row of rows) {
      const entry = CATALOGUE.find((item) => item.id === row.id)!;
      assert.equal(entry.phase, row.phase, `${row.id}: phase`);
      assert.equal(entry.severity, row.cells.severity?.startsWith('advisory') ? 'advisory' : 'required', `${row.id}: severity`);
      assert.deepEqual([...entry.profiles].sort(), profilesOf(row.cells.profiles).sort(), `${row.id}: profiles`);
      assert.deepEqual(entry.cites.map(({ doc, article }) => ({ doc, article })), row.cites, `${row.id}: cites`);
      for (const profile of entry.profiles) assert.ok(profile === 'baseline' || PROFILE_IDS.includes(profile), `${row.id}: profile ${profile}`);
    }
  });

  it('cites only articles the regulation texts have', () => {
    for (const entry of CATALOGUE) {
      for (const cite of entry.cites) assert.ok(articleText(cite.doc, cite.article), `${entry.id}: ${cite.doc} ${cite.article} does not resolve`);
    }
  });
});

describe('rules against the catalogue', () => {
  const automatable = CATALOGUE.filter((entry) => entry.automatable).map((entry) => entry.id);

  it('has one rule file and one registered rule per automatable id, and nothing else', () => {
    const files = readdirSync('shared/rules').filter((file) => file.endsWith('.ts') && !['index.ts', 'types.ts'].includes(file)).map((file) => file.slice(0, -3));
    assert.deepEqual(files.sort(), [...automatable].sort());
    const registry = readFileSync('shared/rules/index.ts', 'utf8');
    for (const id of automatable) {
      assert.match(registry, new RegExp(`from './${id}\\.ts'`), `index.ts does not register ${id}`);
      const source = readFileSync(join('shared/rules', `${id}.ts`), 'utf8');
      assert.match(source, new RegExp(`id: (?:spec\\.id|'${id}')`), `${id}.ts registers another id`);
    }
  });
});

describe('messages against the catalogue and the rules', () => {
  it('have the same keys, with the same placeholders, in zh-CN and en, none empty', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zhCN).sort());
    for (const [key, text] of Object.entries(zhCN)) {
      assert.ok(text.trim() !== '' && en[key]!.trim() !== '', `${key} is empty`);
      assert.deepEqual(placeholders(en[key]!), placeholders(text), `${key}: placeholders differ`);
    }
  });

  it('give every rule a title, failure title, description and fix, and a manual part where it has one', () => {
    for (const entry of CATALOGUE) {
      const parts = ['title', 'failureTitle', 'description', 'fix', ...(entry.hasManualPart ? ['manual'] : [])];
      for (const part of parts) assert.ok(zhCN[`${entry.id}.${part}`], `missing ${entry.id}.${part}`);
      if (!entry.hasManualPart) assert.equal(zhCN[`${entry.id}.manual`], undefined, `${entry.id}.manual without hasManualPart`);
    }
  });

  it('name every document and profile', () => {
    for (const entry of CATALOGUE) for (const cite of entry.cites) assert.ok(zhCN[`doc.${cite.doc}`], `doc.${cite.doc}`);
    for (const profile of PROFILE_IDS) assert.ok(zhCN[`profile.${profile}`], `profile.${profile}`);
  });

  it('have no rule-scoped key for an id the catalogue lacks', () => {
    const ids = new Set(CATALOGUE.map((entry) => entry.id));
    for (const key of Object.keys(zhCN)) {
      const prefix = key.split('.')[0]!;
      if (prefix.includes('-')) assert.ok(ids.has(prefix), `${key}: unknown rule id ${prefix}`);
    }
  });
});

describe('fixtures against the rules', () => {
  const fixtures = ruleFixtures();

  it('give every automatable rule at least one passing and one failing page', () => {
    for (const entry of CATALOGUE.filter((item) => item.automatable)) {
      const outcomes = fixtures.filter((fixture) => fixture.rule === entry.id).map((fixture) => fixture.expected.outcome);
      assert.ok(outcomes.includes('pass'), `${entry.id}: no passing fixture`);
      const failing = entry.severity === 'advisory' ? 'review' : 'fail';
      assert.ok(outcomes.includes(failing), `${entry.id}: no ${failing === 'fail' ? 'failing' : 'for-review'} fixture`);
    }
  });

  it('are named by rule ids, each page with its expectation and every expected reason worded', () => {
    const ids = new Set(CATALOGUE.map((entry) => entry.id));
    const dir = 'test/fixtures/rules';
    for (const folder of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      assert.ok(ids.has(folder.name), `fixture folder ${folder.name} is no rule id`);
      const files = readdirSync(join(dir, folder.name));
      for (const file of files.filter((name) => /\.html?$/.test(name))) {
        const base = file.replace(/\.html?$/, '');
        assert.ok(existsSync(join(dir, folder.name, `${base}.expected.json`)), `${folder.name}/${file} has no .expected.json`);
      }
    }
    for (const fixture of fixtures) {
      assert.ok(existsSync(fixture.file), `${fixture.file} is missing`);
      assert.ok(['pass', 'fail', 'review', 'inapplicable'].includes(fixture.expected.outcome), `${fixture.file}: outcome`);
      for (const reason of fixture.expected.reasons ?? []) assert.ok(scopedKey('zh-CN', fixture.rule, `reason.${reason}`), `${fixture.file}: no message for reason ${reason}`);
    }
  });
});
