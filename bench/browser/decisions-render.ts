// Runs in Chromium (bundled by pageWithModule): first render of <zfgs-decisions> with n entries, measured inside
// the page from setting the data to a laid-out first page, and the time until every entry is validated and the
// masked island is written (work done while the browser is idle).
import '../../widgets/decisions/decisions.ts';
import type { ZfgsDecisions } from '../../widgets/decisions/decisions.ts';
import type { DecisionsSection } from '../../shared/schema/index.ts';
import { generatedDecisions } from '../../widgets/decisions/decisions.examples.ts';

/** n decisions with a line of facts each (what the detectors scan), spread over years and kinds. */
export function decisions(count: number): DecisionsSection {
  const items = generatedDecisions(count).map((item, index) => ({
    ...item,
    facts: `当事人于${item.decisionDate.slice(0, 4)}年在经营场所销售不符合食品安全标准的食品，涉案货值${(index % 90) + 10}元，违法所得${index % 50}元。`,
  }));
  return { updated: '2026-11-18', items };
}

export interface RenderTiming {
  /** Data set → first page rendered and laid out. */
  firstRenderMs: number;
  /** Data set → every entry validated and the island written. */
  settledMs: number;
}

async function once(data: DecisionsSection): Promise<RenderTiming> {
  const element = document.createElement('zfgs-decisions') as ZfgsDecisions;
  const t0 = performance.now();
  element.data = data;
  document.body.append(element);
  await element.updateComplete;
  void element.shadowRoot!.querySelector('table')!.getBoundingClientRect();
  const firstRenderMs = performance.now() - t0;
  await element.settled;
  const settledMs = performance.now() - t0;
  element.remove();
  return { firstRenderMs, settledMs };
}

/** Medians of `runs` renders of fresh elements (fresh copies of the data: no scan is cached), after a warm-up. */
export async function renderTiming(count: number, runs = 9): Promise<RenderTiming> {
  const data = decisions(count);
  await once(structuredClone(data));
  const samples: RenderTiming[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once(structuredClone(data)));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { firstRenderMs: median(samples.map((s) => s.firstRenderMs)), settledMs: median(samples.map((s) => s.settledMs)) };
}
