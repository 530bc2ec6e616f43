// The department pages and their data are generated from the sample agency (demo/pages/generate.ts): this fails
// when a committed file differs from what the generator writes, and checks what each data file is for.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAGES, REFERENCE_DATE, isLate, leakingDecision, pageData, pageFiles } from '../../demo/pages/generate.ts';
import type { DecisionsSection, Disclosure, OfficersSection } from '../../shared/schema/index.ts';

const dir = resolve(import.meta.dirname, '../../demo/pages');
const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');

describe('department pages (demo/pages)', () => {
  it('are what the generator writes (run: node --import tsx demo/pages/generate.ts)', () => {
    for (const [name, text] of Object.entries(pageData())) assert.equal(read(`data/${name}`), text, `data/${name} is stale`);
    for (const [name, text] of Object.entries(pageFiles())) assert.equal(read(name), text, `${name} is stale`);
  });

  it('give the compliant column no expired certificate, no late, revoked or over-age decision', () => {
    const column = JSON.parse(read('data/compliant-disclosure.json')) as Disclosure;
    assert.ok(column.officers!.items.every((officer) => officer.status !== 'valid' || !officer.validUntil || officer.validUntil >= REFERENCE_DATE));
    assert.ok(column.decisions!.items.every((decision) => !decision.revocation && !isLate(decision)));
    for (const key of ['agency', 'duties', 'officers', 'legalBasis', 'procedures', 'serviceGuides', 'powerList', 'inspections', 'remedy', 'complaint', 'decisions', 'statistics'] as const) {
      assert.ok(column[key], `the compliant column has ${key}`);
    }
  });

  it('give each failing page the failure it demonstrates', () => {
    const late = JSON.parse(read('data/late-decisions.json')) as DecisionsSection;
    assert.equal(late.items.filter(isLate).length, 5);
    const officers = JSON.parse(read('data/expired-officers.json')) as OfficersSection;
    assert.ok(officers.items.some((officer) => officer.status === 'valid' && officer.validUntil !== undefined && officer.validUntil < REFERENCE_DATE));
    const missing = JSON.parse(read('data/missing-items.json')) as Disclosure;
    assert.deepEqual(Object.keys(missing).sort(), ['agency', 'officers', 'schemaVersion']);
    const leaking = JSON.stringify(leakingDecision());
    for (const value of ['420106198503124418', '13907125566', '赵丽萍']) assert.ok(leaking.includes(value));
    assert.ok(read('leaking-decision.html').includes('420106198503124418'));
  });

  it('load the widgets as a CMS would, and are all listed on the index', () => {
    const index = read('index.html');
    for (const page of PAGES) {
      assert.ok(read(page.file).includes('<script type="module" src="/dist/widgets/zfgs.js"></script>'), page.file);
      assert.ok(index.includes(`href="./${page.file}"`), page.file);
    }
    assert.ok(index.includes('href="./legacy/"'));
  });
});
