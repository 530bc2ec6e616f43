// window-staff-board: the staff board of a service window or hall (岗位信息公示牌) — name, position, post
// duties; qp adds a photo, zc the unit and enforcement kind (hz-gs 7(3); qp 二(一)3; zc 16; hb (五)).
// Required only where a page serves a window or hall.
import type { StaffBoardField } from '../catalogue/profiles.ts';
import type { FieldSpec } from './support/fields.ts';
import { sectionsOfKind } from './support/islands.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule, RuleContext } from './types.ts';

const WINDOW_PAGE = /窗口|(办事|服务|政务|办证)大厅/;
const BASE_FIELDS: readonly FieldSpec[] = [
  { key: 'name', pattern: /姓名/, isCore: true },
  { key: 'position', pattern: /职务|岗位(名称)?$/, isCore: true },
  { key: 'duties', pattern: /(岗位)?职责/, isCore: true },
];
const PROFILE_FIELDS: Readonly<Record<StaffBoardField, FieldSpec>> = {
  photo: { key: 'photo', pattern: /照片|相片/, isCore: true },
  unit: { key: 'unit', pattern: /单位|部门/, isCore: true },
  enforcementKind: { key: 'enforcementKind', pattern: /执法(类别|种类)|类别/, isCore: true },
};

const fields = (context: RuleContext): FieldSpec[] => [...BASE_FIELDS, ...context.profile.staffBoardFields.map((key) => PROFILE_FIELDS[key])];

const spec: ItemSpec<'staffBoard'> = {
  id: 'window-staff-board',
  section: {
    kind: 'staffBoard',
    lacks: (data, context) => [
      context.profile.staffBoardFields.filter((key) => !data.items.every((staff) => (key === 'enforcementKind' ? staff.enforcementKind : staff[key]))),
      [],
    ],
  },
  names: /岗位(信息)?公示(牌)?|窗口(工作)?人员(信息)?|窗口(信息|公示)/,
  columns: { fields, min: 3, required: ['name', 'duties'] },
  isApplicable: (pages) =>
    pages.some((page) => sectionsOfKind(page.snapshot, 'staffBoard').length > 0 || WINDOW_PAGE.test(page.title) || page.headings.some((heading) => WINDOW_PAGE.test(heading.compact))),
};

export const windowStaffBoard: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
