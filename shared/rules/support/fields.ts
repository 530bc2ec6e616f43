// Fields as pages show them: columns of a table (姓名 | 执法证号) or labelled values in text
// (当事人：某某公司) and in two-column legacy tables (当事人 | 某某公司). Patterns match compact text.
import type { TableInfo, Target } from '../../extract/snapshot.ts';
import { compact } from '../../extract/text.ts';
import type { Page } from './page.ts';

export interface FieldSpec {
  /** The field's key: its message is `field.<key>`. */
  key: string;
  pattern: RegExp;
  /** A missing core field is a fail; another missing field is a review (pages word things differently). */
  isCore?: boolean;
}

export interface LabelHit {
  key: string;
  /** The value after the label, compact, up to the next label. */
  value: string;
  target: Target;
  /** The text the label is in (for the snippet). */
  text: string;
}

/** The header cells of a table: its headers, else its first row. */
export function headerCells(table: TableInfo): string[] {
  return table.headers.length > 0 ? table.headers : (table.rows[0] ?? []);
}

/** Which column shows each field (first matching column; each column serves one field). */
export function matchColumns(table: TableInfo, fields: readonly FieldSpec[]): Map<string, number> {
  const cells = headerCells(table).map(compact);
  const columns = new Map<string, number>();
  const used = new Set<number>();
  for (const field of fields) {
    const index = cells.findIndex((cell, column) => !used.has(column) && cell.length <= 24 && field.pattern.test(cell));
    if (index !== -1) {
      columns.set(field.key, index);
      used.add(index);
    }
  }
  return columns;
}

/** The data rows of a table whose header was read by `headerCells`. */
export function dataRows(table: TableInfo): { row: string[]; target: Target }[] {
  const rows: { row: string[]; target: Target }[] = [];
  for (let index = table.headers.length > 0 ? 0 : 1; index < table.rows.length; index += 1) {
    rows.push({ row: table.rows[index]!, target: table.rowTargets?.[index] ?? table.target });
  }
  return rows;
}

/** How many data rows a table has (see dataRows). */
export function dataRowCount(table: TableInfo): number {
  return Math.max(0, table.rows.length - (table.headers.length > 0 ? 0 : 1));
}

const NEXT_LABEL = /[\s，。；;,]+[^\s，。；;,:：]{2,12}[:：]/gu;

/** For each character of compact(text), its index in text. */
function compactOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index += 1) if (!/\s/.test(text[index]!)) offsets.push(index);
  return offsets;
}

const labelCache = new WeakMap<Page, Map<readonly FieldSpec[], Map<string, LabelHit>>>();
/** Two-column label tables are short; longer tables are lists, read by their columns. */
const MAX_LABEL_TABLE_ROWS = 60;

function combined(fields: readonly FieldSpec[], suffix: string): RegExp {
  return new RegExp(`(?:${fields.map((field, index) => `(?<f${index}>${field.pattern.source})`).join('|')})${suffix}`, 'giu');
}

/**
 * The label patterns of a list of fields, built once per list (the lists are constants): `inText` finds a label in
 * a run (matchAll works on a copy, so its lastIndex stays 0), `asCell` is a cell that is only a label.
 */
const labelPatterns = new WeakMap<readonly FieldSpec[], { inText: RegExp; asCell: RegExp }>();
function labelPatternsOf(fields: readonly FieldSpec[]): { inText: RegExp; asCell: RegExp } {
  let patterns = labelPatterns.get(fields);
  if (!patterns) {
    patterns = { inText: combined(fields, '\\s*[:：]'), asCell: new RegExp(`^(?:${combined(fields, '').source})[:：]?$`, 'iu') };
    labelPatterns.set(fields, patterns);
  }
  return patterns;
}

function fieldIndex(groups: Record<string, string | undefined> | undefined): number {
  for (const [name, value] of Object.entries(groups ?? {})) if (value !== undefined) return Number(name.slice(1));
  return -1;
}

/** The first labelled value of each field on the page (runs first, then two-column tables). */
export function findLabels(page: Page, fields: readonly FieldSpec[]): Map<string, LabelHit> {
  let perFields = labelCache.get(page);
  if (!perFields) labelCache.set(page, (perFields = new Map()));
  const cached = perFields.get(fields);
  if (cached) return cached;

  const hits = new Map<string, LabelHit>();
  const { inText, asCell } = labelPatternsOf(fields);
  for (const run of page.runs) {
    let offsets: number[] | undefined;
    for (const match of run.compact.matchAll(inText)) {
      const field = fields[fieldIndex(match.groups)];
      if (!field || hits.has(field.key)) continue;
      offsets ??= compactOffsets(run.item.text);
      const text = run.item.text;
      const start = offsets[match.index + match[0].length - 1]! + 1;
      // The value runs to the next label of any kind after a space or a stop (… 统一社会信用代码：…).
      NEXT_LABEL.lastIndex = start;
      const end = NEXT_LABEL.exec(text)?.index ?? text.length;
      hits.set(field.key, { key: field.key, value: compact(text.slice(start, end)), target: run.item.target, text });
    }
  }
  for (const table of page.snapshot.tables) {
    // Label tables pair a label with its value (2 or 4 cells a row); wider tables are lists, read by column.
    if (table.rows.length > MAX_LABEL_TABLE_ROWS) continue;
    const width = Math.max(table.headers.length, ...table.rows.map((row) => row.length));
    if (width > 4 || width % 2 === 1) continue;
    const rows = table.headers.length > 0 ? [table.headers, ...table.rows] : table.rows;
    rows.forEach((row, rowIndex) => {
      for (let column = 0; column + 1 < row.length; column += 1) {
        const match = asCell.exec(compact(row[column]!));
        const field = match ? fields[fieldIndex(match.groups)] : undefined;
        if (!field || hits.has(field.key)) continue;
        const target = (table.headers.length > 0 ? [table.target, ...(table.rowTargets ?? [])][rowIndex] : table.rowTargets?.[rowIndex]) ?? table.target;
        hits.set(field.key, { key: field.key, value: compact(row[column + 1]!), target, text: row.join(' ') });
      }
    });
  }
  perFields.set(fields, hits);
  return hits;
}
