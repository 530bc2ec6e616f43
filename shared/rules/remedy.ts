// remedy: administrative reconsideration and litigation — where, how, deadlines (hz-gs 6(6); wh-gs 5(6); zc 15; qp 二(一)2).
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const DEADLINE = /([0-9]+|[一二三四五六七八九十]+)(个)?(日|天|月)(内|之内)/u;

const spec: ItemSpec<'remedy'> = {
  id: 'remedy',
  section: { kind: 'remedy', has: () => true },
  names: /(权利)?救济(途径|渠道|方式|告知)|复议(和|与|及|、)?诉讼/,
  content(page) {
    const reconsideration = page.runs.find((run) => /行政复议/.test(run.compact));
    const litigation = page.runs.find((run) => /行政诉讼/.test(run.compact));
    if (!reconsideration && !litigation) return undefined;
    const first = (reconsideration ?? litigation)!;
    const fields = [reconsideration && 'reconsideration', litigation && 'litigation'].filter((key): key is string => Boolean(key));
    if ([reconsideration, litigation].some((run) => run && DEADLINE.test(run.compact))) fields.push('deadline');
    return { target: first.item.target, text: first.item.text, fields };
  },
  contentFields: () => [
    { key: 'reconsideration', pattern: /行政复议/, isCore: true },
    { key: 'litigation', pattern: /行政诉讼/, isCore: true },
    { key: 'deadline', pattern: DEADLINE },
  ],
};

export const remedy: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
