// Render-time redaction of a decision (decision-redaction, decision-not-publishable: hz-gs 10, 11). Every string of
// the decision is scanned by the shared detectors, with the party and the decision date so that the party's own
// name stays public and a minor is recognised; every leak is replaced by its conventional masked form before
// anything reaches the DOM or the island. Works on unvalidated input too (the island of invalid data), reading the
// party and the date only when they have the right shape.
import { scan } from '../../shared/detectors/scan.ts';
import type { Finding, ScanOptions } from '../../shared/detectors/types.ts';
import { applyMasks } from '../../shared/redact/redact.ts';
import { PARTY_KINDS, type PartyKind } from '../../shared/schema/decision.ts';

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

/** Fields holding markdown: masks go in escaped, so 138****5678 cannot turn into emphasis. */
const MARKDOWN_FIELDS = new Set(['fullText']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The scan options a decision gives: its party (when well formed) and its decision date. */
export function scanOptionsOf(decision: unknown): ScanOptions {
  const options: ScanOptions = {};
  if (!isRecord(decision)) return options;
  const party = decision['party'];
  if (isRecord(party) && typeof party['name'] === 'string' && PARTY_KINDS.includes(party['kind'] as PartyKind)) {
    options.party = { kind: party['kind'] as PartyKind, name: party['name'] };
  }
  if (typeof decision['decisionDate'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(decision['decisionDate'])) options.decisionDate = decision['decisionDate'];
  return options;
}

const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`);

/**
 * Names a decision publishes besides the party's own: the 法定代表人 / 负责人, or a 个体工商户's 经营者 (hz-gs 9 and the
 * requirements' sensitive-data table). ScanOptions cannot carry them, so their third-party-name findings are dropped.
 */
export function publicNamesOf(decision: unknown): string[] {
  const party = isRecord(decision) ? decision['party'] : undefined;
  const representative = isRecord(party) ? party['legalRepresentative'] : undefined;
  return typeof representative === 'string' && representative.trim() !== '' ? [representative.trim()] : [];
}

/** Masks the leaks of one text; `isMarkdown` escapes the masked forms for markdown. */
export function maskText(text: string, options: ScanOptions, isMarkdown = false, publicNames: readonly string[] = []): { text: string; findings: Finding[] } {
  const findings = scan(text, options).filter(
    (finding) => finding.classification === 'leak' && !(finding.type === 'third-party-name' && publicNames.includes(finding.value.trim())),
  );
  if (findings.length === 0) return { text, findings };
  const masks = isMarkdown ? findings.map((finding) => ({ ...finding, masked: escapeMarkdown(finding.masked) })) : findings;
  return { text: applyMasks(text, masks), findings };
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** Masks every string of `decision` (any shape); returns the masked copy and what was masked where. */
export function redactDecision<T>(decision: T): RedactedDecision<T> {
  const options = scanOptionsOf(decision);
  const publicNames = publicNamesOf(decision);
  const leaks: LeakNotice[] = [];
  let isMinor = false;
  const visit = (value: unknown, path: string, isMarkdown: boolean): unknown => {
    if (typeof value === 'string') {
      const { text, findings } = maskText(value, options, isMarkdown, publicNames);
      for (const finding of findings) {
        if (finding.type === 'minor') isMinor = true;
        leaks.push({ field: path, type: finding.type, masked: finding.masked });
      }
      return text;
    }
    if (Array.isArray(value)) return value.map((item, i) => visit(item, pathOf(path, i), isMarkdown));
    if (isRecord(value)) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = visit(item, pathOf(path, key), path === '' && MARKDOWN_FIELDS.has(key));
      return copy;
    }
    return value;
  };
  return { data: visit(decision, '', false) as T, leaks, isMinor };
}

/** `fullText:id-number,mobile;facts:third-party-name` — the island annotation telling the auditor what was masked. */
export function maskedAnnotation(leaks: readonly LeakNotice[]): string | undefined {
  if (leaks.length === 0) return undefined;
  const byField = new Map<string, Set<string>>();
  for (const leak of leaks) byField.set(leak.field, (byField.get(leak.field) ?? new Set()).add(leak.type));
  return [...byField].map(([field, types]) => `${field}:${[...types].join(',')}`).join(';');
}

/** A per-element cache of scans, keyed by the decision object (anything else is scanned each time). */
export function scanCache(): <T>(item: T) => RedactedDecision<T> {
  const scans = new WeakMap<object, RedactedDecision<unknown>>();
  return <T>(item: T): RedactedDecision<T> => {
    if (typeof item !== 'object' || item === null) return redactDecision(item);
    let redacted = scans.get(item);
    if (!redacted) {
      redacted = redactDecision(item);
      scans.set(item, redacted);
    }
    return redacted as RedactedDecision<T>;
  };
}
