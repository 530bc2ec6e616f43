// power-responsibility-list (hz-gs 6(5); zc 12; hb (四); qp 二(一)): 权责清单 / 执法事项清单.
import * as v from 'valibot';
import { text, updated } from './common.ts';
import { ENFORCEMENT_KINDS } from './kinds.ts';

export const PowerItemSchema = v.strictObject({
  /** 事项编码 */
  code: v.optional(text()),
  /** 类别 */
  category: v.picklist(ENFORCEMENT_KINDS, 'unknownKind'),
  /** 事项名称 */
  name: text(),
  /** 依据 */
  basis: text(),
  /** 裁量基准, or where it is published */
  discretion: v.optional(text()),
  /** 执法机构 / 实施主体 */
  unit: text(),
  /** 时限 */
  timeLimit: v.optional(text()),
  /** 救济渠道 */
  remedy: v.optional(text()),
  /** 责任事项 */
  responsibility: v.optional(text()),
  /** 追责情形 */
  accountability: v.optional(text()),
});
export type PowerItem = v.InferOutput<typeof PowerItemSchema>;

export const PowerListSectionSchema = v.strictObject({ updated: updated(), items: v.array(PowerItemSchema) });
export type PowerListSection = v.InferOutput<typeof PowerListSectionSchema>;
