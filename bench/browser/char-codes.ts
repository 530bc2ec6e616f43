// Runs in Node and in Chromium (bundled by pageWithModule): the trivial reference loop of every throughput figure.
export function sumCharCodes(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

export function makeText(size: number): string {
  return '行政执法公示abc123'.repeat(Math.ceil(size / 12)).slice(0, size);
}

/** Median milliseconds of `runs` calls, measured inside the page (no protocol round trips in the figure). */
export function medianMs(fn: () => unknown, runs = 9): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export function charCodeLoopMs(size: number): number {
  const text = makeText(size);
  return medianMs(() => sumCharCodes(text));
}
