// Past audits, newest first: one site's trend (failures and reviews over time, with the change since the
// audit before) or every site. Opening an entry shows its saved report with its evidence.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale } from '../../shared/i18n/locale.ts';
import { t } from '../i18n.ts';
import type { HistoryEntry } from '../storage/database.ts';
import { baseStyles } from './styles.ts';

function change(current: number, previous: number | undefined): string {
  if (previous === undefined) return '';
  const delta = current - previous;
  return delta === 0 ? '±0' : delta > 0 ? `+${delta}` : String(delta);
}

@customElement('zfgs-inspector-history')
export class ZfgsInspectorHistory extends LitElement {
  static override styles = [
    baseStyles,
    css`
      table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
      th, td { border-bottom: 1px solid #b1b4b6; padding: 0.2em 0.3em; text-align: left; vertical-align: top; }
      td.number { text-align: right; white-space: nowrap; }
      td.url { word-break: break-all; }
    `,
  ];

  @property({ attribute: false }) entries: HistoryEntry[] = [];
  @property() site = '';
  @property() locale: Locale = 'zh-CN';
  @property({ type: Boolean }) isAllSites = false;

  private emit(name: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const entries = this.entries;
    return html`
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">${t(this.locale, this.isAllSites ? 'history.headingAll' : 'history.heading', { site: this.site })}</h2>
        <div class="row">
          <label>
            <input type="checkbox" name="all-sites" .checked=${this.isAllSites} @change=${(event: Event) => this.emit('zfgs-history-scope', (event.currentTarget as HTMLInputElement).checked)} />
            ${t(this.locale, 'history.allSites')}
          </label>
        </div>
        ${entries.length === 0
          ? html`<p class="muted">${t(this.locale, 'history.empty')}</p>`
          : html`
              <table>
                <caption class="visually-hidden">${t(this.locale, 'history.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t(this.locale, 'history.when')}</th>
                    <th scope="col">${t(this.locale, 'history.what')}</th>
                    <th scope="col">${t(this.locale, 'outcome.fail')}</th>
                    <th scope="col">${t(this.locale, 'outcome.review')}</th>
                    <th scope="col"><span class="visually-hidden">${t(this.locale, 'history.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${entries.map((entry, index) => {
                    const previous = entries.slice(index + 1).find((other) => other.site === entry.site && other.url === entry.url && other.mode === entry.mode);
                    return html`<tr data-history-id=${String(entry.id)}>
                      <td>${new Date(entry.timestamp).toLocaleString(this.locale)}</td>
                      <td class="url">
                        ${t(this.locale, `mode.${entry.mode}`)} · ${t(this.locale, `profile.${entry.profile}`)} · ${t(this.locale, 'history.pages', { count: entry.pageCount })}<br />${entry.url}
                      </td>
                      <td class="number">${entry.counts.byOutcome.fail} <span class="muted">${change(entry.counts.byOutcome.fail, previous?.counts.byOutcome.fail)}</span></td>
                      <td class="number">${entry.counts.byOutcome.review} <span class="muted">${change(entry.counts.byOutcome.review, previous?.counts.byOutcome.review)}</span></td>
                      <td>
                        <div class="row">
                          <button type="button" class="open" @click=${() => this.emit('zfgs-open-audit', entry.id)}>${t(this.locale, 'history.open')}</button>
                          <button type="button" class="danger" @click=${() => this.emit('zfgs-delete-audit', entry.id)}>
                            ${t(this.locale, 'history.delete')}<span class="visually-hidden"> ${entry.url}</span>
                          </button>
                        </div>
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            `}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-history': ZfgsInspectorHistory;
  }
}
