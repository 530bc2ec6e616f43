// What an island publishes of a decisions section: every entry masked, minors' decisions left out (hz-gs 10–11),
// with the annotations that tell the auditor what was masked (data-zfgs-masked), how many were withheld
// (data-zfgs-withheld="minor:N") and which entries were published late or could not be judged without the
// holiday calendar (data-zfgs-late, data-zfgs-timeliness-unknown: indices into the published items). Used by
// zfgs-decisions and, for its decisions section, by zfgs-disclosure.
import type { Decision, DecisionsSection } from '../../shared/schema/index.ts';
import { maskedAnnotation, redactDecision, type LeakNotice, type RedactedDecision } from '../decision/redaction.ts';
import { timelinessOf } from '../decision/timeliness.ts';

export interface DecisionsIsland {
  data: unknown;
  annotations: Record<string, string | undefined>;
}

/**
 * `input` as given (possibly invalid); `validated` its valid items when known (their scans may be cached);
 * `fieldPrefix` what leads to the section in the island (`decisions.` in a disclosure).
 */
export function decisionsIslandContent(
  input: unknown,
  scanOf: (item: Decision) => RedactedDecision<Decision>,
  validated?: readonly Decision[],
  fieldPrefix = '',
): DecisionsIsland {
  const section = input as Partial<DecisionsSection> | null;
  const rawItems: unknown[] | undefined = section && Array.isArray(section.items) ? section.items : undefined;
  if (!rawItems) return { data: input, annotations: {} };
  const items = validated?.length === rawItems.length ? validated : undefined;
  const published: unknown[] = [];
  const leaks: LeakNotice[] = [];
  const late: number[] = [];
  const unknown: number[] = [];
  let withheld = 0;
  rawItems.forEach((raw, index) => {
    const item = items?.[index] ?? raw;
    const isObject = typeof item === 'object' && item !== null;
    const redacted = isObject ? scanOf(item as Decision) : redactDecision(item);
    for (const leak of redacted.leaks) leaks.push({ ...leak, field: `${fieldPrefix}items[${index}].${leak.field}` });
    if (redacted.isMinor) {
      withheld += 1;
      return;
    }
    const timeliness = isObject ? timelinessOf(item as Decision) : 'unknown';
    if (timeliness === 'late') late.push(published.length);
    else if (timeliness === 'unknown') unknown.push(published.length);
    published.push(redacted.data);
  });
  return {
    data: { ...section, items: published },
    annotations: {
      masked: maskedAnnotation(leaks),
      withheld: withheld > 0 ? `minor:${withheld}` : undefined,
      late: late.length > 0 ? late.join(' ') : undefined,
      'timeliness-unknown': unknown.length > 0 ? unknown.join(' ') : undefined,
    },
  };
}
