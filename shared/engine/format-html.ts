// A printable HTML report, Chinese by default, fit to attach to a 巡查通报. Everything in it may come from
// the audited page (snippets, URLs, targets), so every value is escaped; URLs are shown as text, never links.
import type { Locale } from '../i18n/locale.ts';
import type { AuditReport } from './report.ts';
import { reportView, type RuleView } from './report-view.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const STYLE = `
  :root { color-scheme: light; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; line-height: 1.6; color: #1b1b1b; }
  body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; border-bottom: 3px solid #1b1b1b; padding-bottom: .3rem; }
  h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #888; }
  h3 { font-size: 1.1rem; margin-top: 1.5rem; }
  dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
  dl.meta dt { font-weight: bold; }
  dl.meta dd { margin: 0; overflow-wrap: anywhere; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #888; padding: .25rem .6rem; text-align: center; }
  article.rule { border: 1px solid #bbb; border-left-width: 6px; padding: .5rem 1rem; margin: 1rem 0; break-inside: avoid; }
  article.rule--fail { border-left-color: #b00020; }
  article.rule--review { border-left-color: #a05a00; }
  article.rule--error { border-left-color: #5c2d91; }
  article.rule--pass { border-left-color: #1b6e20; }
  .outcome { font-weight: bold; border: 1px solid currentColor; padding: 0 .4rem; margin-right: .5rem; white-space: nowrap; }
  .rule--fail .outcome { color: #b00020; } .rule--review .outcome { color: #a05a00; } .rule--pass .outcome { color: #1b6e20; } .rule--error .outcome { color: #5c2d91; }
  code { font-family: ui-monospace, "Cascadia Mono", Menlo, monospace; font-size: .85em; overflow-wrap: anywhere; }
  blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .6rem; border-left: 3px solid #ccc; color: #333; overflow-wrap: anywhere; }
  ol.findings { padding-left: 1.5rem; }
  ol.findings li { margin: .4rem 0; }
  .small { font-size: .9em; color: #333; }
  footer { margin-top: 2rem; border-top: 1px solid #888; font-size: .9em; }
  @media print {
    body { margin: 0; max-width: none; font-size: 11pt; }
    h2 { break-after: avoid; }
    article.rule { border-left-width: 4px; }
    @page { size: A4; margin: 18mm 15mm; }
  }
`;

type Labels = ReturnType<typeof reportView>['labels'] & { colon: string };

function findingsHtml(rule: RuleView, labels: Labels): string {
  if (rule.findings.length === 0) return '';
  const items = rule.findings.map((finding) => {
    const where = [finding.target && `${escapeHtml(labels.target)}${labels.colon}<code>${escapeHtml(finding.target)}</code>`, finding.url && `<code>${escapeHtml(finding.url)}</code>`].filter(Boolean).join(' ');
    return `<li><p><span class="small">[${escapeHtml(finding.statusLabel)}]</span> ${escapeHtml(finding.text)}</p>${where ? `<p class="small">${where}</p>` : ''}${finding.snippet ? `<blockquote>${escapeHtml(finding.snippet)}</blockquote>` : ''}</li>`;
  });
  return `<ol class="findings">${items.join('')}</ol>`;
}

function ruleHtml(rule: RuleView, labels: Labels): string {
  return `<article class="rule rule--${escapeHtml(rule.outcome)}" id="rule-${escapeHtml(rule.id)}">
<h4><span class="outcome">${escapeHtml(rule.outcomeLabel)}</span>${escapeHtml(rule.title)} <code>${escapeHtml(rule.id)}</code></h4>
<p class="small">${escapeHtml(rule.phaseLabel)} · ${escapeHtml(rule.severityLabel)} · ${escapeHtml(labels.cites)}${labels.colon}${escapeHtml(rule.cites.join('；'))}</p>
<p>${escapeHtml(rule.description)}</p>
${rule.error ? `<p><strong>${escapeHtml(labels.error)}${labels.colon}</strong>${escapeHtml(rule.error)}</p>` : ''}${findingsHtml(rule, labels)}
${rule.outcome === 'fail' || rule.outcome === 'review' ? `<p><strong>${escapeHtml(labels.fix)}${labels.colon}</strong>${escapeHtml(rule.fix)}</p>` : ''}
</article>`;
}

export function formatHtml(report: AuditReport, locale: Locale = report.locale): string {
  const view = reportView(report, locale);
  const labels: Labels = { ...view.labels, colon: view.locale === 'en' ? ': ' : '：' };
  const countsRow = (counts: typeof view.totals) => counts.map((item) => `<td>${item.count}</td>`).join('');
  const applicable = view.groups.filter((group) => group.outcome !== 'inapplicable');
  const inapplicable = view.groups.find((group) => group.outcome === 'inapplicable');
  return `<!doctype html>
<html lang="${escapeHtml(view.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(view.title)}</h1>
<dl class="meta">${view.meta.map((item) => `<dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd>`).join('')}</dl>
</header>
<main>
<section aria-labelledby="counts"><h2 id="counts">${escapeHtml(view.labels.counts)}</h2>
<table><thead><tr><th scope="col">${escapeHtml(view.labels.byPhase)}</th>${view.totals.map((item) => `<th scope="col">${escapeHtml(item.label)}</th>`).join('')}</tr></thead>
<tbody>${view.byPhase.map((phase) => `<tr><th scope="row">${escapeHtml(phase.label)}</th>${countsRow(phase.counts)}</tr>`).join('')}
<tr><th scope="row">∑</th>${countsRow(view.totals)}</tr></tbody></table>
</section>
<section aria-labelledby="findings"><h2 id="findings">${escapeHtml(view.labels.findings)}</h2>
${applicable.map((group) => `<h3>${escapeHtml(group.label)}（${group.rules.length}）</h3>\n${group.rules.map((rule) => ruleHtml(rule, labels)).join('\n')}`).join('\n')}
${inapplicable ? `<h3>${escapeHtml(inapplicable.label)}（${inapplicable.rules.length}）</h3><p class="small">${inapplicable.rules.map((rule) => `${escapeHtml(rule.title)} <code>${escapeHtml(rule.id)}</code>`).join('；')}</p>` : ''}
</section>
<section aria-labelledby="not-checked"><h2 id="not-checked">${escapeHtml(view.labels.notChecked)}</h2>
${view.notChecked.length > 0 ? `<ul>${view.notChecked.map((item) => `<li><code>${escapeHtml(item.id)}</code>${labels.colon}${escapeHtml(item.reason)}</li>`).join('')}</ul>` : `<p>${escapeHtml(view.labels.noFindings)}</p>`}
</section>
</main>
<footer><p>${escapeHtml(view.footer)}</p></footer>
</body>
</html>
`;
}
