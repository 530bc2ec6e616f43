// procedure-flowchart: the enforcement flowcharts (hz-gs 6(4); zc 14; hb (四); qp 二(一)2; wh-gs 5(3)).
// Usually published as images or documents named 流程图; the flowchart widget carries procedure data.
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const LEGAL_REVIEW = /法制审核/;
const NAMES = /(?<!法制审核(工作)?)(流程图|程序图)|(执法|处罚|许可|检查|强制|征收|办事|办理|审批)(程序)?流程/;
const STEP = /→|⇒|↓|——>|-->|^第[一二三四五六七八九十]+步/u;

const spec: ItemSpec<'procedures'> = {
  id: 'procedure-flowchart',
  section: { kind: 'procedures', has: (data) => data.items.some((item) => item.preset !== 'legal-review' && !LEGAL_REVIEW.test(item.title)) },
  names: NAMES,
  content(page) {
    const isNamed = NAMES.test(page.title) || page.headings.some((heading) => NAMES.test(heading.compact) && !LEGAL_REVIEW.test(heading.compact));
    const steps = page.runs.filter((run) => STEP.test(run.compact));
    if (!isNamed || steps.length < 2) return undefined;
    return { target: steps[0]!.item.target, text: steps[0]!.item.text };
  },
  acceptsDocuments: true,
};

export const procedureFlowchart: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
