// complaint-channel (wh-gs 5(7); hz-gs 7(3); hb (五)): 部门, 地址, 邮编, 电话, 网址, 邮箱, 受理反馈程序.
import * as v from 'valibot';
import { email, link, phone, postalCode, text, updated } from './common.ts';

export const ComplaintChannelSchema = v.strictObject({
  /** 受理部门 */
  department: text(),
  address: v.optional(text()),
  postalCode: v.optional(postalCode()),
  phone: v.optional(phone()),
  website: v.optional(link()),
  email: v.optional(email()),
  /** 受理时间 */
  hours: v.optional(text()),
  /** 受理反馈程序 */
  procedure: v.optional(text()),
});
export type ComplaintChannel = v.InferOutput<typeof ComplaintChannelSchema>;

export const ComplaintSectionSchema = v.strictObject({
  updated: updated(),
  items: v.pipe(v.array(ComplaintChannelSchema), v.minLength(1, 'emptyList')),
});
export type ComplaintSection = v.InferOutput<typeof ComplaintSectionSchema>;
