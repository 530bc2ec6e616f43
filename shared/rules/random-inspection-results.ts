// random-inspection-results: results of random inspections are published (hz-gs 8(1); zc 18; hb (五)).
import { INSPECTION_RESULT_FIELDS } from './support/inspection-results.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const spec: ItemSpec<'inspections'> = {
  id: 'random-inspection-results',
  section: { kind: 'inspections', has: (data) => (data.results ?? []).some((result) => result.kind !== 'other') },
  names: /(双随机|随机)(一公开)?.{0,6}(抽查)?(结果|情况)|抽查(检查)?(结果|情况)(公示|公开)?/,
  columns: { fields: () => INSPECTION_RESULT_FIELDS, min: 2, required: ['target', 'result'], excludes: /依据|频次|比例/ },
  acceptsDocuments: true,
};

export const randomInspectionResults: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
