// The options page: profile, language, site-audit limits, history retention, storage use and clearing the
// history. A number outside its bounds is refused with a message naming the field, in Chinese and English.
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Locale } from '../../shared/i18n/locale.ts';
import { PROFILE_BY_DOMAIN } from '../audit/profile-for-host.ts';
import { t, uiLocale } from '../i18n.ts';
import { StorageError } from '../storage/database.ts';
import { applyRetention, clearHistory, listAudits, storageEstimate } from '../storage/history.ts';
import { DEFAULT_SETTINGS, LIMITS, PROFILE_IDS, loadSettings, saveSettings, type Settings } from '../storage/settings.ts';
import { baseStyles } from '../ui/styles.ts';

type NumberField = keyof typeof LIMITS;

const CRAWL_FIELDS: readonly NumberField[] = ['maxPages', 'maxDepth', 'delayMs', 'concurrency', 'maxAttachments', 'maxFileMiB'];
const RETENTION_FIELDS: readonly NumberField[] = ['days', 'maxAudits'];

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : (bytes / 1_048_576).toFixed(1);
}

@customElement('zfgs-inspector-options')
export class ZfgsInspectorOptions extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { max-width: 44rem; margin: 0 auto; padding: 1rem; }
      fieldset { border: 1px solid #b1b4b6; margin: 0.75em 0; padding: 0.5em 0.75em; }
      legend { font-weight: 600; padding: 0 0.25em; }
      .field { display: grid; gap: 0.15em; margin: 0.5em 0; }
      .field input { max-width: 12em; }
      .hint { font-size: 0.9em; color: #505a5f; }
      .error { color: #a3260f; font-weight: 600; }
      [aria-invalid='true'] { border: 2px solid #d4351c; }
      table { border-collapse: collapse; font-size: 0.9em; }
      th, td { border-bottom: 1px solid #b1b4b6; padding: 0.15em 0.5em; text-align: left; }
    `,
  ];

  @state() private settings: Settings = DEFAULT_SETTINGS;
  @state() private locale: Locale = uiLocale('auto');
  @state() private errors: Partial<Record<NumberField, string>> = {};
  @state() private status = '';
  @state() private usage = '';
  @state() private auditCount = 0;
  @state() private isConfirmingClear = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.apply(await loadSettings());
    await this.refreshStorage();
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    this.locale = uiLocale(settings.language);
    document.documentElement.lang = this.locale;
    document.title = t(this.locale, 'options.title');
  }

  private async refreshStorage(): Promise<void> {
    try {
      this.auditCount = (await listAudits()).length;
      const { usage, quota } = await storageEstimate();
      this.usage = t(this.locale, 'options.usage', { count: this.auditCount, used: megabytes(usage), quota: megabytes(quota) });
    } catch (error) {
      this.status = this.storageMessage(error);
    }
  }

  private storageMessage(error: unknown): string {
    const kind = error instanceof StorageError ? error.kind : 'failed';
    return t(this.locale, `storage.${kind}`, { detail: error instanceof Error ? error.message : String(error) });
  }

  private fieldError(field: NumberField, raw: string): string | undefined {
    const { min, max } = LIMITS[field];
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      const label = (locale: Locale) => t(locale, `options.field.${field}`);
      return `${t('zh-CN', 'options.invalid', { field: label('zh-CN'), min, max })} / ${t('en', 'options.invalid', { field: label('en'), min, max })}`;
    }
    return undefined;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const read = (name: string) => String(data.get(name) ?? '');
    const errors: Partial<Record<NumberField, string>> = {};
    for (const field of [...CRAWL_FIELDS, ...RETENTION_FIELDS]) {
      const error = this.fieldError(field, read(field));
      if (error) errors[field] = error;
    }
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      this.status = t(this.locale, 'options.notSaved');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const number = (name: string) => Number(read(name));
    try {
      const saved = await saveSettings({
        profile: read('profile') as Settings['profile'],
        language: read('language') as Settings['language'],
        crawl: {
          maxPages: number('maxPages'),
          maxDepth: number('maxDepth'),
          delayMs: number('delayMs'),
          concurrency: number('concurrency'),
          scope: read('scope') === 'origin' ? 'origin' : 'column',
          maxAttachments: number('maxAttachments'),
          maxFileMiB: number('maxFileMiB'),
        },
        retention: { days: number('days'), maxAudits: number('maxAudits') },
      });
      this.apply(saved);
      const deleted = await applyRetention(saved.retention);
      this.status = t(this.locale, 'options.saved', { deleted });
      await this.refreshStorage();
    } catch (error) {
      this.status = this.storageMessage(error);
    }
  }

  private async onClear(): Promise<void> {
    try {
      await clearHistory();
      this.isConfirmingClear = false;
      this.status = t(this.locale, 'options.cleared');
      await this.refreshStorage();
    } catch (error) {
      this.status = this.storageMessage(error);
    }
  }

  private numberField(field: NumberField, value: number) {
    const { min, max } = LIMITS[field];
    const error = this.errors[field];
    return html`
      <div class="field">
        <label for=${field}>${t(this.locale, `options.field.${field}`)}</label>
        <input id=${field} name=${field} type="number" inputmode="numeric" min=${min} max=${max} step="1" .value=${String(value)}
          aria-describedby="${field}-hint${error ? ` ${field}-error` : ''}" aria-invalid=${error ? 'true' : 'false'} />
        <span class="hint" id="${field}-hint">${t(this.locale, `options.hint.${field}`, { min, max })}</span>
        ${error ? html`<span class="error" id="${field}-error">${error}</span>` : ''}
      </div>
    `;
  }

  override render() {
    const { settings } = this;
    return html`
      <main>
        <h1>${t(this.locale, 'options.title')}</h1>
        <form novalidate @submit=${(event: SubmitEvent) => void this.onSubmit(event)}>
          <fieldset>
            <legend>${t(this.locale, 'options.audit')}</legend>
            <div class="field">
              <label for="profile">${t(this.locale, 'options.field.profile')}</label>
              <select id="profile" name="profile" aria-describedby="profile-hint">
                ${(['auto', ...PROFILE_IDS] as const).map((profile) => html`<option value=${profile} ?selected=${settings.profile === profile}>${t(this.locale, `profile.${profile}`)}</option>`)}
              </select>
              <span class="hint" id="profile-hint">${t(this.locale, 'options.hint.profile')}</span>
            </div>
            <table>
              <caption class="visually-hidden">${t(this.locale, 'options.domainTable')}</caption>
              <thead><tr><th scope="col">${t(this.locale, 'options.domain')}</th><th scope="col">${t(this.locale, 'options.field.profile')}</th></tr></thead>
              <tbody>${PROFILE_BY_DOMAIN.map(([domain, profile]) => html`<tr><td>${domain}</td><td>${t(this.locale, `profile.${profile}`)}</td></tr>`)}</tbody>
            </table>
            <div class="field">
              <label for="language">${t(this.locale, 'options.field.language')}</label>
              <select id="language" name="language">
                <option value="auto" ?selected=${settings.language === 'auto'}>${t(this.locale, 'options.language.auto')}</option>
                <option value="zh-CN" lang="zh-CN" ?selected=${settings.language === 'zh-CN'}>中文</option>
                <option value="en" lang="en" ?selected=${settings.language === 'en'}>English</option>
              </select>
            </div>
          </fieldset>
          <fieldset>
            <legend>${t(this.locale, 'options.crawl')}</legend>
            ${CRAWL_FIELDS.map((field) => this.numberField(field, settings.crawl[field as keyof Settings['crawl']] as number))}
            <fieldset>
              <legend>${t(this.locale, 'options.field.scope')}</legend>
              <label><input type="radio" name="scope" value="column" ?checked=${settings.crawl.scope === 'column'} /> ${t(this.locale, 'options.scope.column')}</label><br />
              <label><input type="radio" name="scope" value="origin" ?checked=${settings.crawl.scope === 'origin'} /> ${t(this.locale, 'options.scope.origin')}</label>
            </fieldset>
            <p class="hint">${t(this.locale, 'options.robots')}</p>
          </fieldset>
          <fieldset>
            <legend>${t(this.locale, 'options.retention')}</legend>
            ${RETENTION_FIELDS.map((field) => this.numberField(field, settings.retention[field as keyof Settings['retention']]))}
          </fieldset>
          <button type="submit" class="primary">${t(this.locale, 'options.save')}</button>
          <p role="status" class="status">${this.status}</p>
        </form>
        <section aria-labelledby="storage-heading">
          <h2 id="storage-heading">${t(this.locale, 'options.storage')}</h2>
          <p class="usage">${this.usage}</p>
          ${this.isConfirmingClear
            ? html`<div class="row" role="group" aria-label=${t(this.locale, 'options.confirmClear', { count: this.auditCount })}>
                <span>${t(this.locale, 'options.confirmClear', { count: this.auditCount })}</span>
                <button type="button" class="danger confirm-clear" @click=${() => void this.onClear()}>${t(this.locale, 'options.clearYes')}</button>
                <button type="button" @click=${() => (this.isConfirmingClear = false)}>${t(this.locale, 'mark.cancel')}</button>
              </div>`
            : html`<button type="button" class="danger clear" @click=${() => (this.isConfirmingClear = true)}>${t(this.locale, 'options.clear')}</button>`}
        </section>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-options': ZfgsInspectorOptions;
  }
}
