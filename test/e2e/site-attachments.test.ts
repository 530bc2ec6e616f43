// The demo column's attachments are exactly what their writers make (ZFGS_WRITE_FIXTURES=1 rewrites them).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_ATTACHMENTS } from './support/site-attachments.ts';

const DIRECTORY = 'demo/pages/site/files';

describe('demo column attachments', () => {
  for (const [name, make] of Object.entries(SITE_ATTACHMENTS)) {
    it(`${name} is up to date`, () => {
      const bytes = make();
      const file = join(DIRECTORY, name);
      if (process.env.ZFGS_WRITE_FIXTURES === '1') writeFileSync(file, bytes);
      assert.ok(existsSync(file), `${file} is missing: run with ZFGS_WRITE_FIXTURES=1`);
      assert.deepEqual(new Uint8Array(readFileSync(file)), bytes);
    });
  }
});
