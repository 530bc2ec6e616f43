// remedy (hz-gs 6(6); wh-gs 5(6); zc 15; qp 二(一)2): 行政复议 and 行政诉讼 — where, how, deadlines.
import * as v from 'valibot';
import { duration, link, phone, text, updated } from './common.ts';

export const RemedyBodySchema = v.strictObject({
  name: text(),
  address: v.optional(text()),
  phone: v.optional(phone()),
  website: v.optional(link()),
});

export const RemedySectionSchema = v.strictObject({
  updated: updated(),
  reconsideration: v.strictObject({
    /** 复议机关 */
    organs: v.pipe(v.array(RemedyBodySchema), v.minLength(1, 'emptyList')),
    /** 申请期限: 60 日 from knowing of the decision (行政复议法 第二十条). */
    deadline: duration(),
    /** How to apply, in words (书面或口头申请, 网上申请 …). */
    how: v.optional(text()),
  }),
  litigation: v.strictObject({
    /** 管辖法院 */
    courts: v.pipe(v.array(RemedyBodySchema), v.minLength(1, 'emptyList')),
    /** 起诉期限: 6 个月 (行政诉讼法 第四十六条). */
    deadline: duration(),
    how: v.optional(text()),
  }),
  notes: v.optional(text()),
});
export type RemedySection = v.InferOutput<typeof RemedySectionSchema>;
