// agency-identity: the enforcing body's name, office address and contact (hz-gs 6(1); zc 10; hb (四); qp 二(一)2; wh-gs 5).
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FIELDS: readonly FieldSpec[] = [
  { key: 'name', pattern: /(执法)?主体(名称)?|(单位|机构|机关|部门)名称/, isCore: true },
  { key: 'address', pattern: /(办公|单位|联系|通讯)?地址|办公地点/, isCore: true },
  { key: 'contact', pattern: /(联系|办公|咨询|值班)?电话|联系方式/, isCore: true },
];

const spec: ItemSpec<'agency'> = {
  id: 'agency-identity',
  section: { kind: 'agency', has: () => true },
  names: /执法主体|主体信息|机构(概况|简介|信息)|单位(概况|简介|信息)|机关(简介|概况)|部门概况/,
  columns: { fields: () => FIELDS, min: 2, required: ['name'] },
  labels: { fields: () => FIELDS, min: 2, required: ['name'] },
};

export const agencyIdentity: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
