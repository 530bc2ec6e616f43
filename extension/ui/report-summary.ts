// Honest totals: rules by outcome, overall and per legal phase (事前 / 事中 / 事后), as a table — and what
// was not checked. No single score.
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Phase } from '../../shared/catalogue/types.ts';
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { t } from '../i18n.ts';
import { OUTCOMES, outcomeBadge } from './outcome.ts';
import { baseStyles } from './styles.ts';
import { css } from 'lit';

const PHASES: readonly Phase[] = ['pre', 'during', 'post'];

@customElement('zfgs-inspector-summary')
export class ZfgsInspectorSummary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      table { border-collapse: collapse; width: 100%; margin: 0.25em 0; }
      th, td { border-bottom: 1px solid #b1b4b6; padding: 0.2em 0.4em; text-align: right; }
      th[scope='row'], thead th:first-child { text-align: left; }
      td.zero { color: #505a5f; }
    `,
  ];

  @property({ attribute: false }) report?: AuditReport;
  @property() locale: Locale = 'zh-CN';

  override render() {
    const report = this.report;
    if (!report) return html``;
    const { byOutcome, byPhase } = report.counts;
    return html`
      <table>
        <caption class="visually-hidden">${t(this.locale, 'summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t(this.locale, 'summary.outcome')}</th>
            <th scope="col">${t(this.locale, 'summary.total')}</th>
            ${PHASES.map((phase) => html`<th scope="col">${t(this.locale, `phase.${phase}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${OUTCOMES.map(
            (outcome) => html`
              <tr data-outcome=${outcome}>
                <th scope="row">${outcomeBadge(this.locale, outcome)}</th>
                <td class=${byOutcome[outcome] ? '' : 'zero'} data-count=${outcome}>${byOutcome[outcome]}</td>
                ${PHASES.map((phase) => html`<td class=${byPhase[phase][outcome] ? '' : 'zero'}>${byPhase[phase][outcome]}</td>`)}
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-summary': ZfgsInspectorSummary;
  }
}
