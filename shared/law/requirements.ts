// Reads the tables of requirements.md (copied to shared/law/requirements.md): one row per rule id with its
// cites, so tests can check the catalogue, the law index and the rules against the same source.
import type { Cite } from '../catalogue/types.ts';
import { parseCites } from './cites.ts';

export interface RequirementRow {
  id: string;
  /** The cells by column header (what, fields, cites, profiles, severity …). */
  cells: Record<string, string>;
  cites: Cite[];
}

/** Rows of every table whose header has an `id` and a `cites` column. */
export function requirementRows(markdown: string): RequirementRow[] {
  const rows: RequirementRow[] = [];
  let header: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.every((cell) => /^-+$/.test(cell)) || !header.includes('id') || !header.includes('cites')) continue;
    const byHeader = Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
    rows.push({ id: byHeader.id ?? '', cells: byHeader, cites: parseCites(byHeader.cites ?? '') });
  }
  return rows;
}
