// power-responsibility-list: the 权责清单 / 执法事项清单 — category, item, basis, enforcing unit; discretion,
// time limits and remedy where the list has them (hz-gs 6(5); zc 12; hb (四); qp 二(一)).
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FIELDS: readonly FieldSpec[] = [
  { key: 'category', pattern: /(权力|职权|事项|执法)?类(别|型)/, isCore: true },
  { key: 'name', pattern: /(事项|权力|职权|项目|子项)名称/, isCore: true },
  { key: 'basis', pattern: /依据/, isCore: true },
  { key: 'unit', pattern: /(执法|实施)(机构|主体|部门|单位)|承办(机构|处室)|责任(单位|处室|主体)/, isCore: true },
  { key: 'discretion', pattern: /裁量/ },
  { key: 'timeLimit', pattern: /时限|期限/ },
  { key: 'remedy', pattern: /救济/ },
];

const spec: ItemSpec<'powerList'> = {
  id: 'power-responsibility-list',
  section: {
    kind: 'powerList',
    lacks: (data) => [[], (['discretion', 'timeLimit', 'remedy'] as const).filter((key) => !data.items.some((item) => item[key]))],
  },
  names: /权责清单|权力清单|责任清单|执法事项(清单|目录)|行政权力(事项|清单)|职权(清单|目录)/,
  columns: { fields: () => FIELDS, min: 3, required: ['name', 'basis'], excludes: /当事人|相对人|决定(日期|时间)|文号|抽查对象/ },
  acceptsDocuments: true,
};

export const powerResponsibilityList: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
