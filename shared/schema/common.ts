// Building blocks shared by every disclosure kind. Custom checks carry an issue *code* (see codes.ts and
// messages.ts), never prose: validation reports every problem in Chinese and English. Every single-field rule is
// a regular expression JSON Schema can carry as is; the few rules that need more (a real calendar date, one field
// against another, unique ids) are built here in one shape each, so json-schema.ts can export them as documented
// x-zfgs keywords.
import * as v from 'valibot';

/** A non-empty line of text (names, titles, numbers). */
export const text = () => v.pipe(v.string(), v.nonEmpty('empty'));

/** Free text that may legitimately be long (facts, descriptions); still never empty when present. */
export const prose = text;

/** Markdown source (decision full text, long descriptions): rendered via marked + DOMPurify only. */
export const markdown = () => v.pipe(v.string(), v.nonEmpty('empty'));

/** YYYY-MM-DD with a month 01–12 and a day 01–31; isRealDate does the rest (no 2023-02-30). */
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar date written YYYY-MM-DD (no 2023-02-30). */
export function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO calendar date, YYYY-MM-DD. Dates compare correctly as strings. */
export const isoDate = () => v.pipe(v.string(), v.regex(DATE_PATTERN, 'date'), v.check(isRealDate, 'date'));

/**
 * A link: an absolute http(s) URL with a host, or a path on the same site. Nothing else: no javascript:, data:
 * or other scheme, no protocol-relative //host, no backslash (browsers read /\host as //host), no whitespace
 * or control characters (browsers drop tabs, newlines and leading control characters, which would let
 * java\tscript: or \x01javascript: through). No u flag and no \p{…}: the pattern works in every JSON Schema validator.
 */
export const LINK_PATTERN = /^(?:https?:\/\/[^\s/?#:@\\\u0000-\u001f\u007f]+(?::\d{1,5})?(?:[/?#][^\s\\\u0000-\u001f\u007f]*)?|(?![A-Za-z][A-Za-z\d+.-]*:)(?!\/\/)[^\s\\\u0000-\u001f\u007f]+)$/;

export function isSafeLink(value: string): boolean {
  return LINK_PATTERN.test(value);
}
export const link = () => v.pipe(v.string(), v.regex(LINK_PATTERN, 'link'));

/** valibot's email rule written without the i flag, so JSON Schema carries it unchanged. */
export const EMAIL_PATTERN = /^[\w+-]+(?:\.[\w+-]+)*@[\dA-Za-z]+(?:[.-][\dA-Za-z]+)*\.[A-Za-z]{2,}$/;
export const email = () => v.pipe(v.string(), v.regex(EMAIL_PATTERN, 'email'));

/** Phone numbers as published (0571-87654321, 12345, 400-…); digits, spaces, dashes, +, parentheses, 转. */
export const phone = () => v.pipe(v.string(), v.regex(/^[0-9０-９+()（）\-\s转,，、]{3,40}$/, 'phone'));

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

function valueAt(input: unknown, path: readonly string[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * Cross-field date order: the date at `later` is not before the date at `earlier` (both paths from the object
 * this action is piped onto). The issue is reported at `later`. Skipped while either date is absent or invalid.
 * JSON Schema: `"x-zfgs-notBefore": { "than": "<relative JSON pointer>", "code": … }` on the later field.
 */
export function notBefore<TInput>(
  earlier: readonly string[],
  later: readonly string[],
  code: 'dateOrder' | 'publishedBeforeDecision',
): v.BaseValidation<TInput, TInput, v.BaseIssue<unknown>> {
  const check = v.partialCheck([[...earlier], [...later]] as never, (input: unknown) => {
    const [from, to] = [valueAt(input, earlier), valueAt(input, later)];
    // Only real dates are compared: an invalid one is already reported as `date`.
    return typeof from !== 'string' || typeof to !== 'string' || !isRealDate(from) || !isRealDate(to) || to >= from;
  }, code);
  return v.forward(check, [...later] as never) as unknown as v.BaseValidation<TInput, TInput, v.BaseIssue<unknown>>;
}

/**
 * Items of an array are unique by `field` (items without it are not compared): reported at every repeat,
 * `$.items[7].documentNumber`. Runs even when other items are invalid, so it is never hidden by them.
 * JSON Schema: `"x-zfgs-uniqueBy": "<field>"` on the array.
 */
export function uniqueBy<TItem>(field: string) {
  const check = v.rawCheck<TItem[]>(({ dataset, addIssue }) => {
    if (!Array.isArray(dataset.value)) return;
    const seen = new Set<unknown>();
    dataset.value.forEach((item: unknown, index: number) => {
      const value = valueAt(item, [field]);
      if (typeof value !== 'string' && typeof value !== 'number') return;
      if (seen.has(value)) {
        addIssue({
          message: 'duplicateId',
          input: value,
          path: [
            { type: 'array', origin: 'value', input: dataset.value as unknown[], key: index, value: item },
            { type: 'object', origin: 'value', input: item as Record<string, unknown>, key: field, value },
          ],
        });
      }
      seen.add(value);
    });
  });
  return Object.assign(check, { jsonSchemaKeyword: ['x-zfgs-uniqueBy', field] as const });
}
