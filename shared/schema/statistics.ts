// annual-statistics (hz-gs 19; hb (六); qp 二(一)5): last year's totals by kind of enforcement, due 31 January.
import * as v from 'valibot';
import { count, isoDate, text, uniqueBy, updated } from './common.ts';
import { ENFORCEMENT_KINDS, type EnforcementKind } from './kinds.ts';

/** A count, or 'no-power' when the agency holds no such power (无此职权) — distinct from a count of 0. */
export const kindCount = () => v.union([count(), v.literal('no-power')], 'countOrNoPower');

const countsEntries = Object.fromEntries(ENFORCEMENT_KINDS.map((kind) => [kind, v.optional(kindCount())])) as {
  [K in EnforcementKind]: v.OptionalSchema<ReturnType<typeof kindCount>, undefined>;
};

export const AnnualStatisticsSchema = v.strictObject({
  year: v.pipe(v.number(), v.integer('integer'), v.minValue(2000, 'range'), v.maxValue(2100, 'range')),
  /** Counts by kind; a kind left out was not reported. */
  counts: v.strictObject(countsEntries),
  /** When these figures were published (annual-statistics: by 31 January of the next year, hz-gs 19). */
  publicationDate: v.optional(isoDate()),
  /** 罚没金额, yuan */
  finesYuan: v.optional(count()),
  notes: v.optional(text()),
});
export type AnnualStatistics = v.InferOutput<typeof AnnualStatisticsSchema>;

export const StatisticsSectionSchema = v.strictObject({
  updated: updated(),
  /** One entry per year. */
  items: v.pipe(v.array(AnnualStatisticsSchema), uniqueBy('year')),
});
export type StatisticsSection = v.InferOutput<typeof StatisticsSectionSchema>;
