// First render of <zfgs-officers> with 10,000 entries as a ratio to the same widget with 50 (target ≤ 2×), measured
// in Chromium; beside it, the time until all 10,000 entries are validated (the part done while the browser is idle).
import { reportFirstRender } from './widget-first-render.ts';

export default function officersRenderBench(): Promise<void> {
  return reportFirstRender({
    tag: 'zfgs-officers',
    modulePath: new URL('./browser/officers-render.ts', import.meta.url).pathname,
    settledAs: 'fully validated',
  });
}
