// The report: where and when, totals, filters, the rules with their findings, what was not checked, and the
// review marks of this page whose content is gone (stale). Renders only AuditReport JSON, as text.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Phase } from '../../shared/catalogue/types.ts';
import type { AuditReport, Outcome } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { DEFAULT_FILTERS, filterResults, type ReportFilters } from '../audit/filter-results.ts';
import { hasMessage, t } from '../i18n.ts';
import { ruleTitle } from '../rule-text.ts';
import type { ReviewMark } from '../storage/database.ts';
import { OUTCOMES, outcomeBadge } from './outcome.ts';
import { REPORT_RENDERED_MARK } from './report-rendered-mark.ts';
import './report-summary.ts';
import './rule-group.ts';
import type { FindingContext } from './rule-group.ts';
import { baseStyles } from './styles.ts';

/** A notChecked entry's id in words: a rule's title, else the extension's own name for it, else the id. */
function notCheckedLabel(locale: Locale, id: string): string {
  const title = ruleTitle(locale, id);
  if (title !== id) return title;
  return hasMessage(locale, `notCheckedId.${id}`) ? t(locale, `notCheckedId.${id}`) : id;
}

@customElement('zfgs-inspector-report')
export class ZfgsInspectorReport extends LitElement {
  static override styles = [
    baseStyles,
    css`
      dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.6em; margin: 0.25em 0; font-size: 0.9em; }
      dl.meta dt { color: #505a5f; }
      dl.meta dd { margin: 0; word-break: break-all; }
      fieldset.filters { border: 1px solid #b1b4b6; padding: 0.4em 0.6em; margin: 0.5em 0; }
      fieldset.filters legend { font-weight: 600; }
      .filters .row label { white-space: nowrap; }
      input[type='search'] { width: 100%; }
      ul.plain { padding-left: 1.2em; margin: 0.25em 0; }
      ul.plain li { word-break: break-all; }
    `,
  ];

  @property({ attribute: false }) report?: AuditReport;
  @property({ attribute: false }) context?: FindingContext;
  @property({ attribute: false }) staleMarks: ReviewMark[] = [];
  @property({ attribute: false }) isDismissed: (ruleId: string, finding: AuditReport['results'][number]['findings'][number]) => boolean = () => false;
  @property() locale: Locale = 'zh-CN';
  @state() private filters: ReportFilters = DEFAULT_FILTERS;

  private setOutcome(outcome: Outcome, checked: boolean): void {
    const outcomes = new Set(this.filters.outcomes);
    if (checked) outcomes.add(outcome);
    else outcomes.delete(outcome);
    this.filters = { ...this.filters, outcomes };
  }

  private renderMeta(report: AuditReport) {
    return html`
      <dl class="meta">
        <dt>${t(this.locale, 'report.url')}</dt><dd>${report.url}</dd>
        <dt>${t(this.locale, 'report.time')}</dt><dd>${new Date(report.timestamp).toLocaleString(this.locale)}</dd>
        <dt>${t(this.locale, 'report.profile')}</dt><dd>${t(this.locale, `profile.${report.profile}`)}</dd>
        <dt>${t(this.locale, 'report.pages')}</dt><dd>${report.pages.length}</dd>
        <dt>${t(this.locale, 'report.engine')}</dt><dd>${report.engine.name} ${report.engine.version}</dd>
      </dl>
    `;
  }

  private renderFilters() {
    const filters = this.filters;
    return html`
      <fieldset class="filters">
        <legend>${t(this.locale, 'filters.legend')}</legend>
        <div class="row" role="group" aria-label=${t(this.locale, 'filters.outcomes')}>
          ${OUTCOMES.map(
            (outcome) => html`<label>
              <input
                type="checkbox"
                name="outcome"
                value=${outcome}
                .checked=${filters.outcomes.has(outcome)}
                @change=${(event: Event) => this.setOutcome(outcome, (event.currentTarget as HTMLInputElement).checked)}
              />
              ${outcomeBadge(this.locale, outcome)}
            </label>`,
          )}
        </div>
        <div class="row">
          <label>
            ${t(this.locale, 'filters.phase')}
            <select name="phase" @change=${(event: Event) => (this.filters = { ...filters, phase: (event.currentTarget as HTMLSelectElement).value as Phase | 'all' })}>
              ${(['all', 'pre', 'during', 'post'] as const).map((phase) => html`<option value=${phase} ?selected=${filters.phase === phase}>${t(this.locale, `phase.${phase}`)}</option>`)}
            </select>
          </label>
          <label>
            <input type="checkbox" name="hide-dismissed" .checked=${filters.hideDismissed}
              @change=${(event: Event) => (this.filters = { ...filters, hideDismissed: (event.currentTarget as HTMLInputElement).checked })} />
            ${t(this.locale, 'filters.hideDismissed')}
          </label>
        </div>
        <label>
          ${t(this.locale, 'filters.query')}
          <input type="search" name="query" .value=${filters.query} @input=${(event: Event) => (this.filters = { ...filters, query: (event.currentTarget as HTMLInputElement).value })} />
        </label>
      </fieldset>
    `;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('report') && this.report) void this.markRendered(this.report.timestamp);
  }

  /** The summary and the rule groups render in the microtasks after this element's update: marked once they have. */
  private async markRendered(timestamp: string): Promise<void> {
    const parts = [...this.renderRoot.querySelectorAll<LitElement>('zfgs-inspector-summary, zfgs-inspector-rule')];
    await Promise.all(parts.map((part) => part.updateComplete));
    if (this.report?.timestamp === timestamp) performance.mark(REPORT_RENDERED_MARK, { detail: timestamp });
  }

  override render() {
    const report = this.report;
    if (!report) return html``;
    const shown = filterResults(report.results, this.filters, (id) => ruleTitle(this.locale, id), this.isDismissed);
    return html`
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">${t(this.locale, report.pages.length > 1 ? 'report.headingSite' : 'report.heading')}</h2>
        ${this.renderMeta(report)}
        <zfgs-inspector-summary .report=${report} locale=${this.locale}></zfgs-inspector-summary>
      </section>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">${t(this.locale, 'report.results')}</h2>
        ${this.renderFilters()}
        <p class="muted" role="status">${t(this.locale, 'report.shown', { shown: shown.length, total: report.results.length })}</p>
        ${repeat(
          shown,
          ({ result }) => result.id,
          ({ result, findings }) => html`<zfgs-inspector-rule id=${`rule-${result.id}`} .result=${result} .findings=${findings} .context=${this.context} locale=${this.locale}></zfgs-inspector-rule>`,
        )}
      </section>
      ${this.staleMarks.length > 0
        ? html`<section aria-labelledby="stale-heading" class="stale">
            <h2 id="stale-heading">${t(this.locale, 'stale.heading', { count: this.staleMarks.length })}</h2>
            <p>${t(this.locale, 'stale.explain')}</p>
            <ul class="plain">
              ${this.staleMarks.map(
                (mark) => html`<li data-stale-key=${mark.key}>
                  ${ruleTitle(this.locale, mark.ruleId)} — ${t(this.locale, `mark.${mark.decision}`)}${mark.note ? `: ${mark.note}` : ''}
                  ${mark.snippet ? html`<span class="snippet">${mark.snippet}</span>` : ''}
                  <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('zfgs-forget-mark', { detail: mark, bubbles: true, composed: true }))}>
                    ${t(this.locale, 'stale.forget')}
                  </button>
                </li>`,
              )}
            </ul>
          </section>`
        : ''}
      ${report.notChecked.length > 0
        ? html`<section aria-labelledby="not-checked-heading">
            <h2 id="not-checked-heading">${t(this.locale, 'report.notChecked', { count: report.notChecked.length })}</h2>
            <ul class="plain not-checked">
              ${report.notChecked.map((entry) => html`<li><strong>${notCheckedLabel(this.locale, entry.id)}</strong>: ${entry.reason}</li>`)}
            </ul>
          </section>`
        : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-report': ZfgsInspectorReport;
  }
}
