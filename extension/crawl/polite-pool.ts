// Runs jobs from a queue that may grow while it runs (a crawl finds links as it goes), with at most
// `concurrency` jobs in flight and a pause after each job of a lane: polite to a government server that may
// be small. Stops taking jobs when the signal aborts; the job in flight sees the same signal.
export interface PoolOptions {
  concurrency: number;
  delayMs: number;
  signal: AbortSignal;
}

export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * `next()` hands out the next job or undefined when there is none right now; `run(job)` does it (and may
 * make `next()` return more). Ends when nothing is queued and nothing is in flight, or on abort.
 */
export async function runPool<T>(next: () => T | undefined, run: (job: T) => Promise<void>, options: PoolOptions): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const settle = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  options.signal.addEventListener('abort', settle, { once: true });

  async function lane(): Promise<void> {
    while (!options.signal.aborted) {
      const job = next();
      if (job === undefined) {
        if (inFlight === 0) {
          settle();
          return;
        }
        // Another lane may still find work: wait for it to finish one job.
        await new Promise<void>((resolve) => {
          const previous = wake;
          wake = () => {
            previous?.();
            resolve();
          };
        });
        continue;
      }
      inFlight += 1;
      try {
        await run(job);
      } finally {
        inFlight -= 1;
        settle();
      }
      await abortableDelay(options.delayMs, options.signal);
    }
  }

  const lanes = Math.max(1, Math.min(2, Math.floor(options.concurrency)));
  await Promise.all(Array.from({ length: lanes }, lane));
}
