// How long validate() takes on the whole sample disclosure (73 decisions with full texts, 50 officers, ~320 KB
// of JSON), beside the JSON.parse of the same text measured in the same run: validation should cost a few
// parses, not orders of magnitude more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../shared/schema/index.ts';
import { measure, report } from './harness.ts';

export default async function schemaBench(): Promise<void> {
  const text = readFileSync(join(import.meta.dirname, '../demo/data/disclosure.json'), 'utf8');
  const document: unknown = JSON.parse(text);
  if (!validate('disclosure', document).ok) throw new Error('the sample does not validate');
  const validation = await measure(() => validate('disclosure', document));
  const parse = await measure(() => JSON.parse(text));
  report({
    name: `validate('disclosure') of the sample (${Math.round(text.length / 1000)} k chars), Node`,
    value: validation.medianMs,
    unit: 'ms',
    reference: { name: 'JSON.parse of the same text', value: parse.medianMs },
    target: '≤ 10×',
    met: validation.medianMs <= parse.medianMs * 10,
  });
}
