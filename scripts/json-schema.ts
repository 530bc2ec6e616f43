// Writes shared/schema/zfgs-disclosure.schema.json from the valibot schemas (`npm run generate`).
// test/node/schema/json-schema.test.ts fails when the committed file differs from what this produces.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJsonSchema, JSON_SCHEMA_FILE } from '../shared/schema/json-schema.ts';

const output = join(import.meta.dirname, '..', JSON_SCHEMA_FILE);
writeFileSync(output, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
console.log(`wrote ${JSON_SCHEMA_FILE}`);
