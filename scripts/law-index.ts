// Writes shared/law/articles.json from the regulation texts in shared/law/texts/ (`npm run generate`).
// test/shared/law/articles.test.ts fails when the committed file differs from what this produces.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLawIndex } from '../shared/law/parse.ts';

const TEXTS = join(import.meta.dirname, '../shared/law/texts');
const OUTPUT = join(import.meta.dirname, '../shared/law/articles.json');

const files = Object.fromEntries(
  readdirSync(TEXTS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name, readFileSync(join(TEXTS, name), 'utf8')]),
);
writeFileSync(OUTPUT, `${JSON.stringify(buildLawIndex(files), null, 1)}\n`);
console.log(`wrote ${OUTPUT}`);
