// window-staff-board (hz-gs 7(3); qp 二(一)3; zc 16; hb (五)): 岗位信息公示牌 at service windows and hall kiosks.
import * as v from 'valibot';
import { link, linkedDocument, phone, text, updated } from './common.ts';

export const WindowStaffSchema = v.strictObject({
  name: text(),
  /** 职务 */
  position: text(),
  /** 岗位职责 */
  duties: text(),
  /** 照片 (qp) */
  photo: v.optional(link()),
  /** 单位 (zc) */
  unit: v.optional(text()),
  /** 执法类别 (zc) */
  enforcementKind: v.optional(text()),
  /** 窗口号 */
  window: v.optional(text()),
  /** 执法证号, when the staff member holds one */
  certificateNumber: v.optional(text()),
});
export type WindowStaff = v.InferOutput<typeof WindowStaffSchema>;

export const StaffBoardSectionSchema = v.strictObject({
  updated: updated(),
  /** 窗口 / 大厅 name */
  location: v.optional(text()),
  items: v.array(WindowStaffSchema),
  /** 申请材料示范文本 */
  templates: v.optional(v.array(linkedDocument())),
  /** 办理进度查询 */
  progressEnquiry: v.optional(v.strictObject({ label: text(), url: v.optional(link()), phone: v.optional(phone()) })),
  /** 咨询服务 */
  consultationPhone: v.optional(phone()),
  /** 投诉举报 */
  complaintPhone: v.optional(phone()),
});
export type StaffBoardSection = v.InferOutput<typeof StaffBoardSectionSchema>;
