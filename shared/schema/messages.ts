// Validation messages in Chinese and English, by key. Custom checks name their key in the schema;
// valibot's own type checks are keyed by the issue type (string, number, strict_object …).
import type { BaseIssue } from 'valibot';

export interface BilingualMessage {
  'zh-CN': string;
  en: string;
}

type Template = (issue: BaseIssue<unknown>) => BilingualMessage;

const received = (issue: BaseIssue<unknown>) => issue.received;

export const SCHEMA_MESSAGES: Record<string, Template> = {
  empty: () => ({ 'zh-CN': '不能为空', en: 'must not be empty' }),
  emptyList: () => ({ 'zh-CN': '至少需要一项', en: 'needs at least one entry' }),
  date: (issue) => ({ 'zh-CN': `不是有效日期（应为 YYYY-MM-DD 格式的真实日期，收到 ${received(issue)}）`, en: `is not a valid date (expected a real date as YYYY-MM-DD, got ${received(issue)})` }),
  dateOrder: () => ({ 'zh-CN': '结束日期早于开始日期', en: 'ends before it starts' }),
  publishedBeforeDecision: () => ({ 'zh-CN': '公开日期早于决定日期', en: 'publication date is before the decision date' }),
  certificateRequired: () => ({ 'zh-CN': '执法人员须填写执法证号（执法辅助人员除外）', en: 'an officer needs a certificate number (auxiliary staff excepted)' }),
  link: () => ({ 'zh-CN': '链接须为 http(s) 地址或本站路径', en: 'a link must be an http(s) URL or a path on this site' }),
  email: () => ({ 'zh-CN': '不是有效的电子邮箱', en: 'is not a valid email address' }),
  phone: () => ({ 'zh-CN': '不是有效的电话号码', en: 'is not a valid phone number' }),
  postalCode: () => ({ 'zh-CN': '邮政编码应为 6 位数字', en: 'a postal code has 6 digits' }),
  uscc: () => ({ 'zh-CN': '统一社会信用代码应为 18 位', en: 'a unified social credit code has 18 characters' }),
  integer: () => ({ 'zh-CN': '应为整数', en: 'must be a whole number' }),
  negative: () => ({ 'zh-CN': '不能为负数', en: 'must not be negative' }),
  range: () => ({ 'zh-CN': '超出合理范围', en: 'is out of range' }),
  unknownKind: (issue) => ({ 'zh-CN': `未知的取值 ${received(issue)}（应为 ${issue.expected}）`, en: `unknown value ${received(issue)} (expected ${issue.expected})` }),
  stepId: () => ({ 'zh-CN': '标识只能包含小写字母、数字和连字符', en: 'an id may hold only lowercase letters, digits and hyphens' }),
  duplicateId: () => ({ 'zh-CN': '步骤标识重复', en: 'step ids repeat' }),
  stepsOrPreset: () => ({ 'zh-CN': '须给出步骤或选用预设流程', en: 'needs steps or a preset' }),
  countOrNoPower: () => ({ 'zh-CN': '应为非负整数，或 "no-power"（无此职权）', en: 'must be a count, or "no-power" when the agency holds no such power' }),
  schemaVersion: (issue) => ({ 'zh-CN': `不支持的数据版本 ${received(issue)}`, en: `unsupported schema version ${received(issue)}` }),
  // valibot's own issue types
  string: (issue) => ({ 'zh-CN': `应为文本，收到 ${received(issue)}`, en: `must be text, got ${received(issue)}` }),
  number: (issue) => ({ 'zh-CN': `应为数字，收到 ${received(issue)}`, en: `must be a number, got ${received(issue)}` }),
  boolean: (issue) => ({ 'zh-CN': `应为 true 或 false，收到 ${received(issue)}`, en: `must be true or false, got ${received(issue)}` }),
  array: (issue) => ({ 'zh-CN': `应为列表，收到 ${received(issue)}`, en: `must be a list, got ${received(issue)}` }),
  strict_object: (issue) =>
    issue.expected === 'never'
      ? { 'zh-CN': '不认识的字段', en: 'unknown field' }
      : issue.received === 'undefined'
        ? { 'zh-CN': '缺少必填字段', en: 'required field is missing' }
        : { 'zh-CN': `应为对象，收到 ${received(issue)}`, en: `must be an object, got ${received(issue)}` },
  literal: (issue) => ({ 'zh-CN': `应为 ${issue.expected}，收到 ${received(issue)}`, en: `must be ${issue.expected}, got ${received(issue)}` }),
  union: (issue) => ({ 'zh-CN': `取值无效：${received(issue)}`, en: `invalid value: ${received(issue)}` }),
};

export function messageFor(issue: BaseIssue<unknown>): BilingualMessage {
  const template = SCHEMA_MESSAGES[issue.message] ?? SCHEMA_MESSAGES[issue.type];
  return template ? template(issue) : { 'zh-CN': `数据无效（${issue.type}）`, en: `invalid (${issue.type})` };
}
