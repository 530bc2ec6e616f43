// random-inspection-list: the 随机抽查事项清单 (双随机一公开) — basis, inspecting body, target, content,
// method, ratio and frequency (hz-gs 6(5); zc 13; hb (四); qp 二(一)2).
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FIELDS: readonly FieldSpec[] = [
  { key: 'item', pattern: /(抽查|检查)(事项|项目)(名称)?|事项名称/ },
  { key: 'basis', pattern: /依据/, isCore: true },
  { key: 'body', pattern: /(抽查|检查|实施)(主体|机关|部门|单位)/, isCore: true },
  { key: 'target', pattern: /(抽查|检查)对象/, isCore: true },
  { key: 'content', pattern: /(抽查|检查)内容/, isCore: true },
  { key: 'method', pattern: /(抽查|检查)方式/, isCore: true },
  { key: 'ratio', pattern: /比例/, isCore: true },
  { key: 'frequency', pattern: /频次|频率/, isCore: true },
];

const spec: ItemSpec<'inspections'> = {
  id: 'random-inspection-list',
  section: { kind: 'inspections' },
  names: /(随机)?抽查事项(清单|目录)|双随机(一公开)?(抽查)?事项|随机抽查(事项)?清单/,
  columns: { fields: () => FIELDS, min: 4, required: ['target'], excludes: /结果|(抽查|检查)?(日期|时间)|当事人/ },
  acceptsDocuments: true,
};

export const randomInspectionList: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
