// Reading a spreadsheet into rows of cells. CSV through d3-dsv (RFC 4180 quotes and embedded newlines; ESM and
// 1 KiB gzip, where papaparse is CommonJS-only and 7 KiB), decoded as UTF-8 or, failing that, GBK — what Excel on a
// Chinese Windows saves as "CSV"; comma, tab or semicolon separated. XLSX through read-excel-file, loaded only
// when an XLSX file is chosen (it is 20 KiB gzip and most imports are CSV).
import { dsvFormat } from 'd3-dsv';

/** A cell as read: text, a number or yes/no from XLSX, a Date from an XLSX date cell, or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface Sheet {
  name: string;
  rows: Cell[][];
}

/** Text of a CSV file's bytes: UTF-8 when valid (BOM dropped), else GBK. */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The separator of the first line (outside quotes): the most frequent of comma, tab and semicolon. */
function delimiterOf(text: string): string {
  const firstLine = text.replace(/"[^"]*"/g, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', '\t', ';'].map((delimiter) => [delimiter, firstLine.split(delimiter).length] as const);
  return counts.reduce((best, each) => (each[1] > best[1] ? each : best))[0];
}

export function parseCsv(text: string, name = 'CSV'): Sheet {
  const body = text.replace(/^\uFEFF/, '');
  const rows = dsvFormat(delimiterOf(body)).parseRows(body);
  return { name, rows: rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))) };
}

export async function parseXlsx(bytes: ArrayBuffer): Promise<Sheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/browser');
  const sheets = await readXlsxFile(bytes);
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data.map((row) => row.map((cell) => (cell === '' ? null : (cell as Cell)))) }));
}

/** Reads a chosen file by its name: .xlsx as a workbook, anything else as CSV text. */
export async function readSpreadsheet(name: string, bytes: ArrayBuffer): Promise<Sheet[]> {
  if (/\.xlsx$/i.test(name)) return parseXlsx(bytes);
  return [parseCsv(decodeText(bytes), name)];
}

export interface Row {
  /** 1-based row number in the spreadsheet (for messages: 第 5 行). */
  number: number;
  cells: Cell[];
}

export interface Table {
  headers: string[];
  rows: Row[];
}

/**
 * Finds the header row among the first rows (spreadsheets often start with a title line such as
 * “某某局行政执法人员名单”): the row with the most cells that are known headers, else the first non-empty row.
 */
export function tableOf(sheet: Sheet, isKnownHeader: (header: string) => boolean): Table {
  const candidates = sheet.rows.slice(0, 10);
  let best = candidates.findIndex((row) => row.some((cell) => cell !== null));
  let bestScore = -1;
  candidates.forEach((row, index) => {
    const score = row.filter((cell) => cell !== null && isKnownHeader(String(cell))).length;
    if (score > bestScore && score > 0) {
      best = index;
      bestScore = score;
    }
  });
  if (best < 0) return { headers: [], rows: [] };
  const width = Math.max(...sheet.rows.slice(best).map((row) => row.length));
  const headers = Array.from({ length: width }, (_, i) => String(sheet.rows[best]![i] ?? '').trim());
  const rows: Row[] = [];
  sheet.rows.forEach((cells, index) => {
    if (index > best && cells.some((cell) => cell !== null)) rows.push({ number: index + 1, cells });
  });
  return { headers, rows };
}
