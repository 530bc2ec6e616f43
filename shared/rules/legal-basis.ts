// legal-basis: the laws, regulations and rules applied (hz-gs 6(3); wh-gs 5(1); zc 12; hb (四)).
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const NAMES = /执法依据|法律依据|法律法规(依据|目录|清单)?|政策法规|法规(文件|依据|目录)|设定依据/;
/** A line naming a law: 《中华人民共和国行政处罚法》, 1.《浙江省…条例》. */
const LAW_LINE = /^[\d一二三四五六七八九十、.．（()）\s]*《[^》]{2,60}(法|条例|规定|办法|规则|细则|决定|规章)》/u;

const spec: ItemSpec<'legalBasis'> = {
  id: 'legal-basis',
  section: { kind: 'legalBasis', has: (data) => data.documents.length > 0 },
  names: NAMES,
  content(page) {
    const lines = [...page.runs, ...page.links].filter((item) => item.compact.length <= 80 && LAW_LINE.test(item.compact));
    const distinct = new Set(lines.map((line) => line.compact));
    const isNamed = NAMES.test(page.title) || page.headings.some((heading) => NAMES.test(heading.compact));
    if (distinct.size < (isNamed ? 1 : 3)) return undefined;
    const first = lines[0]!;
    return { target: first.item.target, text: first.item.text };
  },
  acceptsDocuments: true,
};

export const legalBasis: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
