import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runPool } from '../../../extension/crawl/polite-pool.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('polite pool', () => {
  it('never runs more than two jobs at once, whatever concurrency is asked', async () => {
    const queue = Array.from({ length: 20 }, (_, i) => i);
    let inFlight = 0;
    let most = 0;
    await runPool(() => queue.shift(), async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await tick();
      inFlight -= 1;
    }, { concurrency: 8, delayMs: 0, signal: new AbortController().signal });
    assert.equal(most, 2);
    assert.equal(queue.length, 0);
  });

  it('takes jobs added while it runs, and ends when nothing is left', async () => {
    const queue = [1];
    const done: number[] = [];
    await runPool(() => queue.shift(), async (job) => {
      await tick();
      done.push(job);
      if (job < 5) queue.push(job + 1);
    }, { concurrency: 2, delayMs: 1, signal: new AbortController().signal });
    assert.deepEqual(done, [1, 2, 3, 4, 5]);
  });

  it('takes no job after the signal aborts', async () => {
    const controller = new AbortController();
    const queue = Array.from({ length: 10 }, (_, i) => i);
    const started: number[] = [];
    await runPool(() => queue.shift(), async (job) => {
      started.push(job);
      if (job === 2) controller.abort();
      await tick();
    }, { concurrency: 1, delayMs: 20, signal: controller.signal });
    assert.deepEqual(started, [0, 1, 2]);
  });
});
