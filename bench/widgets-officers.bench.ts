// First render of <zfgs-officers> with 10,000 entries as a ratio to the same widget with 50 (target ≤ 2×), measured
// in Chromium; beside it, the time until all 10,000 entries are validated (the part done while the browser is idle).
import { pageWithModule, report } from './harness.ts';
import type * as OfficersRender from './browser/officers-render.ts';

type Bench = { __bench: typeof OfficersRender };

export default async function officersRenderBench(): Promise<void> {
  const page = await pageWithModule(new URL('./browser/officers-render.ts', import.meta.url).pathname);
  try {
    const small = await page.evaluate(() => (window as unknown as Bench).__bench.renderTiming(50));
    const large = await page.evaluate(() => (window as unknown as Bench).__bench.renderTiming(10_000));
    const ratio = large.firstRenderMs / small.firstRenderMs;
    report({
      name: 'zfgs-officers first render, 10,000 entries',
      value: large.firstRenderMs,
      unit: 'ms',
      reference: { name: 'same widget, 50 entries', value: small.firstRenderMs },
      target: '≤ 2×',
      met: ratio <= 2,
    });
    report({
      name: 'zfgs-officers fully validated, 10,000 entries',
      value: large.settledMs,
      unit: 'ms',
      reference: { name: 'same widget, 50 entries', value: small.settledMs },
    });
  } finally {
    await page.close();
  }
}
