// XLSX export (write-excel-file): a sheet of findings (one row each, header row frozen), a sheet of what was
// not checked, and an evidence sheet with time, URL, the SHA-256 of each page's text and the screenshot.
import writeXlsxFile, { type Image, type SheetData } from 'write-excel-file/browser';
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { dataUrlBytes, type Evidence } from '../audit/evidence.ts';
import { t } from '../i18n.ts';
import { COLUMNS, columnTitles, type FindingRow } from './finding-rows.ts';

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });

async function screenshotImage(evidence: Evidence, row: number): Promise<Image[]> {
  if (!evidence.screenshot) return [];
  const blob = new Blob([dataUrlBytes(evidence.screenshot.dataUrl)], { type: 'image/jpeg' });
  let width = 1280;
  let height = 800;
  try {
    const bitmap = await createImageBitmap(blob);
    ({ width, height } = bitmap);
    bitmap.close();
  } catch {
    // keep the default box
  }
  const scale = Math.min(1, 800 / width);
  return [{ content: blob, contentType: 'image/jpeg', width: Math.round(width * scale), height: Math.round(height * scale), dpi: 96, anchor: { row, column: 1 } }];
}

export async function toXlsx(report: AuditReport, evidence: Evidence, rows: readonly FindingRow[], locale: Locale, exportedAt: string): Promise<Blob> {
  const findings: SheetData = [columnTitles(locale).map(bold), ...rows.map((row) => COLUMNS.map((column) => row[column]))];
  const notChecked: SheetData = [[bold(t(locale, 'export.column.rule')), bold(t(locale, 'export.column.reason'))], ...report.notChecked.map((entry) => [entry.id, entry.reason])];
  const evidenceRows: SheetData = [
    [bold(t(locale, 'evidence.exportedAt')), exportedAt],
    [bold(t(locale, 'evidence.auditedAt')), evidence.auditedAt],
    [bold(t(locale, 'evidence.url')), evidence.url],
    [bold(t(locale, 'report.profile')), report.profile],
    [bold(t(locale, 'report.engine')), `${report.engine.name} ${report.engine.version}`],
    [bold(t(locale, 'evidence.screenshotSha256')), evidence.screenshot?.sha256 ?? evidence.screenshotError ?? ''],
    [bold(t(locale, 'evidence.page')), bold(t(locale, 'evidence.textSha256')), bold(t(locale, 'evidence.characters'))],
    ...evidence.pages.map((page) => [page.url, page.textSha256, page.characters]),
    [bold(t(locale, 'evidence.screenshot'))],
  ];
  return writeXlsxFile([
    { sheet: t(locale, 'export.sheet.findings'), data: findings, stickyRowsCount: 1, columns: COLUMNS.map((column) => ({ width: column === 'snippet' || column === 'reason' ? 50 : 20 })) },
    { sheet: t(locale, 'export.sheet.notChecked'), data: notChecked, columns: [{ width: 24 }, { width: 100 }] },
    { sheet: t(locale, 'export.sheet.evidence'), data: evidenceRows, columns: [{ width: 30 }, { width: 70 }, { width: 14 }], images: await screenshotImage(evidence, evidenceRows.length + 1) },
  ]).toBlob();
}
