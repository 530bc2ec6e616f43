// What the builder can import: one entry per disclosure list, naming the schema section, the widget that shows it,
// and for each field its label, the column headers webmasters' spreadsheets use for it (auto-suggested mapping),
// and how a cell is read (text, date, whole number, yes/no, or one of a closed set of values with its Chinese names).
import type { SchemaKind } from '../../shared/schema/index.ts';
import { enforcementKindNames } from '../../shared/i18n/widgets/zh-CN/enforcement-kinds.ts';

export type Bilingual = { 'zh-CN': string; en: string };

export type FieldType =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  /** code → the words a spreadsheet may use for it (the code itself is always accepted). */
  | { kind: 'choice'; choices: Record<string, string[]> };

export interface TargetField {
  /** Dotted path in an item: name, party.name. */
  path: string;
  label: Bilingual;
  /** Column headers that mean this field, compared after normalisation (see mapping.ts). */
  headers: string[];
  type: FieldType;
  /** Required by the schema (missing → a problem on every row). */
  isRequired?: boolean;
  /**
   * What the field becomes when no column feeds it, said to the webmaster in `note` (never silently): officers
   * without a status column are taken as valid, a party's kind is read from its credit code.
   */
  fallback?: { value: (item: Record<string, unknown>) => unknown; note: Bilingual };
}

export type TargetId = 'officers' | 'decisions' | 'powerList' | 'inspections';

export interface ImportTarget {
  id: TargetId;
  /** The section kind of shared/schema the items go into ({ updated, items }). */
  section: SchemaKind;
  /** The widget that shows it. */
  tag: string;
  label: Bilingual;
  fields: TargetField[];
  /** Whether the detectors look for personal data with the party of each row (decisions). */
  hasParty?: boolean;
}

const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;

const enforcementChoices = Object.fromEntries(
  Object.entries(enforcementKindNames).map(([code, name]) => [code, [name, name.replace(/^行政/, '')]]),
) as Record<string, string[]>;

const field = (path: string, zh: string, en: string, headers: string[], type: FieldType = text, isRequired = false, fallback?: TargetField['fallback']): TargetField => ({
  path,
  label: { 'zh-CN': zh, en },
  headers: [zh, ...headers],
  type,
  isRequired,
  ...(fallback ? { fallback } : {}),
});

/** 个体工商户 codes start with 92 (GB 32100 registration authority 9, kind 2); other codes are organisations. */
function partyKindFromCode(item: Record<string, unknown>): string {
  const party = item['party'] as { uscc?: unknown } | undefined;
  const code = typeof party?.uscc === 'string' ? party.uscc : '';
  if (code === '') return 'natural';
  return code.startsWith('92') ? 'other' : 'legal';
}

export const TARGETS: readonly ImportTarget[] = [
  {
    id: 'officers',
    section: 'officers',
    tag: 'zfgs-officers',
    label: { 'zh-CN': '行政执法人员', en: 'Enforcement officers' },
    fields: [
      field('name', '姓名', 'Name', ['执法人员姓名', '人员姓名', '名字'], text, true),
      field('certificateNumber', '执法证号', 'Certificate number', ['执法证件号', '执法证件号码', '执法证编号', '证件号', '证号', '行政执法证号']),
      field('unit', '单位', 'Unit', ['所在单位', '工作单位', '所属单位', '执法单位']),
      field('position', '职务', 'Position', ['岗位', '职位']),
      field('gender', '性别', 'Gender', [], { kind: 'choice', choices: { male: ['男'], female: ['女'] } }),
      field('birthYear', '出生年份', 'Year of birth', ['出生年'], { kind: 'integer' }),
      field('age', '年龄', 'Age', [], { kind: 'integer' }),
      field('category', '执法类别', 'Enforcement category', ['执法门类', '执法领域']),
      field('area', '执法区域', 'Area', ['执法地域', '执法范围']),
      field('validFrom', '有效期起', 'Valid from', ['发证日期', '有效期自', '有效期开始'], date),
      field('validUntil', '有效期至', 'Valid until', ['有效期', '有效期止', '证件有效期', '有效期截止', '到期日期'], date),
      field('status', '证件状态', 'Status', ['状态', '执法证状态'], { kind: 'choice', choices: { valid: ['有效', '正常', '在用'], suspended: ['暂停', '暂扣', '暂停执法'], revoked: ['注销', '吊销', '收回', '已注销'] } }, true, {
        value: () => 'valid',
        note: { 'zh-CN': '没有“证件状态”列：全部按“有效”导入，请核对。', en: 'No status column: every officer is imported as valid; please check.' },
      }),
      field('auxiliary', '执法辅助人员', 'Auxiliary staff', ['辅助人员', '是否辅助人员', '协管员'], { kind: 'boolean' }),
    ],
  },
  {
    id: 'decisions',
    section: 'decisions',
    tag: 'zfgs-decisions',
    label: { 'zh-CN': '行政执法决定', en: 'Enforcement decisions' },
    hasParty: true,
    fields: [
      field('documentNumber', '文号', 'Document number', ['决定书文号', '决定文书号', '处罚决定书文号', '行政处罚决定书文号', '许可决定书文号', '文书号'], text, true),
      field('caseName', '案件名称', 'Case', ['案由', '项目名称', '许可事项'], text, true),
      field('party.name', '当事人', 'Party', ['当事人名称', '当事人姓名', '行政相对人名称', '相对人名称', '当事人姓名或名称', '行政相对人'], text, true),
      field('party.kind', '当事人类型', 'Kind of party', ['相对人类别', '行政相对人类别', '当事人类别'], {
        kind: 'choice',
        choices: { natural: ['自然人', '个人', '公民'], legal: ['法人', '企业', '法人及非法人组织'], other: ['其他组织', '个体工商户', '非法人组织'] },
      }, true, {
        value: partyKindFromCode,
        note: {
          'zh-CN': '没有“当事人类型”列：有统一社会信用代码的按法人（92 开头的按个体工商户），没有的按自然人，请核对。',
          en: 'No party-kind column: parties with a credit code are taken as legal persons (92… as sole traders), others as natural persons; please check.',
        },
      }),
      field('party.uscc', '统一社会信用代码', 'Unified social credit code', ['社会信用代码', '信用代码', '统一代码']),
      field('party.legalRepresentative', '法定代表人', 'Legal representative', ['法定代表人（负责人）', '法定代表人(负责人)', '负责人', '法人代表']),
      field('facts', '主要违法事实', 'Main facts', ['违法事实', '主要事实', '违法行为']),
      field('legalBasis', '法律依据', 'Legal basis', ['处罚依据', '依据', '许可依据', '执法依据'], text, true),
      field('content', '执法决定', 'Decision', ['处罚内容', '处罚结果', '决定内容', '处罚决定', '许可内容', '执法结论'], text, true),
      field('kind', '决定类别', 'Kind of decision', ['类别', '执法类别', '决定类型', '执法类型'], {
        kind: 'choice',
        choices: { licence: ['行政许可', '许可'], penalty: ['行政处罚', '处罚'], coercion: ['行政强制', '强制'], other: ['其他'] },
      }, true),
      field('procedure', '程序', 'Procedure', ['适用程序', '处罚程序'], { kind: 'choice', choices: { simple: ['简易程序', '简易'], general: ['普通程序', '一般程序', '普通', '一般'] } }),
      field('enforcingBody', '执法主体', 'Enforcing body', ['处罚机关', '作出决定机关', '执法机关', '决定机关', '许可机关', '执法主体名称'], text, true),
      field('decisionDate', '决定日期', 'Date of decision', ['处罚决定日期', '作出决定日期', '处罚日期', '许可决定日期', '决定时间'], date, true),
      field('publicationDate', '公开日期', 'Date published', ['公示日期', '发布日期', '公开时间', '公示时间'], date, true),
      field('fulfilment', '履行情况', 'Fulfilment', ['执行情况']),
      field('fullText', '决定书全文', 'Full text', ['全文', '决定书内容']),
    ],
  },
  {
    id: 'powerList',
    section: 'powerList',
    tag: 'zfgs-power-list',
    label: { 'zh-CN': '权责清单', en: 'Power and responsibility list' },
    fields: [
      field('code', '事项编码', 'Item code', ['编码', '权力编码', '事项代码']),
      field('category', '类别', 'Category', ['权力类别', '事项类别', '权力类型', '职权类别'], { kind: 'choice', choices: enforcementChoices }, true),
      field('name', '事项名称', 'Item', ['权力事项名称', '名称', '职权名称', '权力名称'], text, true),
      field('basis', '依据', 'Basis', ['设定依据', '实施依据', '法律依据', '法定依据'], text, true),
      field('discretion', '裁量基准', 'Discretion benchmark', ['行政裁量基准', '自由裁量基准']),
      field('unit', '实施主体', 'Unit', ['执法机构', '承办机构', '实施机构', '责任主体'], text, true),
      field('timeLimit', '办理时限', 'Time limit', ['时限', '法定时限', '承诺时限']),
      field('remedy', '救济渠道', 'Remedy', ['救济途径']),
      field('responsibility', '责任事项', 'Responsibilities', []),
      field('accountability', '追责情形', 'Accountability', ['追责情形及依据']),
    ],
  },
  {
    id: 'inspections',
    section: 'inspections',
    tag: 'zfgs-inspection-list',
    label: { 'zh-CN': '随机抽查事项清单', en: 'Random inspection list' },
    fields: [
      field('name', '抽查事项', 'Item', ['抽查事项名称', '检查事项'], text, true),
      field('basis', '抽查依据', 'Basis', ['检查依据', '依据'], text, true),
      field('body', '抽查主体', 'Inspecting body', ['检查主体', '实施主体'], text, true),
      field('target', '抽查对象', 'Target', ['检查对象'], text, true),
      field('content', '抽查内容', 'Content', ['检查内容'], text, true),
      field('method', '抽查方式', 'Method', ['检查方式'], text, true),
      field('ratio', '抽查比例', 'Ratio', ['检查比例'], text, true),
      field('frequency', '抽查频次', 'Frequency', ['检查频次'], text, true),
    ],
  },
];

export function targetById(id: string): ImportTarget | undefined {
  return TARGETS.find((target) => target.id === id);
}
