// Building blocks shared by every disclosure kind. Custom checks carry a message *key* (see
// messages.ts), never prose: validation reports every problem in Chinese and English.
import * as v from 'valibot';

/** A non-empty line of text (names, titles, numbers). */
export const text = () => v.pipe(v.string(), v.nonEmpty('empty'));

/** Free text that may legitimately be long (facts, descriptions); still never empty when present. */
export const prose = text;

/** Markdown source (decision full text, long descriptions): rendered via marked + DOMPurify only. */
export const markdown = () => v.pipe(v.string(), v.nonEmpty('empty'));

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (no 2023-02-30). */
export function isRealDate(value: string): boolean {
  if (!DATE_SHAPE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO calendar date, YYYY-MM-DD. Dates compare correctly as strings. */
export const isoDate = () => v.pipe(v.string(), v.check(isRealDate, 'date'));

/**
 * A link: an absolute http(s) URL or a path on the same site. Other schemes (javascript:, data:, …)
 * are refused here so that no widget ever has to render them.
 */
export function isSafeLink(value: string): boolean {
  if (value.trim() !== value || value === '') return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value);
  if (!scheme) return !value.startsWith('//'); // relative path; protocol-relative URLs are ambiguous
  if (!/^https?$/i.test(scheme[1] ?? '')) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
export const link = () => v.pipe(v.string(), v.check(isSafeLink, 'link'));

export const email = () => v.pipe(v.string(), v.email('email'));

/** Phone numbers as published (0571-87654321, 12345, 400-…); digits, spaces, dashes, +, parentheses, 转. */
export const phone = () => v.pipe(v.string(), v.regex(/^[0-9０-９+()（）\-\s转,，、]{3,40}$/u, 'phone'));

export const postalCode = () => v.pipe(v.string(), v.regex(/^\d{6}$/, 'postalCode'));

/** 统一社会信用代码: 18 characters of GB 32100's alphabet (the check character is the detectors' business). */
export const usccShape = () => v.pipe(v.string(), v.regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'uscc'));

export const count = () => v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'negative'));

/** Every section of a Disclosure says when it was last updated (update-correction: hz-gs 16, 18; zc 20–21). */
export const updated = () => isoDate();

/** A document or page a disclosure links to (model texts, agreements, attachments). */
export const linkedDocument = () =>
  v.strictObject({
    title: text(),
    url: link(),
    /** MIME type when known, e.g. application/pdf. */
    mediaType: v.optional(text()),
  });
export type LinkedDocument = v.InferOutput<ReturnType<typeof linkedDocument>>;

/** A time limit as the regulations state them: 15 日, 7 个工作日, 6 个月. */
export const duration = () =>
  v.strictObject({
    value: v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'negative')),
    unit: v.picklist(['day', 'working-day', 'month', 'year', 'hour'], 'unknownKind'),
  });
export type Duration = v.InferOutput<ReturnType<typeof duration>>;
