// legal-review-flowchart: the flowchart of the legal review of major decisions (hz-sh 9, 11, 13; wh-sh 8, 13–15).
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const NAMES = /法制审核(工作)?(流程|程序)(图)?|审核流程图/;

const spec: ItemSpec<'procedures'> = {
  id: 'legal-review-flowchart',
  section: { kind: 'procedures', has: (data) => data.items.some((item) => item.preset === 'legal-review' || /法制审核/.test(item.title)) },
  names: NAMES,
  acceptsDocuments: true,
};

export const legalReviewFlowchart: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
