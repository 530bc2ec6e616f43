// What render-time redaction reports (redaction.ts does the masking, in the lazily loaded decision pipeline): kept
// apart so the widgets can name and annotate leaks without pulling the detectors into dist/widgets/zfgs.js.

/** One masked item, as reported: where, what kind, the masked form — never the value. */
export interface LeakNotice {
  /** Path of the field inside the decision: fullText, party.name, attachments[0].title. */
  field: string;
  type: string;
  masked: string;
}

export interface RedactedDecision<T> {
  /** A copy of the input with every leak masked (markdown fields with markdown-escaped masks). */
  data: T;
  leaks: LeakNotice[];
  /** The party is a minor: the decision must not be published at all (hz-gs 11). */
  isMinor: boolean;
}

/** `fullText:id-number,mobile;facts:third-party-name` — the island annotation telling the auditor what was masked. */
export function maskedAnnotation(leaks: readonly LeakNotice[]): string | undefined {
  if (leaks.length === 0) return undefined;
  const byField = new Map<string, Set<string>>();
  for (const leak of leaks) byField.set(leak.field, (byField.get(leak.field) ?? new Set()).add(leak.type));
  return [...byField].map(([field, types]) => `${field}:${[...types].join(',')}`).join(';');
}
