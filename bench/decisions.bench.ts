// First render of <zfgs-decisions> with 10,000 entries as a ratio to the same widget with 50 (target ≤ 2×), measured
// in Chromium. Validation and the personal-data scan are O(n): the widget validates the first 100 entries and scans
// the page it shows before the first render, the rest while the browser is idle (figure two). With 50 entries all
// of it happens before the first render, which is part of the reference figure.
import { pageWithModule, report } from './harness.ts';
import type * as DecisionsRender from './browser/decisions-render.ts';

type Bench = { __bench: typeof DecisionsRender };

export default async function decisionsRenderBench(): Promise<void> {
  const page = await pageWithModule(new URL('./browser/decisions-render.ts', import.meta.url).pathname);
  try {
    const small = await page.evaluate(() => (window as unknown as Bench).__bench.renderTiming(50));
    const large = await page.evaluate(() => (window as unknown as Bench).__bench.renderTiming(10_000, 5));
    const ratio = large.firstRenderMs / small.firstRenderMs;
    report({
      name: 'zfgs-decisions first render, 10,000 entries',
      value: large.firstRenderMs,
      unit: 'ms',
      reference: { name: 'same widget, 50 entries', value: small.firstRenderMs },
      target: '≤ 2×',
      met: ratio <= 2,
    });
    report({
      name: 'zfgs-decisions validated, scanned, island written, 10,000 entries',
      value: large.settledMs,
      unit: 'ms',
      reference: { name: 'same widget, 50 entries', value: small.settledMs },
    });
  } finally {
    await page.close();
  }
}
