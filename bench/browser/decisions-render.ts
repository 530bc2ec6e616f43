// Runs in Chromium (bundled by pageWithModule): <zfgs-decisions> with n entries, each with a line of facts for the
// detectors to scan, timed by first-render.ts.
import '../../widgets/decisions/decisions.ts';
import type { DecisionsSection } from '../../shared/schema/index.ts';
import { generatedDecisions } from '../../widgets/decisions/decisions.examples.ts';
import { firstRenderTiming, type RenderTiming } from './first-render.ts';

export function decisions(count: number): DecisionsSection {
  const items = generatedDecisions(count).map((item, index) => ({
    ...item,
    facts: `当事人于${item.decisionDate.slice(0, 4)}年在经营场所销售不符合食品安全标准的食品，涉案货值${(index % 90) + 10}元，违法所得${index % 50}元。`,
  }));
  return { updated: '2026-11-18', items };
}

export function renderTiming(count: number, runs = 9): Promise<RenderTiming> {
  return firstRenderTiming(() => document.createElement('zfgs-decisions'), decisions(count), runs);
}
