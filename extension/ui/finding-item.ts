// One finding: what is wrong (the rule's reason message), the masked snippet, the page it is on, a button that
// shows it in the page, and the inspector's review mark ("reviewed" / "not a problem", with a note).
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Finding } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { t } from '../i18n.ts';
import { reasonText } from '../rule-text.ts';
import type { ReviewDecision, ReviewMark } from '../storage/database.ts';
import { outcomeBadge } from './outcome.ts';
import { baseStyles } from './styles.ts';

export interface FindingEventDetail {
  ruleId: string;
  finding: Finding;
}

export interface MarkEventDetail extends FindingEventDetail {
  decision: ReviewDecision;
  note: string;
}

let formCount = 0;

@customElement('zfgs-inspector-finding')
export class ZfgsInspectorFinding extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { padding: 0.4em 0; border-top: 1px solid #d8d8d8; }
      .reason { margin: 0.2em 0; }
      .page { font-size: 0.85em; word-break: break-all; }
      fieldset { border: 1px solid #b1b4b6; padding: 0.4em 0.6em; margin: 0.4em 0; }
      legend { font-weight: 600; padding: 0 0.2em; }
      textarea { width: 100%; min-height: 3.5em; }
      .mark { font-size: 0.9em; }
      .status { font-size: 0.85em; }
    `,
  ];

  @property({ attribute: false }) finding?: Finding;
  @property() ruleId = '';
  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) mark?: ReviewMark;
  /** Whether the finding's element is in the tab the panel audited (findings on other pages open a link). */
  @property({ type: Boolean }) canHighlight = false;
  /** The answer of the last "show in page" for this finding. */
  @property() highlightStatus = '';
  /** Whether marks can be made (false until the content key is computed). */
  @property({ type: Boolean }) canMark = false;
  @state() private isEditing = false;
  private readonly formId = `mark-${(formCount += 1)}`;

  private emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private onHighlight(): void {
    if (this.finding) this.emit<FindingEventDetail>('zfgs-highlight', { ruleId: this.ruleId, finding: this.finding });
  }

  private onSave(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const decision = data.get('decision') === 'not-a-problem' ? 'not-a-problem' : 'reviewed';
    if (this.finding) this.emit<MarkEventDetail>('zfgs-mark', { ruleId: this.ruleId, finding: this.finding, decision, note: String(data.get('note') ?? '').trim() });
    this.isEditing = false;
  }

  private onUnmark(): void {
    if (this.finding) this.emit<FindingEventDetail>('zfgs-unmark', { ruleId: this.ruleId, finding: this.finding });
  }

  private renderMark() {
    const mark = this.mark;
    if (!mark) return '';
    return html`
      <p class="mark note" data-mark=${mark.decision}>
        <strong>${t(this.locale, `mark.${mark.decision}`)}</strong>${mark.note ? html` — ${mark.note}` : ''}
        <span class="muted">(${new Date(mark.markedAt).toLocaleString(this.locale)})</span>
        <button type="button" @click=${this.onUnmark}>${t(this.locale, 'mark.remove')}</button>
      </p>
    `;
  }

  private renderForm() {
    const decision = this.mark?.decision ?? 'reviewed';
    return html`
      <form id=${this.formId} @submit=${this.onSave}>
        <fieldset>
          <legend>${t(this.locale, 'mark.legend')}</legend>
          <label><input type="radio" name="decision" value="reviewed" ?checked=${decision === 'reviewed'} /> ${t(this.locale, 'mark.reviewed')}</label>
          <label><input type="radio" name="decision" value="not-a-problem" ?checked=${decision === 'not-a-problem'} /> ${t(this.locale, 'mark.not-a-problem')}</label>
          <label for="${this.formId}-note">${t(this.locale, 'mark.note')}</label>
          <textarea id="${this.formId}-note" name="note" .value=${this.mark?.note ?? ''}></textarea>
          <div class="row">
            <button type="submit" class="primary">${t(this.locale, 'mark.save')}</button>
            <button type="button" @click=${() => (this.isEditing = false)}>${t(this.locale, 'mark.cancel')}</button>
          </div>
        </fieldset>
      </form>
    `;
  }

  override render() {
    const finding = this.finding;
    if (!finding) return html``;
    return html`
      <div class="row">
        ${outcomeBadge(this.locale, finding.status)}
        <span class="reason">${reasonText(this.locale, this.ruleId, finding.reason, finding.data)}</span>
      </div>
      ${finding.snippet ? html`<p><span class="visually-hidden">${t(this.locale, 'finding.snippet')}</span><span class="snippet">${finding.snippet}</span></p>` : ''}
      ${finding.url ? html`<p class="page muted">${t(this.locale, 'finding.page')} <a href=${finding.url} target="_blank" rel="noopener noreferrer">${finding.url}</a></p>` : ''}
      ${this.renderMark()}
      <div class="row">
        ${this.canHighlight && finding.target.length > 0
          ? html`<button type="button" class="show" @click=${this.onHighlight}>${t(this.locale, 'finding.show')}</button>`
          : ''}
        ${this.canMark && !this.isEditing
          ? html`<button type="button" class="mark-button" aria-expanded="false" @click=${() => (this.isEditing = true)}>
              ${t(this.locale, this.mark ? 'mark.edit' : 'mark.open')}
            </button>`
          : ''}
        <span class="status" role="status">${this.highlightStatus}</span>
      </div>
      ${this.isEditing ? this.renderForm() : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-finding': ZfgsInspectorFinding;
  }
}
