// JSON export: the full AuditReport as the engine made it, with the evidence (screenshot included) and the
// inspector's review marks for its findings, under a format name and version so tools can read it back.
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Evidence } from '../audit/evidence.ts';
import type { ReviewMark } from '../storage/database.ts';

export const EXPORT_FORMAT = 'zfgs-audit-export';
export const EXPORT_VERSION = 1;

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  evidence: Evidence;
  report: AuditReport;
  reviewMarks: ReviewMark[];
}

export function toJson(report: AuditReport, evidence: Evidence, reviewMarks: ReviewMark[], exportedAt: string): string {
  const document: JsonExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, evidence, report, reviewMarks };
  return JSON.stringify(document, null, 2);
}
