// The Node side of a widget's first-render benchmark (issue 5: 10,000 entries within 2× of 50): loads the widget's
// browser module (which exports renderTiming(count, runs?)) in Chromium and reports both figures.
import { pageWithModule, report } from './harness.ts';
import type { RenderTiming } from './browser/first-render.ts';

interface RenderBench {
  renderTiming(count: number, runs?: number): Promise<RenderTiming>;
}

export interface FirstRenderBench {
  /** The element's tag, as the figures name it. */
  tag: string;
  /** The browser module's path (bench/browser/…-render.ts). */
  modulePath: string;
  /** What `settled` means for this widget, for the second figure's name. */
  settledAs: string;
  /** Renders of the 10,000-entry widget to take the median of (fewer where one is slow). */
  largeRuns?: number;
}

export async function reportFirstRender({ tag, modulePath, settledAs, largeRuns }: FirstRenderBench): Promise<void> {
  const page = await pageWithModule(modulePath);
  try {
    const small = await page.evaluate(() => (window as unknown as { __bench: RenderBench }).__bench.renderTiming(50));
    const large = await page.evaluate((runs) => (window as unknown as { __bench: RenderBench }).__bench.renderTiming(10_000, runs), largeRuns);
    report({
      name: `${tag} first render, 10,000 entries`,
      value: large.firstRenderMs,
      unit: 'ms',
      reference: { name: 'same widget, 50 entries', value: small.firstRenderMs },
      target: '≤ 2×',
      met: large.firstRenderMs / small.firstRenderMs <= 2,
    });
    report({
      name: `${tag} ${settledAs}, 10,000 entries`,
      value: large.settledMs,
      unit: 'ms',
      reference: { name: 'same widget, 50 entries', value: small.settledMs },
    });
  } finally {
    await page.close();
  }
}
