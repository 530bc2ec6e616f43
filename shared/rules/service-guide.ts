// service-guide: service guides with the fields the profile names — hz: item, accepting and approving body,
// conditions, time limit; zc: place, contact, model texts, process, materials, time limit, supervision,
// remedy (hz-gs 6(4); zc 15; hb (四); qp 二(一)2).
import type { ServiceGuideField } from '../catalogue/profiles.ts';
import type { ServiceGuide } from '../schema/index.ts';
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule, RuleContext } from './types.ts';

const PATTERNS: Readonly<Record<ServiceGuideField, RegExp>> = {
  name: /事项名称|项目名称|服务事项/,
  acceptingBody: /受理(机构|机关|部门|单位|窗口)/,
  approvingBody: /(审批|决定|实施)(机构|机关|部门|主体)/,
  conditions: /(受理|申请|许可|办理)条件/,
  timeLimit: /(法定|承诺)?(办理|办结)?时限|办理期限|承诺期限/,
  place: /办理(场所|地点)|受理地点|办公地点/,
  contact: /(咨询|联系)(电话|方式)/,
  templates: /示范文本|样本|样表|空白表格/,
  process: /办(事|理)流程|办理程序/,
  materials: /(申请|申报)?材料/,
  supervision: /监督(方式|投诉|电话)/,
  remedy: /(权利)?救济|复议|诉讼/,
};

const HAS_FIELD: Readonly<Record<ServiceGuideField, (guide: ServiceGuide) => boolean>> = {
  name: (guide) => Boolean(guide.name),
  acceptingBody: (guide) => Boolean(guide.acceptingBody),
  approvingBody: (guide) => Boolean(guide.approvingBody),
  conditions: (guide) => guide.conditions.length > 0,
  timeLimit: (guide) => Boolean(guide.timeLimit),
  place: (guide) => Boolean(guide.place),
  contact: (guide) => Boolean(guide.contactPhone),
  templates: (guide) => (guide.templates?.length ?? 0) > 0 || guide.materials.some((material) => material.template),
  process: (guide) => (guide.process?.length ?? 0) > 0,
  materials: (guide) => guide.materials.length > 0,
  supervision: (guide) => Boolean(guide.supervision),
  remedy: (guide) => Boolean(guide.remedy),
};

/** Every field a guide may show; the profile's are core. */
function fields(context: RuleContext): FieldSpec[] {
  const named = new Set(context.profile.serviceGuideFields);
  return (Object.keys(PATTERNS) as ServiceGuideField[]).filter((key) => named.has(key)).map((key) => ({ key, pattern: PATTERNS[key], isCore: true }));
}

const spec: ItemSpec<'serviceGuides'> = {
  id: 'service-guide',
  section: {
    kind: 'serviceGuides',
    lacks: (data, context) => [context.profile.serviceGuideFields.filter((key) => !data.items.every(HAS_FIELD[key])), []],
  },
  names: /(服务|办事|办理)指南/,
  columns: { fields, min: 3, required: ['name', 'timeLimit'], excludes: /权力|职权|设定依据|裁量|当事人/ },
  labels: { fields, min: 2, required: ['timeLimit'] },
};

export const serviceGuide: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
