// Validation messages in Chinese and English, one per issue code. Values quoted from the input are cut short:
// a message never carries a whole (possibly huge, possibly personal) value.
import type { IssueCode } from './codes.ts';

export interface BilingualMessage {
  'zh-CN': string;
  en: string;
}

/** What a message may quote: the expected value or type, and what was received (already shortened). */
export interface IssueDetail {
  expected?: string;
  received?: string;
}

type Template = (detail: IssueDetail) => BilingualMessage;

const TYPE_NAMES: Record<string, BilingualMessage> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': 'true 或 false', en: 'true or false' },
  Array: { 'zh-CN': '列表', en: 'a list' },
  Object: { 'zh-CN': '对象', en: 'an object' },
};

const got = (detail: IssueDetail) => detail.received ?? '?';

export const SCHEMA_MESSAGES: Record<IssueCode, Template> = {
  type: (detail) => {
    const expected = TYPE_NAMES[detail.expected ?? ''] ?? { 'zh-CN': detail.expected ?? '?', en: detail.expected ?? '?' };
    return { 'zh-CN': `类型错误：应为${expected['zh-CN']}，收到 ${got(detail)}`, en: `wrong type: must be ${expected.en}, got ${got(detail)}` };
  },
  missing: () => ({ 'zh-CN': '缺少必填字段', en: 'required field is missing' }),
  unknownField: (detail) => ({ 'zh-CN': `不认识的字段 ${got(detail)}`, en: `unknown field ${got(detail)}` }),
  schemaVersion: (detail) => ({ 'zh-CN': `不支持的数据版本 ${got(detail)}（应为 ${detail.expected ?? '?'}）`, en: `unsupported schema version ${got(detail)} (expected ${detail.expected ?? '?'})` }),
  unknownKind: (detail) => ({ 'zh-CN': `未知的取值 ${got(detail)}（应为 ${detail.expected ?? '?'} 之一）`, en: `unknown value ${got(detail)} (expected one of ${detail.expected ?? '?'})` }),
  countOrNoPower: (detail) => ({ 'zh-CN': `应为非负整数，或 "no-power"（无此职权），收到 ${got(detail)}`, en: `must be a count, or "no-power" when the agency holds no such power; got ${got(detail)}` }),
  empty: () => ({ 'zh-CN': '不能为空', en: 'must not be empty' }),
  emptyList: () => ({ 'zh-CN': '至少需要一项', en: 'needs at least one entry' }),
  date: (detail) => ({ 'zh-CN': `不是有效日期（应为 YYYY-MM-DD 格式的真实日期），收到 ${got(detail)}`, en: `is not a valid date (expected a real date as YYYY-MM-DD), got ${got(detail)}` }),
  link: (detail) => ({ 'zh-CN': `链接须为 http:// 或 https:// 地址或本站路径，收到 ${got(detail)}`, en: `a link must be an http:// or https:// URL or a path on this site, got ${got(detail)}` }),
  email: (detail) => ({ 'zh-CN': `不是有效的电子邮箱：${got(detail)}`, en: `is not a valid email address: ${got(detail)}` }),
  phone: (detail) => ({ 'zh-CN': `不是有效的电话号码：${got(detail)}`, en: `is not a valid phone number: ${got(detail)}` }),
  postalCode: () => ({ 'zh-CN': '邮政编码应为 6 位数字', en: 'a postal code has 6 digits' }),
  uscc: () => ({ 'zh-CN': '统一社会信用代码应为 18 位（数字与大写字母，不含 I、O、Z、S、V）', en: 'a unified social credit code has 18 characters (digits and capitals other than I, O, Z, S, V)' }),
  integer: (detail) => ({ 'zh-CN': `应为整数，收到 ${got(detail)}`, en: `must be a whole number, got ${got(detail)}` }),
  negative: (detail) => ({ 'zh-CN': `不能为负数，收到 ${got(detail)}`, en: `must not be negative, got ${got(detail)}` }),
  range: (detail) => ({ 'zh-CN': `超出合理范围：${got(detail)}`, en: `is out of range: ${got(detail)}` }),
  stepId: () => ({ 'zh-CN': '标识只能包含小写字母、数字和连字符，且不以连字符开头', en: 'an id holds only lowercase letters, digits and hyphens, and does not start with a hyphen' }),
  dateOrder: () => ({ 'zh-CN': '日期早于其起始日期', en: 'this date is before the date it must follow' }),
  publishedBeforeDecision: () => ({ 'zh-CN': '公开日期早于决定日期', en: 'publication date is before the decision date' }),
  certificateRequired: () => ({ 'zh-CN': '执法人员须填写执法证号（执法辅助人员除外）', en: 'an officer needs a certificate number (auxiliary staff excepted)' }),
  duplicateId: (detail) => ({ 'zh-CN': `与前面的条目重复：${got(detail)}`, en: `repeats an earlier entry: ${got(detail)}` }),
  stepsOrPreset: () => ({ 'zh-CN': '须给出步骤或选用预设流程', en: 'needs steps or a preset' }),
  unknownStep: (detail) => ({ 'zh-CN': `流程中没有步骤 ${got(detail)}`, en: `the procedure has no step ${got(detail)}` }),
  json: (detail) => ({ 'zh-CN': `不是有效的 JSON：${got(detail)}`, en: `is not valid JSON: ${got(detail)}` }),
  unreadable: (detail) => ({ 'zh-CN': `无法读取此值：${got(detail)}`, en: `cannot read this value: ${got(detail)}` }),
  cyclic: () => ({ 'zh-CN': '数据循环引用自身，无法作为 JSON 保存', en: 'the data contains itself and cannot be saved as JSON' }),
  notPlainData: (detail) => ({ 'zh-CN': `应为 JSON 数据（对象、列表、文本、数字、true/false），收到 ${got(detail)}`, en: `must be JSON data (object, list, text, number, true/false), got ${got(detail)}` }),
  tooDeep: () => ({ 'zh-CN': '嵌套层级过深', en: 'nested too deeply' }),
  tooLarge: (detail) => ({ 'zh-CN': `条目过多（${got(detail)}）`, en: `too many entries (${got(detail)})` }),
  unknownSchema: (detail) => ({ 'zh-CN': `未知的数据类型 ${got(detail)}`, en: `unknown kind of data ${got(detail)}` }),
};

/** At most `limit` characters of a value as messages quote it: "张三…" */
export function shorten(value: string, limit = 40): string {
  return value.length <= limit ? value : `${value.slice(0, limit)}…`;
}

export function messageFor(code: IssueCode, detail: IssueDetail = {}): BilingualMessage {
  return SCHEMA_MESSAGES[code](detail);
}
