// service-guide (hz-gs 6(4); zc 15; hb (四); qp 二(一)2).
import * as v from 'valibot';
import { linkedDocument, phone, text, updated } from './common.ts';

export const MaterialSchema = v.strictObject({
  name: text(),
  /** 份数 and form: 原件1份, 复印件1份 */
  copies: v.optional(text()),
  note: v.optional(text()),
  /** 示范文本 / 空白表格 */
  template: v.optional(linkedDocument()),
});

export const ServiceGuideSchema = v.strictObject({
  /** 事项名称 */
  name: text(),
  /** 事项编码 on the unified platform, when it has one. */
  code: v.optional(text()),
  /** 受理机构 */
  acceptingBody: text(),
  /** 审批机构 / 决定机构 */
  approvingBody: v.optional(text()),
  /** 受理条件 */
  conditions: v.pipe(v.array(text()), v.minLength(1, 'emptyList')),
  /** 办理时限, as published: 法定20个工作日，承诺5个工作日 */
  timeLimit: text(),
  /** 办理场所 */
  place: v.optional(text()),
  contactPhone: v.optional(phone()),
  /** 材料目录 */
  materials: v.array(MaterialSchema),
  /** 办事流程, in order */
  process: v.optional(v.array(text())),
  /** 收费标准; "不收费" when free */
  fees: v.optional(text()),
  /** 设定依据 */
  basis: v.optional(v.array(text())),
  /** 监督方式 */
  supervision: v.optional(text()),
  /** 救济渠道 */
  remedy: v.optional(text()),
  /** 示范文本 and forms */
  templates: v.optional(v.array(linkedDocument())),
});
export type ServiceGuide = v.InferOutput<typeof ServiceGuideSchema>;

export const ServiceGuidesSectionSchema = v.strictObject({ updated: updated(), items: v.array(ServiceGuideSchema) });
export type ServiceGuidesSection = v.InferOutput<typeof ServiceGuidesSectionSchema>;
