// CSV export: RFC 4180 (quoted fields, CRLF), UTF-8 with a byte order mark so that Excel opens Chinese
// text correctly. One row per finding; the evidence (time, URL, hashes) is in the columns and in the
// file name, the screenshot is exported on its own.
import type { FindingRow } from './finding-rows.ts';
import { COLUMNS } from './finding-rows.ts';

export function csvField(value: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(titles: readonly string[], rows: readonly FindingRow[]): string {
  const lines = [titles.map(csvField).join(','), ...rows.map((row) => COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
