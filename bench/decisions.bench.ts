// First render of <zfgs-decisions> with 10,000 entries as a ratio to the same widget with 50 (target ≤ 2×), measured
// in Chromium. Validation and the personal-data scan are O(n): the widget validates the first 100 entries and scans
// the page it shows before the first render, the rest while the browser is idle (figure two). With 50 entries all
// of it happens before the first render, which is part of the reference figure.
import { reportFirstRender } from './widget-first-render.ts';

export default function decisionsRenderBench(): Promise<void> {
  return reportFirstRender({
    tag: 'zfgs-decisions',
    modulePath: new URL('./browser/decisions-render.ts', import.meta.url).pathname,
    settledAs: 'validated, scanned, island written',
    largeRuns: 5,
  });
}
