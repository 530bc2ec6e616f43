// legal-basis (hz-gs 6(3); wh-gs 5(1); zc 12; hb (四)) and discretion-benchmark (… qp 二(一)2).
import * as v from 'valibot';
import { isoDate, link, text, updated } from './common.ts';

export const LEGAL_LEVELS = ['law', 'administrative-regulation', 'local-regulation', 'rule', 'normative-document', 'other'] as const;

export const LegalDocumentSchema = v.strictObject({
  title: text(),
  /** 制定机关 */
  issuer: text(),
  /** 文号 or 主席令/国务院令 number */
  number: v.optional(text()),
  level: v.picklist(LEGAL_LEVELS, 'unknownKind'),
  effectiveDate: v.optional(isoDate()),
  url: v.optional(link()),
  /** The articles applied, e.g. { number: '第三十四条', text: '…' }. */
  articles: v.optional(v.array(v.strictObject({ number: text(), text: v.optional(text()) }))),
});
export type LegalDocument = v.InferOutput<typeof LegalDocumentSchema>;

/** One row of a discretion benchmark table: 违法行为 / 依据 / 情节 / 处罚标准. */
export const BenchmarkEntrySchema = v.strictObject({
  violation: text(),
  basis: text(),
  circumstance: text(),
  penalty: text(),
});

export const DiscretionBenchmarkSchema = v.strictObject({
  title: text(),
  issuer: v.optional(text()),
  number: v.optional(text()),
  effectiveDate: v.optional(isoDate()),
  url: v.optional(link()),
  entries: v.optional(v.array(BenchmarkEntrySchema)),
});
export type DiscretionBenchmark = v.InferOutput<typeof DiscretionBenchmarkSchema>;

export const LegalBasisSectionSchema = v.strictObject({
  updated: updated(),
  documents: v.array(LegalDocumentSchema),
  benchmarks: v.optional(v.array(DiscretionBenchmarkSchema)),
});
export type LegalBasisSection = v.InferOutput<typeof LegalBasisSectionSchema>;
