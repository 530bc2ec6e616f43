// inspection-results (zc, wh): results of inspections, tests and checks, and the fulfilment of decisions
// (zc 18; wh-gs 5(5)).
import { decisionsOnPage } from './support/decisions.ts';
import { INSPECTION_RESULT_FIELDS } from './support/inspection-results.ts';
import { sectionsOfKind } from './support/islands.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FULFILMENT = /履行情况|执行情况|履行(完毕|结果)|已(缴纳|履行|执行)/;

const spec: ItemSpec<'inspections'> = {
  id: 'inspection-results',
  section: { kind: 'inspections', has: (data) => (data.results?.length ?? 0) > 0 },
  names: /(检查|检验|检测|抽检|监测|抽查)(结果|情况)|(决定)?履行情况/,
  columns: { fields: () => INSPECTION_RESULT_FIELDS, min: 2, required: ['target', 'result'], excludes: /依据|频次|比例/ },
  content(page) {
    // Decisions published with their fulfilment (履行情况) show it too.
    const fulfilled = sectionsOfKind(page.snapshot, 'decisions').find((section) => section.data?.items.some((decision) => decision.fulfilment));
    if (fulfilled) return { target: fulfilled.target, text: fulfilled.data?.items.find((decision) => decision.fulfilment)?.fulfilment ?? '' };
    if (decisionsOnPage(page.snapshot).length === 0) return undefined;
    const run = page.runs.find((item) => FULFILMENT.test(item.compact));
    return run ? { target: run.item.target, text: run.item.text } : undefined;
  },
  acceptsDocuments: true,
};

export const inspectionResults: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
