// The printable report (to attach to a 巡查通报): the engine's own HTML report, with the evidence added.
// Placeholder until the engine's format-html lands.
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { Evidence } from '../audit/evidence.ts';

export function toHtml(report: AuditReport, _evidence: Evidence, _locale: Locale, _exportedAt: string): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${report.url}</title></html>`;
}
