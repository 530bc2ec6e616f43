// One entry point for every export format; each carries the evidence (time, URL, SHA-256 of the page text,
// the screenshot or its hash). The screenshot is also exported alone, as the JPEG it was captured as.
import type { AuditReport, Finding } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { dataUrlBytes, type Evidence } from '../audit/evidence.ts';
import type { ReviewMark } from '../storage/database.ts';
import { toCsv } from './csv.ts';
import { exportFileName } from './download.ts';
import { columnTitles, findingRows } from './finding-rows.ts';
import { toJson } from './json.ts';

export type ExportFormat = 'json' | 'csv' | 'xlsx' | 'html' | 'screenshot';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'xlsx', 'csv', 'json', 'screenshot'];

export interface ExportInput {
  report: AuditReport;
  evidence: Evidence;
  locale: Locale;
  reviewMarks: ReviewMark[];
  markOf: (ruleId: string, finding: Finding) => ReviewMark | undefined;
  exportedAt?: string;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', xlsx: 'xlsx', html: 'html', screenshot: 'jpg' };

export async function exportReport(format: ExportFormat, input: ExportInput): Promise<ExportFile | undefined> {
  const { report, evidence, locale } = input;
  const exportedAt = input.exportedAt ?? new Date().toISOString();
  const fileName = exportFileName(report.url, report.timestamp, EXTENSIONS[format]);
  const rows = () => findingRows(report, { locale, evidence, markOf: input.markOf });
  switch (format) {
    case 'json':
      return { blob: new Blob([toJson(report, evidence, input.reviewMarks, exportedAt)], { type: 'application/json' }), fileName };
    case 'csv':
      return { blob: new Blob([toCsv(columnTitles(locale), rows())], { type: 'text/csv;charset=utf-8' }), fileName };
    case 'xlsx': {
      const { toXlsx } = await import('./xlsx.ts');
      return { blob: await toXlsx(report, evidence, rows(), locale, exportedAt), fileName };
    }
    case 'html': {
      const { toHtml } = await import('./html.ts');
      return { blob: new Blob([toHtml(report, evidence, exportedAt)], { type: 'text/html;charset=utf-8' }), fileName };
    }
    case 'screenshot':
      return evidence.screenshot ? { blob: new Blob([dataUrlBytes(evidence.screenshot.dataUrl)], { type: 'image/jpeg' }), fileName } : undefined;
  }
}
