// The builder's personal-data check: every text cell is scanned by the shared detectors (with the row's party and
// decision date for decisions, so the party's own name stays public), each finding is shown before and after
// masking, and the webmaster accepts the masks all at once or one by one. A minor's decision cannot be masked into
// shape: the row has to go (hz-gs 11). Export stays blocked while anything is left.
import type { Finding } from '../../shared/detectors/types.ts';
import { applyMasks } from '../../shared/redact/redact.ts';
import { maskText, publicNamesOf, scanOptionsOf } from '../../widgets/decision/redaction.ts';
import type { ConvertedRow } from './convert.ts';
import type { Mapping } from './mapping.ts';
import type { Row, Table } from './parse.ts';
import type { ImportTarget } from './targets.ts';

export interface PersonalDataFinding {
  /** Stable within one scan: row:column:start. */
  id: string;
  row: number;
  column: number;
  field: string;
  type: string;
  /** The cell text around the finding, before and after masking (shown to the webmaster only, on their machine). */
  before: string;
  after: string;
  finding: Finding;
}

export interface PersonalDataReport {
  findings: PersonalDataFinding[];
  /** Rows whose party is a minor: not publishable at all. */
  minorRows: number[];
}

const CONTEXT = 12;

function excerpt(text: string, start: number, end: number, replacement?: string): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}${replacement ?? text.slice(start, end)}${text.slice(end, to)}${to < text.length ? '…' : ''}`;
}

/** Scans the text cells of every row. */
export function findPersonalData(table: Table, converted: readonly ConvertedRow[], mapping: Mapping, target: ImportTarget): PersonalDataReport {
  const findings: PersonalDataFinding[] = [];
  const minorRows = new Set<number>();
  table.rows.forEach((row, index) => {
    const item = converted[index]?.item;
    const options = target.hasParty ? scanOptionsOf(item) : {};
    const publicNames = target.hasParty ? publicNamesOf(item) : [];
    mapping.forEach((path, column) => {
      const field = path ? target.fields.find((each) => each.path === path) : undefined;
      const cell = row.cells[column];
      if (!field || field.type.kind !== 'text' || typeof cell !== 'string') return;
      const text = cell.trim();
      for (const finding of maskText(text, options, false, publicNames).findings) {
        if (finding.type === 'minor') minorRows.add(row.number);
        findings.push({
          id: `${row.number}:${column}:${finding.start}`,
          row: row.number,
          column,
          field: field.path,
          type: finding.type,
          before: excerpt(text, finding.start, finding.end),
          after: excerpt(text, finding.start, finding.end, finding.masked),
          finding,
        });
      }
    });
  });
  return { findings, minorRows: [...minorRows] };
}

/** The table with the accepted findings masked in their cells (the rest untouched). */
export function applyAccepted(table: Table, accepted: readonly PersonalDataFinding[]): Table {
  const byCell = new Map<string, Finding[]>();
  for (const each of accepted) {
    if (each.type === 'minor') continue;
    const key = `${each.row}:${each.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), each.finding]);
  }
  const rows: Row[] = table.rows.map((row) => {
    const cells = row.cells.map((cell, column) => {
      const findings = byCell.get(`${row.number}:${column}`);
      return findings && typeof cell === 'string' ? applyMasks(cell.trim(), findings) : cell;
    });
    return { number: row.number, cells };
  });
  return { headers: table.headers, rows };
}

/** The table without the given rows (a minor's decisions). */
export function withoutRows(table: Table, numbers: readonly number[]): Table {
  const drop = new Set(numbers);
  return { headers: table.headers, rows: table.rows.filter((row) => !drop.has(row.number)) };
}
