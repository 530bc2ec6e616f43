// Writes the sample agency into demo/data/ (`npm run generate`, or `node --import tsx demo/data/generate.ts`):
// disclosure.json and one file per section. Deterministic: the same code writes the same bytes. Refuses to write
// data that does not validate. test/shared/demo-data/sample.test.ts fails when the files are out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../shared/schema/index.ts';
import { composeDisclosure, sampleFiles } from './compose/disclosure.ts';

const result = validate('disclosure', composeDisclosure());
if (!result.ok) {
  for (const issue of result.issues) console.error(`${issue.path} ${issue.code}: ${issue.message.en}`);
  throw new Error('the sample disclosure does not validate; nothing written');
}
for (const [name, text] of Object.entries(sampleFiles())) writeFileSync(join(import.meta.dirname, name), text);
console.log(`wrote demo/data/: ${Object.keys(sampleFiles()).join(', ')}`);
