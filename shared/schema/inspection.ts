// random-inspection-list (hz-gs 6(5); zc 13; hb (四); qp 二(一)2), random-inspection-results (hz-gs 8(1); zc 18; hb (五))
// and inspection-results (zc 18; wh-gs 5(5)).
import * as v from 'valibot';
import { isoDate, text, updated } from './common.ts';

/** One item of the 随机抽查事项清单 (双随机一公开). */
export const InspectionItemSchema = v.strictObject({
  /** 抽查事项 */
  name: text(),
  /** 抽查依据 */
  basis: text(),
  /** 抽查主体 */
  body: text(),
  /** 抽查对象 */
  target: text(),
  /** 抽查内容 */
  content: text(),
  /** 抽查方式: 双随机, 书面检查, 现场检查 … */
  method: text(),
  /** 抽查比例 */
  ratio: text(),
  /** 抽查频次 */
  frequency: text(),
});
export type InspectionItem = v.InferOutput<typeof InspectionItemSchema>;

export const INSPECTION_OUTCOMES = ['compliant', 'non-compliant', 'not-found', 'closed', 'other'] as const;

/** One published result of a random (or other) inspection, test or check. */
export const InspectionResultSchema = v.strictObject({
  /** The list item (抽查事项) it belongs to, by name. */
  item: text(),
  /** 检查对象: a company or 个体工商户 name. */
  target: text(),
  date: isoDate(),
  /** random: 双随机抽查; other: 检查、检验、检测 (zc 18). */
  kind: v.optional(v.picklist(['random', 'other'], 'unknownKind')),
  outcome: v.picklist(INSPECTION_OUTCOMES, 'unknownKind'),
  /** 检查结果 in words: 未发现问题, 责令整改 … */
  result: text(),
  /** 后续处理 / 决定履行情况 */
  followUp: v.optional(text()),
});
export type InspectionResult = v.InferOutput<typeof InspectionResultSchema>;

export const InspectionListSectionSchema = v.strictObject({
  updated: updated(),
  items: v.array(InspectionItemSchema),
  results: v.optional(v.array(InspectionResultSchema)),
});
export type InspectionListSection = v.InferOutput<typeof InspectionListSectionSchema>;
