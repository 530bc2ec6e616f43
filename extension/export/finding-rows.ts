// A report flattened for spreadsheets: one row per finding (and one for a failing or erroring rule that
// has no finding, so no result is lost), with the rule's title, citations, the reason in words, the masked
// snippet, where it is, the inspector's review mark and the evidence hash of its page.
import type { AuditReport, Finding, RuleResult } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { Evidence } from '../audit/evidence.ts';
import { t } from '../i18n.ts';
import { citeLabel, reasonText, ruleTitle } from '../rule-text.ts';
import type { ReviewMark } from '../storage/database.ts';

export const COLUMNS = [
  'rule',
  'title',
  'outcome',
  'phase',
  'severity',
  'cites',
  'status',
  'reason',
  'snippet',
  'page',
  'target',
  'review',
  'note',
  'pageSha256',
] as const;

export type Column = (typeof COLUMNS)[number];
export type FindingRow = Record<Column, string>;

export function citesText(locale: Locale, result: Pick<RuleResult, 'cites'>): string {
  return result.cites.map((cite) => citeLabel(locale, cite)).join(locale === 'en' ? '; ' : '；');
}

export function columnTitles(locale: Locale): string[] {
  return COLUMNS.map((column) => t(locale, `export.column.${column}`));
}

export interface RowContext {
  locale: Locale;
  evidence: Evidence;
  /** The review mark of a finding, by rule id and finding. */
  markOf?: (ruleId: string, finding: Finding) => ReviewMark | undefined;
}

export function findingRows(report: AuditReport, { locale, evidence, markOf }: RowContext): FindingRow[] {
  const hashOf = new Map(evidence.pages.map((page) => [page.url, page.textSha256]));
  const rows: FindingRow[] = [];
  for (const result of report.results) {
    const base = {
      rule: result.id,
      title: ruleTitle(locale, result.id),
      outcome: t(locale, `outcome.${result.outcome}`),
      phase: t(locale, `phase.${result.phase}`),
      severity: t(locale, `severity.${result.severity}`),
      cites: citesText(locale, result),
    };
    if (result.findings.length === 0) {
      if (result.outcome === 'fail' || result.outcome === 'error' || result.outcome === 'review') {
        const page = report.url;
        rows.push({ ...base, status: '', reason: result.error ?? '', snippet: '', page, target: '', review: '', note: '', pageSha256: hashOf.get(page) ?? '' });
      }
      continue;
    }
    for (const finding of result.findings) {
      const mark = markOf?.(result.id, finding);
      const page = finding.url ?? report.url;
      rows.push({
        ...base,
        status: t(locale, `outcome.${finding.status}`),
        reason: reasonText(locale, result.id, finding.reason, finding.data),
        snippet: finding.snippet,
        page,
        target: finding.target.join(' >>> '),
        review: mark ? t(locale, `mark.${mark.decision}`) : '',
        note: mark?.note ?? '',
        pageSha256: hashOf.get(page) ?? '',
      });
    }
  }
  return rows;
}
