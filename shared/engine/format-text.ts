// A readable plain-text summary of an AuditReport (the CLI's default output). Outcomes are words, never
// colour alone; passes take one line each, failures and reviews list their findings.
import type { Locale } from '../i18n/locale.ts';
import type { AuditReport } from './report.ts';
import { reportView, type RuleView } from './report-view.ts';

const MARK: Readonly<Record<string, string>> = { fail: '✗', review: '?', error: '!', pass: '✓', inapplicable: '–' };

function ruleLines(rule: RuleView, labels: ReturnType<typeof reportView>['labels']): string[] {
  const lines = [`${MARK[rule.outcome]} [${rule.outcomeLabel}] ${rule.title}  (${rule.id}, ${rule.severityLabel})`];
  if (rule.outcome === 'pass') {
    const evidence = rule.findings[0];
    if (evidence) lines.push(`    ${evidence.text}${evidence.target ? `  @ ${evidence.target}` : ''}`);
    return lines;
  }
  lines.push(`    ${labels.cites}: ${rule.cites.join('；')}`);
  if (rule.error) lines.push(`    ${labels.error}: ${rule.error}`);
  for (const finding of rule.findings.filter((item) => item.status !== 'pass')) {
    lines.push(`    - [${finding.statusLabel}] ${finding.text}`);
    const where = [finding.target, finding.url].filter(Boolean).join('  ');
    if (where) lines.push(`      ${labels.target}: ${where}`);
    if (finding.snippet) lines.push(`      ${labels.snippet}: ${finding.snippet}`);
  }
  if (rule.outcome !== 'error') lines.push(`    ${labels.fix}: ${rule.fix}`);
  return lines;
}

export function formatText(report: AuditReport, locale: Locale = report.locale): string {
  const view = reportView(report, locale);
  const lines = [view.title, ...view.meta.map((item) => `${item.label}: ${item.value}`), ''];
  lines.push(`${view.labels.counts}: ${view.totals.map((item) => `${item.label} ${item.count}`).join(' · ')}`);
  for (const phase of view.byPhase) lines.push(`  ${phase.label}: ${phase.counts.filter((item) => item.outcome !== 'inapplicable').map((item) => `${item.label} ${item.count}`).join(' · ')}`);
  for (const group of view.groups) {
    if (group.outcome === 'inapplicable') {
      lines.push('', `${MARK.inapplicable} ${group.label}: ${group.rules.map((rule) => rule.id).join(', ')}`);
      continue;
    }
    lines.push('', `── ${group.label} (${group.rules.length}) ──`);
    for (const rule of group.rules) lines.push(...ruleLines(rule, view.labels));
  }
  if (view.notChecked.length > 0) {
    lines.push('', `── ${view.labels.notChecked} ──`);
    for (const item of view.notChecked) lines.push(`  - ${item.id}: ${item.reason}`);
  }
  lines.push('', view.footer);
  return `${lines.join('\n')}\n`;
}
