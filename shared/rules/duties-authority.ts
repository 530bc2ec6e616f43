// duties-authority: functions, enforcement area and scope (hz-gs 6(2); wh-gs 5(2); hb (四); qp 二(一)2).
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const NAMES = /主要职(责|能)|机构职能|职能职责|职责(权限|范围)|执法(职责|权限)|部门职责|职责职权/;
const FIELDS: readonly FieldSpec[] = [
  { key: 'functions', pattern: /(主要)?职(能|责)/, isCore: true },
  { key: 'area', pattern: /执法区域|管辖(区域|范围)|辖区/ },
  { key: 'scope', pattern: /执法范围|职权范围|执法权限|权限范围/ },
];
// （一）负责… / 1.承担… : how 三定 duties are listed.
const NUMBERED_DUTY = /^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]+(负责|承担|组织|拟订|指导|依法|监督|管理|完成|参与|统筹)/u;
const AREA = /执法区域|管辖(区域|范围)|辖区|行政区域内/;
const SCOPE = /执法范围|职权范围|执法权限|权限范围|行使.{0,20}(处罚|许可|检查|强制)权/;

const spec: ItemSpec<'duties'> = {
  id: 'duties-authority',
  section: { kind: 'duties', has: (data) => data.functions.length > 0 },
  names: NAMES,
  labels: { fields: () => FIELDS, min: 2, required: ['functions'] },
  content(page) {
    const duties = page.runs.filter((run) => NUMBERED_DUTY.test(run.compact));
    const isNamed = NAMES.test(page.title) || page.headings.some((heading) => NAMES.test(heading.compact));
    if (duties.length < (isNamed ? 1 : 3)) return undefined;
    const fields = ['functions'];
    if (page.runs.some((run) => AREA.test(run.compact))) fields.push('area');
    if (page.runs.some((run) => SCOPE.test(run.compact))) fields.push('scope');
    return { target: duties[0]!.item.target, text: duties[0]!.item.text, fields };
  },
  contentFields: () => FIELDS,
};

export const dutiesAuthority: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
