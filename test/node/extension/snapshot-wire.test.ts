import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTargets, encodeTargets, fromWire, toWire } from '../../../extension/content/snapshot-wire.ts';
import type { Snapshot } from '../../../shared/extract/snapshot.ts';

function tableSnapshot(rows: number): Snapshot {
  const text = [];
  const rowTargets = [];
  for (let row = 1; row <= rows; row += 1) {
    rowTargets.push(['#decisions > tbody > tr:nth-of-type(' + row + ')']);
    for (let cell = 1; cell <= 3; cell += 1) text.push({ text: `第${row}行第${cell}列`, target: [`#decisions > tbody > tr:nth-of-type(${row}) > td:nth-of-type(${cell})`] });
  }
  text.push({ text: '影子里的段落', target: ['#content > nanshan-contact', '#complaint > p:nth-of-type(2)'] });
  text.push({ text: '框架里的段落', target: ['html > frameset > frame:nth-of-type(2)', '#complaint > p:nth-of-type(3)'] });
  text.push({ text: '没有位置', target: [] });
  return {
    url: 'http://x/', title: 't', capturedAt: '2026-01-01T00:00:00.000Z', text, headings: [], links: [], dates: [], islands: [], attachments: [],
    tables: [{ headers: ['a'], rows: [['1']], target: ['#decisions'], rowTargets }, { headers: [], rows: [], target: ['#other'] }],
    limits: { truncated: false, nodeCount: 1, skippedFrames: 0, notes: [] },
  };
}

describe('Snapshot on the wire', () => {
  it('comes back equal, frames, shadow roots, empty targets and tables without row targets included', () => {
    const snapshot = tableSnapshot(50);
    assert.deepEqual(fromWire(JSON.parse(JSON.stringify(toWire(snapshot)))), snapshot);
  });

  it('sends each selector as its difference from the previous one at the same level', () => {
    const wire = encodeTargets([['#a > tr:nth-of-type(10) > td:nth-of-type(1)'], ['#a > tr:nth-of-type(10) > td:nth-of-type(2)'], ['#b']]);
    assert.deepEqual(wire, [['#a > tr:nth-of-type(10) > td:nth-of-type(1)'], [[41, '2)']], ['#b']]);
    assert.deepEqual(decodeTargets(wire), [['#a > tr:nth-of-type(10) > td:nth-of-type(1)'], ['#a > tr:nth-of-type(10) > td:nth-of-type(2)'], ['#b']]);
  });

  it('halves a big table\'s Snapshot', () => {
    const snapshot = tableSnapshot(5000);
    assert.ok(JSON.stringify(toWire(snapshot)).length * 2 < JSON.stringify(snapshot).length);
  });
});
