// duties-authority (hz-gs 6(2); wh-gs 5(2); hb (四); qp 二(一)2): 职能, 执法区域, 执法范围.
import * as v from 'valibot';
import { text, updated } from './common.ts';

export const DutiesSectionSchema = v.strictObject({
  updated: updated(),
  /** 职能: one duty per entry, as the 三定 provisions state them. */
  functions: v.pipe(v.array(text()), v.minLength(1, 'emptyList')),
  /** 执法区域 */
  area: text(),
  /** 执法范围 */
  scope: text(),
  /** 权限: the kinds of power held, in words. */
  authorities: v.optional(v.array(text())),
});
export type DutiesSection = v.InferOutput<typeof DutiesSectionSchema>;
