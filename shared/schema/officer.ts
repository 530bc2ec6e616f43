// officer-list (hz-gs 6(1); zc 11; wh-gs 5(4); hb (四); qp 二(一)2) and officer-credential-valid (wh-gs 5(4); sd 二(一)2; hb (二十二)).
import * as v from 'valibot';
import { isoDate, link, notBefore, text, uniqueBy, updated } from './common.ts';

export const OFFICER_STATUSES = ['valid', 'suspended', 'revoked'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];

export const OfficerSchema = v.pipe(
  v.strictObject({
    name: text(),
    /** 执法证号. Auxiliary staff (执法辅助人员) hold none. */
    certificateNumber: v.optional(text()),
    /** 单位 (zc) */
    unit: v.optional(text()),
    /** 职务 (zc, wh) */
    position: v.optional(text()),
    /** 性别 (wh) */
    gender: v.optional(v.picklist(['male', 'female'], 'unknownKind')),
    /** 出生年份; the age (wh) is derived from it on the day shown. */
    birthYear: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(1900, 'range'), v.maxValue(2100, 'range'))),
    /** 年龄, when only the age is published. */
    age: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(16, 'range'), v.maxValue(100, 'range'))),
    /** 执法类别 (zc), e.g. 市场监管综合执法 */
    category: v.optional(text()),
    /** 执法区域 (zc) */
    area: v.optional(text()),
    /** 证件有效期 (wh) */
    validFrom: v.optional(isoDate()),
    validUntil: v.optional(isoDate()),
    status: v.picklist(OFFICER_STATUSES, 'unknownKind'),
    /** 执法辅助人员 (hz lists them; they may not enforce on their own). */
    auxiliary: v.optional(v.boolean()),
    photo: v.optional(link()),
  }),
  notBefore(['validFrom'], ['validUntil'], 'dateOrder'),
  v.forward(
    v.partialCheck([['auxiliary'], ['certificateNumber']], (input) => input.auxiliary === true || Boolean(input.certificateNumber), 'certificateRequired'),
    ['certificateNumber'],
  ),
);
export type Officer = v.InferOutput<typeof OfficerSchema>;

export const OfficersSectionSchema = v.strictObject({
  updated: updated(),
  /** A certificate number belongs to one officer. */
  items: v.pipe(v.array(OfficerSchema), uniqueBy('certificateNumber')),
});
export type OfficersSection = v.InferOutput<typeof OfficersSectionSchema>;
