// From spreadsheet rows to schema items, with every problem pinned to its row and cell: cells are read by the
// field's type (dates in the forms Chinese spreadsheets use, 是/否, the Chinese names of closed values), then each
// item is validated by shared/schema and each issue is traced back to the column that feeds its field.
import { isRealDate, validate, type BilingualMessage, type SchemaKind } from '../../shared/schema/index.ts';
import type { Cell, Row, Table } from './parse.ts';
import type { Mapping } from './mapping.ts';
import type { FieldType, ImportTarget } from './targets.ts';

export interface CellProblem {
  /** Spreadsheet row number (1-based). */
  row: number;
  /** Column index, or null when the field has no column (a required field left unmapped). */
  column: number | null;
  field: string;
  code: string;
  message: BilingualMessage;
}

export interface ConvertedRow {
  row: number;
  item: Record<string, unknown>;
  problems: CellProblem[];
}

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (counting its phantom 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** YYYY-MM-DD from 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, an XLSX date, or an Excel day number. */
export function readDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoOf(cell);
  if (typeof cell === 'number') return cell > 20_000 && cell < 80_000 && Number.isInteger(cell) ? isoOf(new Date(EXCEL_EPOCH + cell * DAY_MS)) : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFKC').trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
  return isRealDate(iso) ? iso : undefined;
}

const YES = ['是', 'y', 'yes', 'true', '1', '√', '✓', '有'];
const NO = ['否', 'n', 'no', 'false', '0', '×', '✗', '无'];

type Reading = { value: unknown } | { problem: string; message: BilingualMessage };

function problem(code: string, zh: string, en: string): Reading {
  return { problem: code, message: { 'zh-CN': zh, en } };
}

/** A cell read as `type`. */
export function readCell(cell: Cell, type: FieldType): Reading {
  const raw = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  switch (type.kind) {
    case 'date': {
      const iso = readDate(cell);
      return iso ? { value: iso } : problem('date', `“${raw}”不是日期（可写作 2024-03-05 或 2024年3月5日）`, `“${raw}” is not a date (write 2024-03-05)`);
    }
    case 'integer': {
      const number = typeof cell === 'number' ? cell : Number(raw.normalize('NFKC').replace(/[岁年\s]/g, ''));
      return Number.isInteger(number) ? { value: number } : problem('integer', `“${raw}”不是整数`, `“${raw}” is not a whole number`);
    }
    case 'boolean': {
      const word = raw.normalize('NFKC').toLowerCase();
      if (cell === true || YES.includes(word)) return { value: true };
      if (cell === false || NO.includes(word)) return { value: false };
      return problem('boolean', `“${raw}”应为“是”或“否”`, `“${raw}” should be 是 (yes) or 否 (no)`);
    }
    case 'choice': {
      const word = raw.normalize('NFKC').replace(/\s/g, '');
      const code = Object.entries(type.choices).find(([each, names]) => each === word || names.some((name) => name.normalize('NFKC') === word))?.[0];
      if (code) return { value: code };
      const allowed = Object.values(type.choices).map((names) => names[0]).join('、');
      return problem('choice', `“${raw}”不是可选的值（可选：${allowed}）`, `“${raw}” is not one of the allowed values (${allowed})`);
    }
    default:
      if (typeof cell === 'number' && !Number.isSafeInteger(cell) && Number.isInteger(cell)) {
        return problem('longNumber', '数字过长，已丢失末尾数字：请把这一列设为“文本”格式后重新导出', 'the number is too long and lost its last digits: format the column as text and export again');
      }
      return { value: raw };
  }
}

function setPath(item: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = item;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** One row as an item, with the cells that could not be read. */
export function convertRow(row: Row, mapping: Mapping, target: ImportTarget): ConvertedRow {
  const item: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  mapping.forEach((path, column) => {
    const cell = row.cells[column] ?? null;
    const field = path ? target.fields.find((each) => each.path === path) : undefined;
    if (!field || cell === null) return;
    const reading = readCell(cell, field.type);
    if ('value' in reading) setPath(item, field.path, reading.value);
    else problems.push({ row: row.number, column, field: field.path, code: reading.problem, message: reading.message });
  });
  for (const field of target.fields) if (field.fallback && !mapping.includes(field.path)) setPath(item, field.path, field.fallback.value(item));
  return { row: row.number, item, problems };
}

/** The schema's issues for one item, each on the column of its field (or on the row when no column feeds it). */
export function validateRow(converted: ConvertedRow, mapping: Mapping, target: ImportTarget): CellProblem[] {
  const result = validate(target.section as SchemaKind, { updated: '2000-01-01', items: [converted.item] });
  if (result.ok) return [];
  const unreadable = new Set(converted.problems.map((each) => each.field));
  const problems: CellProblem[] = [];
  for (const issue of result.issues) {
    const match = /^\$\.items\[0\]\.?(.*)$/.exec(issue.path);
    if (!match) continue;
    const field = match[1]!.replace(/\[\d+\]/g, '');
    if (unreadable.has(field)) continue; // already explained by the cell that could not be read
    const column = mapping.indexOf(field);
    problems.push({ row: converted.row, column: column >= 0 ? column : null, field, code: issue.code, message: issue.message });
  }
  return problems;
}

export interface Conversion {
  rows: ConvertedRow[];
  problems: CellProblem[];
}

/** Every row converted and validated. */
export function convertTable(table: Table, mapping: Mapping, target: ImportTarget): Conversion {
  const rows = table.rows.map((row) => convertRow(row, mapping, target));
  const problems = rows.flatMap((converted) => [...converted.problems, ...validateRow(converted, mapping, target)]);
  return { rows, problems };
}
