// What a rendered report says, in the report's locale, shared by the text and HTML renderers (and usable by
// any view): rules grouped by outcome, worst first, each with its title, citations, fix and findings.
import type { Phase } from '../catalogue/types.ts';
import type { Locale } from '../i18n/locale.ts';
import { citeText, findingText, message, ruleText } from '../i18n/rules/messages.ts';
import type { AuditReport, Outcome, RuleResult } from './report.ts';

export const OUTCOME_ORDER: readonly Outcome[] = ['fail', 'review', 'error', 'pass', 'inapplicable'];
export const PHASES: readonly Phase[] = ['pre', 'during', 'post'];

export interface FindingView {
  status: string;
  statusLabel: string;
  text: string;
  target: string;
  url: string | undefined;
  snippet: string;
}

export interface RuleView {
  id: string;
  outcome: Outcome;
  outcomeLabel: string;
  title: string;
  description: string;
  fix: string;
  severityLabel: string;
  phaseLabel: string;
  cites: string[];
  error: string | undefined;
  findings: FindingView[];
}

export interface ReportView {
  locale: Locale;
  title: string;
  meta: { label: string; value: string }[];
  totals: { outcome: Outcome; label: string; count: number }[];
  byPhase: { phase: Phase; label: string; counts: { outcome: Outcome; label: string; count: number }[] }[];
  groups: { outcome: Outcome; label: string; rules: RuleView[] }[];
  notChecked: { id: string; reason: string }[];
  footer: string;
  labels: Record<'counts' | 'byPhase' | 'findings' | 'cites' | 'target' | 'snippet' | 'fix' | 'error' | 'notChecked' | 'noFindings', string>;
}

function ruleView(locale: Locale, result: RuleResult, isMultiPage: boolean): RuleView {
  const outcomeLabel = message(locale, `outcome.${result.outcome}`);
  return {
    id: result.id,
    outcome: result.outcome,
    outcomeLabel,
    title: ruleText(locale, result.id, result.outcome === 'fail' || result.outcome === 'review' ? 'failureTitle' : 'title'),
    description: ruleText(locale, result.id, 'description'),
    fix: ruleText(locale, result.id, 'fix'),
    severityLabel: message(locale, `severity.${result.severity}`),
    phaseLabel: message(locale, `phase.${result.phase}`),
    cites: result.cites.map((cite) => citeText(locale, cite)),
    error: result.error,
    findings: result.findings.map((finding) => ({
      status: finding.status,
      statusLabel: message(locale, `outcome.${finding.status}`),
      text: findingText(locale, result.id, finding),
      target: finding.target.join(' ▸ '),
      url: isMultiPage ? finding.url : undefined,
      snippet: finding.snippet,
    })),
  };
}

export function reportView(report: AuditReport, locale: Locale = report.locale): ReportView {
  const label = (key: string, data?: Record<string, string | number>) => message(locale, `report.${key}`, data);
  const isMultiPage = report.pages.length > 1;
  const countsOf = (counts: Record<Outcome, number>) => OUTCOME_ORDER.map((outcome) => ({ outcome, label: message(locale, `outcome.${outcome}`), count: counts[outcome] }));
  const groups = OUTCOME_ORDER.map((outcome) => ({
    outcome,
    label: message(locale, `outcome.${outcome}`),
    rules: report.results.filter((result) => result.outcome === outcome).map((result) => ruleView(locale, result, isMultiPage)),
  })).filter((group) => group.rules.length > 0);
  return {
    locale,
    title: label('title'),
    meta: [
      { label: label('url'), value: isMultiPage ? `${report.url} — ${label('site', { count: report.pages.length })}` : report.url },
      { label: label('timestamp'), value: report.timestamp },
      { label: label('now'), value: report.now },
      { label: label('profile'), value: `${message(locale, `profile.${report.profile}`)} (${report.profile})` },
      { label: label('engine'), value: `${report.engine.name} ${report.engine.version}` },
    ],
    totals: countsOf(report.counts.byOutcome),
    byPhase: PHASES.map((phase) => ({ phase, label: message(locale, `phase.${phase}`), counts: countsOf(report.counts.byPhase[phase]) })),
    groups,
    notChecked: report.notChecked,
    footer: label('footer'),
    labels: {
      counts: label('counts'), byPhase: label('byPhase'), findings: label('findings'), cites: label('cites'), target: label('target'),
      snippet: label('snippet'), fix: label('fix'), error: label('error'), notChecked: label('notChecked'), noFindings: label('noFindings'),
    },
  };
}

