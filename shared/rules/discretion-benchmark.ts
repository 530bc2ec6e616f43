// discretion-benchmark: the discretion rules and benchmarks (hz-gs 6(3); wh-gs 5(1); zc 12; hb (四); qp 二(一)2).
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FIELDS: readonly FieldSpec[] = [
  { key: 'violation', pattern: /违法(行为|情形|事项)/, isCore: true },
  { key: 'basis', pattern: /(处罚|法律|违法)?依据/ },
  { key: 'circumstance', pattern: /情节|裁量(等级|阶次|幅度|档次)|违法程度|适用(条件|情形)/, isCore: true },
  { key: 'penalty', pattern: /处罚(标准|幅度|种类|结果|内容)|裁量(标准|基准)|基准/, isCore: true },
];

const spec: ItemSpec<'legalBasis'> = {
  id: 'discretion-benchmark',
  section: { kind: 'legalBasis', has: (data) => (data.benchmarks?.length ?? 0) > 0 },
  names: /裁量(权)?(基准|标准|细则|规则|权实施办法)|自由裁量/,
  columns: { fields: () => FIELDS, min: 3, required: ['circumstance'] },
  acceptsDocuments: true,
};

export const discretionBenchmark: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
