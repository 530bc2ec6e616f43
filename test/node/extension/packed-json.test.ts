import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { packJson, unpackJson } from '../../../extension/content/packed-json.ts';

describe('packed JSON between the page and the panel', () => {
  it('comes back equal, Chinese text, numbers, nesting and all', async () => {
    const value = { url: 'http://x/', text: [{ text: '行政处罚决定书 南综执罚〔2026〕4号', target: ['#a', 'p:nth-of-type(2)'] }], n: 1.5, ok: true, none: null };
    assert.deepEqual(await unpackJson(await packJson(value)), value);
  });

  it('is much smaller than the JSON of a repetitive table, and survives slices over 32 KiB', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ text: `江综执罚〔2025〕${i}号 某某商行${i} 占用城市道路从事经营活动`, target: ['#decisions', `tr:nth-of-type(${i + 1})`] }));
    const packed = await packJson(rows);
    assert.ok(packed.length > 0x8000);
    assert.ok(packed.length * 5 < JSON.stringify(rows).length, `${packed.length} vs ${JSON.stringify(rows).length}`);
    assert.deepEqual(await unpackJson(packed), rows);
  });
});
