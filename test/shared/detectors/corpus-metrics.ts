// Precision and recall of scan() on a labelled corpus, by the matching the issue defines:
// - a `flag` label is found when a leak of the same type overlaps it (else it is a miss);
// - a leak is a false positive when it overlaps no `flag` label at all;
// - an `ok` label overlapped by any leak is counted separately (touched public data or masked forms).
// Also parses the marked-up corpus format of test/fixtures/pii-check.txt.
import type { Finding, ScanOptions } from '../../../shared/detectors/types.ts';
import type { PartyKind } from '../../../shared/schema/decision.ts';

export interface Label {
  start: number;
  end: number;
  type: string;
  value: string;
  expected: 'flag' | 'ok';
}

export interface LabelledDocument {
  id: string;
  text: string;
  labels: Label[];
  party: { kind: PartyKind; name: string };
  decision_date: string;
}

export interface TypeFigures {
  labels: number;
  found: number;
  leaks: number;
  falsePositives: number;
}

export interface CorpusFigures {
  byType: Record<string, TypeFigures>;
  recall: number;
  precision: number;
  okTouched: number;
  misses: string[];
  falsePositives: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function measureCorpus(documents: readonly LabelledDocument[], scanDocument: (document: LabelledDocument) => Finding[]): CorpusFigures {
  const byType: Record<string, TypeFigures> = {};
  const figuresOf = (type: string) => (byType[type] ??= { labels: 0, found: 0, leaks: 0, falsePositives: 0 });
  const misses: string[] = [];
  const falsePositives: string[] = [];
  let okTouched = 0;
  for (const document of documents) {
    const leaks = scanDocument(document).filter((finding) => finding.classification === 'leak');
    const flags = document.labels.filter((label) => label.expected === 'flag');
    const oks = document.labels.filter((label) => label.expected === 'ok');
    for (const label of flags) {
      const figures = figuresOf(label.type);
      figures.labels += 1;
      if (leaks.some((leak) => leak.type === label.type && overlaps(leak, label))) figures.found += 1;
      else misses.push(`${document.id} ${label.type} ${label.value}`);
    }
    for (const leak of leaks) {
      const figures = figuresOf(leak.type);
      figures.leaks += 1;
      if (!flags.some((label) => overlaps(leak, label))) {
        figures.falsePositives += 1;
        falsePositives.push(`${document.id} ${leak.type} ${leak.value}`);
      }
      if (oks.some((label) => overlaps(leak, label))) okTouched += 1;
    }
  }
  const totals = Object.values(byType).reduce((sum, f) => ({ labels: sum.labels + f.labels, found: sum.found + f.found, leaks: sum.leaks + f.leaks, falsePositives: sum.falsePositives + f.falsePositives }), { labels: 0, found: 0, leaks: 0, falsePositives: 0 });
  return {
    byType,
    recall: totals.labels ? totals.found / totals.labels : 1,
    precision: totals.leaks ? (totals.leaks - totals.falsePositives) / totals.leaks : 1,
    okTouched,
    misses,
    falsePositives,
  };
}

/** One line per type and an overall line, for the test log. */
export function formatFigures(name: string, figures: CorpusFigures): string {
  const lines = Object.entries(figures.byType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, f]) => {
      const recall = f.labels ? (f.found / f.labels).toFixed(3) : '  —  ';
      const precision = f.leaks ? ((f.leaks - f.falsePositives) / f.leaks).toFixed(3) : '  —  ';
      return `  ${type.padEnd(17)} recall ${recall} (${f.found}/${f.labels})  precision ${precision} (${f.leaks - f.falsePositives}/${f.leaks})`;
    });
  return [`${name}:`, ...lines, `  overall           recall ${figures.recall.toFixed(3)}  precision ${figures.precision.toFixed(3)}  ok spans touched ${figures.okTouched}`].join('\n');
}

export function parseJsonl(text: string): LabelledDocument[] {
  return text.trim().split('\n').map((line) => JSON.parse(line) as LabelledDocument);
}

/**
 * The marked-up format: `### <id> <party kind> <party name> <decision date>` opens a document; in its text
 * [[type|value]] marks a `flag` label and ((type|value)) an `ok` label.
 */
export function parseMarkedCorpus(source: string): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  for (const block of source.split(/^### /m).slice(1)) {
    const newline = block.indexOf('\n');
    const [id = '', kind = 'natural', name = '', date = ''] = block.slice(0, newline).trim().split(/\s+/);
    const marked = block.slice(newline + 1).replace(/\s+$/, '');
    const labels: Label[] = [];
    let text = '';
    let last = 0;
    for (const match of marked.matchAll(/\[\[([a-z-]+)\|([^\]]+)\]\]|\(\(([a-z-]+)\|([^)]+(?:\)[^)]+)*)\)\)/g)) {
      text += marked.slice(last, match.index);
      const isFlag = match[1] !== undefined;
      const value = (isFlag ? match[2] : match[4]) ?? '';
      labels.push({ start: text.length, end: text.length + value.length, type: (isFlag ? match[1] : match[3]) ?? '', value, expected: isFlag ? 'flag' : 'ok' });
      text += value;
      last = (match.index ?? 0) + match[0].length;
    }
    text += marked.slice(last);
    documents.push({ id, text, labels, party: { kind: kind as PartyKind, name }, decision_date: date });
  }
  return documents;
}

export type { ScanOptions };
