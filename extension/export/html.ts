// The printable report to attach to a 巡查通报: the engine's own HTML report (shared/engine/format-html.ts), in
// Chinese, with the evidence added before its footer — time of audit and export, URL, the SHA-256 of each
// page's text and the screenshot with its SHA-256. Every value is escaped with the engine's escaper.
import { escapeHtml, formatHtml } from '../../shared/engine/format-html.ts';
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { Evidence } from '../audit/evidence.ts';
import { t } from '../i18n.ts';

export const HTML_REPORT_LOCALE: Locale = 'zh-CN';

function evidenceSection(evidence: Evidence, locale: Locale, exportedAt: string): string {
  const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
  const pages = evidence.pages
    .map((page) => `<tr><td><code>${escapeHtml(page.url)}</code></td><td><code>${escapeHtml(page.textSha256)}</code></td><td>${page.characters}</td></tr>`)
    .join('');
  const screenshot = evidence.screenshot
    ? `<figure><img src="${escapeHtml(evidence.screenshot.dataUrl)}" alt="${escapeHtml(t(locale, 'evidence.screenshot'))}" style="max-width:100%;border:1px solid #888"><figcaption>${escapeHtml(t(locale, 'evidence.screenshotSha256'))}：<code>${escapeHtml(evidence.screenshot.sha256)}</code></figcaption></figure>`
    : `<p>${escapeHtml(t(locale, 'export.noScreenshot', { detail: evidence.screenshotError ?? '' }))}</p>`;
  return `<section aria-labelledby="evidence" id="zfgs-evidence"><h2 id="evidence">${escapeHtml(t(locale, 'export.sheet.evidence'))}</h2>
<dl class="meta">${row(t(locale, 'evidence.auditedAt'), evidence.auditedAt)}${row(t(locale, 'evidence.exportedAt'), exportedAt)}${row(t(locale, 'evidence.url'), evidence.url)}</dl>
<table><thead><tr><th scope="col">${escapeHtml(t(locale, 'evidence.page'))}</th><th scope="col">${escapeHtml(t(locale, 'evidence.textSha256'))}</th><th scope="col">${escapeHtml(t(locale, 'evidence.characters'))}</th></tr></thead><tbody>${pages}</tbody></table>
${screenshot}
</section>`;
}

export function toHtml(report: AuditReport, evidence: Evidence, exportedAt: string, locale: Locale = HTML_REPORT_LOCALE): string {
  const html = formatHtml(report, locale);
  const section = evidenceSection(evidence, locale, exportedAt);
  const end = html.lastIndexOf('</main>');
  return end === -1 ? html.replace('</body>', `${section}\n</body>`) : `${html.slice(0, end)}${section}\n${html.slice(end)}`;
}
