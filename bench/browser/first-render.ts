// Runs in Chromium (bundled by pageWithModule): how long a zfgs- widget takes from being given its data to a laid-out
// first render, and until it has settled (validated in full, island written). Medians of fresh elements, each with
// a fresh copy of the data so nothing is cached between runs. Any widget's render benchmark can use it.
export interface RenderTiming {
  /** Data set → first render laid out. */
  firstRenderMs: number;
  /** Data set → settled: every entry validated, the island written. */
  settledMs: number;
}

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<unknown>; settled: Promise<void> };

async function once(create: () => Widget, data: unknown): Promise<RenderTiming> {
  const element = create();
  const t0 = performance.now();
  element.data = data;
  document.body.append(element);
  await element.updateComplete;
  void element.shadowRoot!.firstElementChild?.getBoundingClientRect();
  const firstRenderMs = performance.now() - t0;
  await element.settled;
  const settledMs = performance.now() - t0;
  element.remove();
  return { firstRenderMs, settledMs };
}

/** Medians of `runs` renders after one unmeasured warm-up. */
export async function firstRenderTiming(create: () => Widget, data: unknown, runs = 9): Promise<RenderTiming> {
  await once(create, structuredClone(data));
  const samples: RenderTiming[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once(create, structuredClone(data)));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { firstRenderMs: median(samples.map((s) => s.firstRenderMs)), settledMs: median(samples.map((s) => s.settledMs)) };
}
