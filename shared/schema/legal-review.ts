// legal-review-catalogue (hz-sh 8; zc 51; qp 二(三)3; hb (十二)) and av-recording-list (hz-jl 15; zc 25; hb (八); qp 二(二)2).
import * as v from 'valibot';
import { text, updated } from './common.ts';

/** One entry of the 重大执法决定法制审核目录清单. */
export const LegalReviewEntrySchema = v.strictObject({
  /** 决定类别 */
  kind: text(),
  /** 适用情形, in words: what makes a decision of this kind major */
  criteria: text(),
  /** 执法层级 (hz-sh 8: 执法层级) */
  level: v.optional(text()),
  /** 所属领域 */
  field: v.optional(text()),
  /** 涉案金额 threshold as published: 对个人罚款1万元以上 */
  amountThreshold: v.optional(text()),
  /** 审核机构 */
  reviewer: v.optional(text()),
});

export const LegalReviewCatalogueSectionSchema = v.strictObject({ updated: updated(), items: v.array(LegalReviewEntrySchema) });
export type LegalReviewCatalogueSection = v.InferOutput<typeof LegalReviewCatalogueSectionSchema>;

/** One entry of the 音像记录事项清单: which scenes are recorded in full, which as needed. */
export const AvRecordingEntrySchema = v.strictObject({
  scene: text(),
  recording: v.picklist(['full', 'as-needed'], 'unknownKind'),
});

export const AvRecordingSectionSchema = v.strictObject({ updated: updated(), items: v.array(AvRecordingEntrySchema) });
export type AvRecordingSection = v.InferOutput<typeof AvRecordingSectionSchema>;
