// Personal data in published decisions, found once per list of decisions for every rule that asks (redaction,
// minors). A list's rows are scanned as one text, and only the rows that hold something are scanned again on
// their own, with their party and date, so each row gets exactly the answer scan(text, options) gives it. Rows
// of natural persons are always scanned on their own: whether an address is a home address depends on the party.
import type { Finding as PersonalDataFinding } from '../../detectors/types.ts';
import type { RuleContext } from '../types.ts';
import { scanOptionsOf } from './decision-findings.ts';
import { isKnownClean } from './decision-rows.ts';
import type { DecisionRecord } from './decisions.ts';

/** The decisions holding personal data, each with the findings of each of its texts (in the order of `texts`). */
export type DecisionLeaks = ReadonlyMap<DecisionRecord, readonly PersonalDataFinding[][]>;

const cache = new WeakMap<readonly DecisionRecord[], DecisionLeaks>();

/** Personal data in `records` (the same array gives the same answer, worked out once). */
export function personalDataIn(records: readonly DecisionRecord[], context: RuleContext): DecisionLeaks {
  const known = cache.get(records);
  if (known) return known;
  const leaks = new Map<DecisionRecord, PersonalDataFinding[][]>();
  for (const record of records) {
    if (isKnownClean(record)) continue;
    const options = scanOptionsOf(record);
    const perText = record.texts.map(({ text }) => context.scan(text, options));
    if (perText.some((findings) => findings.length > 0)) leaks.set(record, perText);
  }
  cache.set(records, leaks);
  return leaks;
}
