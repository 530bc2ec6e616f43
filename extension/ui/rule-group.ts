// One rule's result: outcome, title, citations (with the article text on demand), the fix hint and its
// findings, shown a page at a time (a decision list can have thousands).
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Finding, RuleResult } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { t } from '../i18n.ts';
import { ruleText, ruleTitle } from '../rule-text.ts';
import type { ReviewMark } from '../storage/database.ts';
import './cite-item.ts';
import './finding-item.ts';
import { outcomeBadge } from './outcome.ts';
import { baseStyles } from './styles.ts';

export const FINDINGS_PAGE = 20;

/** What the group needs to know about each finding from the app. */
export interface FindingContext {
  markOf(ruleId: string, finding: Finding): ReviewMark | undefined;
  canMark(ruleId: string, finding: Finding): boolean;
  canHighlight(finding: Finding): boolean;
  highlightStatusOf(finding: Finding): string;
}

@customElement('zfgs-inspector-rule')
export class ZfgsInspectorRule extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { border: 1px solid #b1b4b6; border-radius: 4px; margin: 0.4em 0; background: #fff; }
      details > summary { cursor: pointer; padding: 0.4em 0.6em; list-style-position: inside; }
      .summary { display: inline-flex; flex-wrap: wrap; gap: 0.3em 0.5em; align-items: center; }
      .title { font-weight: 600; font-size: 1em; margin: 0; display: inline; }
      .body { padding: 0 0.6em 0.5em; }
      ul.cites, ul.findings { list-style: none; margin: 0.2em 0; padding: 0; }
      .fix { border-left: 4px solid #00703c; padding-left: 0.5em; }
      .id { font-family: ui-monospace, monospace; font-size: 0.8em; }
    `,
  ];

  @property({ attribute: false }) result?: RuleResult;
  /** The findings left by the filters. */
  @property({ attribute: false }) findings: Finding[] = [];
  @property({ attribute: false }) context?: FindingContext;
  @property() locale: Locale = 'zh-CN';
  @property({ type: Boolean, reflect: true }) open = false;
  @state() private shown = FINDINGS_PAGE;

  private onToggle(event: Event): void {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
  }

  private renderBody(result: RuleResult) {
    const description = ruleText(this.locale, result.id, result.outcome === 'fail' ? 'failureTitle' : 'description');
    const fix = ruleText(this.locale, result.id, 'fix');
    const visible = this.findings.slice(0, this.shown);
    const remaining = this.findings.length - visible.length;
    const context = this.context;
    return html`
      <div class="body">
        <p class="id muted">${result.id} · ${t(this.locale, `phase.${result.phase}`)} · ${t(this.locale, `severity.${result.severity}`)}</p>
        ${description ? html`<p>${description}</p>` : ''}
        ${result.error ? html`<p class="alert">${t(this.locale, 'rule.error')} ${result.error}</p>` : ''}
        <h4>${t(this.locale, 'rule.cites')}</h4>
        <ul class="cites">
          ${result.cites.map((cite) => html`<li><zfgs-inspector-cite .cite=${cite} locale=${this.locale}></zfgs-inspector-cite></li>`)}
        </ul>
        ${fix && result.outcome !== 'pass' && result.outcome !== 'inapplicable' ? html`<p class="fix"><strong>${t(this.locale, 'rule.fix')}</strong> ${fix}</p>` : ''}
        ${this.findings.length > 0
          ? html`
              <h4>${t(this.locale, 'rule.findings', { count: this.findings.length })}</h4>
              <ul class="findings">
                ${repeat(
                  visible,
                  (finding) => finding,
                  (finding) => html`<li>
                    <zfgs-inspector-finding
                      .finding=${finding}
                      ruleId=${result.id}
                      locale=${this.locale}
                      .mark=${context?.markOf(result.id, finding)}
                      ?canMark=${context?.canMark(result.id, finding) ?? false}
                      ?canHighlight=${context?.canHighlight(finding) ?? false}
                      highlightStatus=${context?.highlightStatusOf(finding) ?? ''}
                    ></zfgs-inspector-finding>
                  </li>`,
                )}
              </ul>
              ${remaining > 0
                ? html`<button type="button" class="more" @click=${() => (this.shown += FINDINGS_PAGE)}>
                    ${t(this.locale, 'rule.more', { count: Math.min(FINDINGS_PAGE, remaining), remaining })}
                  </button>`
                : ''}
            `
          : ''}
      </div>
    `;
  }

  override render() {
    const result = this.result;
    if (!result) return html``;
    return html`
      <details ?open=${this.open} @toggle=${this.onToggle}>
        <summary>
          <span class="summary">
            ${outcomeBadge(this.locale, result.outcome)}
            <h3 class="title">${ruleTitle(this.locale, result.id)}</h3>
            ${result.findings.length > 0 ? html`<span class="muted">(${t(this.locale, 'rule.count', { count: this.findings.length })})</span>` : ''}
          </span>
        </summary>
        ${this.open ? this.renderBody(result) : ''}
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-rule': ZfgsInspectorRule;
  }
}
