// agency-identity (hz-gs 6(1); zc 10; hb (四); qp 二(一)2; wh-gs 5) and entrusted-organization (zc 10 ¶2; hz-gs 6(3)).
import * as v from 'valibot';
import { email, isoDate, link, linkedDocument, notBefore, phone, postalCode, text, updated, usccShape } from './common.ts';

/** An organization enforcing on entrustment (受委托组织) and the terms of the entrustment. */
export const EntrustedOrganizationSchema = v.pipe(
  v.strictObject({
    name: text(),
    /** 统一社会信用代码 of the organization (its basic information, zc 10). */
    uscc: v.optional(usccShape()),
    address: v.optional(text()),
    phone: v.optional(phone()),
    /** 委托依据: the legal basis of the entrustment. */
    basis: text(),
    /** 委托事项 */
    matters: v.pipe(v.array(text()), v.minLength(1, 'emptyList')),
    /** 委托权限 */
    powers: text(),
    /** 委托期限 */
    term: v.strictObject({ from: isoDate(), until: isoDate() }),
    /** 法律责任 */
    liability: text(),
    /** 委托执法协议 */
    agreement: v.optional(linkedDocument()),
  }),
  notBefore(['term', 'from'], ['term', 'until'], 'dateOrder'),
);
export type EntrustedOrganization = v.InferOutput<typeof EntrustedOrganizationSchema>;

/** The enforcing body (执法主体). */
export const AgencySchema = v.strictObject({
  updated: updated(),
  name: text(),
  /** 统一社会信用代码 of the agency (机关 codes start with 11). */
  uscc: v.optional(usccShape()),
  /** 上级主管部门 */
  parent: v.optional(text()),
  /** 办公地址 */
  address: text(),
  postalCode: v.optional(postalCode()),
  phone: phone(),
  email: v.optional(email()),
  website: v.optional(link()),
  /** 办公时间, as published: 工作日 8:30–12:00, 13:30–17:00 */
  officeHours: v.optional(text()),
  entrustedOrganizations: v.optional(v.array(EntrustedOrganizationSchema)),
});
export type Agency = v.InferOutput<typeof AgencySchema>;
