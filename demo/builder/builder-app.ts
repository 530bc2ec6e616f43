// The webmaster's builder: import → match columns → checks per row and cell → personal data (mask, review) →
// live preview with the real widget → embed code or JSON. Light DOM (the page's own styles, and what a webmaster
// sees is plain HTML); every step is a labelled section, every control a native one.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { format, type Locale } from '../../shared/i18n/locale.ts';
import { todayIso } from '../../widgets/base/dates.ts';
import { convertTable, type Conversion } from './convert.ts';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft-store.ts';
import { embedCode, jsonFileName, type EmbedMode } from './embed.ts';
import { isKnownHeader, suggestMapping, unmappedRequired, type Mapping } from './mapping.ts';
import { builderMessages, builderMessagesEn, type BuilderMessages } from './messages.ts';
import { readSpreadsheet, tableOf, type Cell, type Sheet, type Table } from './parse.ts';
import { applyAccepted, findPersonalData, withoutRows, type PersonalDataFinding, type PersonalDataReport } from './personal-data.ts';
import { TARGETS, targetById, type ImportTarget, type TargetId } from './targets.ts';

type TextKey = Exclude<keyof BuilderMessages, 'kind'>;

const SAVE_DELAY_MS = 300;

export class BuilderApp extends LitElement {
  @state() private locale: Locale = 'zh-CN';
  @state() private targetId: TargetId = 'officers';
  @state() private fileName = '';
  @state() private sheets: Sheet[] = [];
  @state() private sheetIndex = 0;
  @state() private table?: Table;
  @state() private mapping: Mapping = [];
  @state() private updatedDate = todayIso();
  @state() private mode: EmbedMode = 'src';
  @state() private scriptUrl = new URL('/dist/widgets/zfgs.js', location.href).href;
  @state() private jsonUrl = '';
  @state() private status = '';
  @state() private restoredAt?: string;

  private conversion?: { key: unknown[]; value: Conversion };
  private personal?: { key: unknown[]; value: PersonalDataReport };
  private sectionMemo?: { key: unknown[]; value: unknown };
  private previewMemo?: { key: unknown[]; value: Element };
  private saveTimer?: ReturnType<typeof setTimeout>;
  private isRestoring = true;

  /** Light DOM: the demo site's stylesheet applies, and tests and assistive technology see plain HTML. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken off the page with an edit not yet saved: save it now, not later over what another builder has loaded.
    if (this.saveTimer !== undefined) this.saveNow();
  }

  private get target(): ImportTarget {
    return targetById(this.targetId) ?? TARGETS[0]!;
  }

  private get messages(): BuilderMessages {
    return this.locale === 'en' ? builderMessagesEn : builderMessages;
  }

  private t(key: TextKey, data?: Record<string, string | number>): string {
    return format(this.messages[key], data);
  }

  private async restore(): Promise<void> {
    try {
      const draft = await loadDraft();
      // A file imported while the draft was loading is the newer work: the draft does not replace it.
      if (draft && targetById(draft.target) && !this.table) {
        this.targetId = draft.target;
        this.fileName = draft.fileName;
        this.table = draft.table;
        this.mapping = draft.mapping;
        this.updatedDate = draft.updated;
        this.mode = draft.mode;
        this.scriptUrl = draft.scriptUrl;
        this.jsonUrl = draft.jsonUrl;
        this.restoredAt = draft.savedAt;
      }
    } catch (error) {
      this.status = String(error);
    } finally {
      this.isRestoring = false;
      if (this.table && this.restoredAt === undefined) this.scheduleSave();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    document.documentElement.lang = this.locale;
    const isWork = ['targetId', 'table', 'mapping', 'updatedDate', 'mode', 'scriptUrl', 'jsonUrl'].some((name) => changed.has(name as keyof BuilderApp));
    if (isWork && !this.isRestoring && this.table) this.scheduleSave();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.table) return;
    const draft: Draft = {
      target: this.targetId,
      fileName: this.fileName,
      table: this.table,
      mapping: this.mapping,
      updated: this.updatedDate,
      mode: this.mode,
      scriptUrl: this.scriptUrl,
      jsonUrl: this.jsonUrl,
      savedAt: new Date().toISOString(),
    };
    void saveDraft(draft).then(() => this.dispatchEvent(new CustomEvent('builder-saved')));
  }

  private async startOver(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await clearDraft();
    this.table = undefined;
    this.sheets = [];
    this.fileName = '';
    this.mapping = [];
    this.restoredAt = undefined;
    this.status = '';
  }

  // ── derived data, recomputed only when what it depends on changes ──

  private converted(): Conversion | undefined {
    if (!this.table) return undefined;
    const key = [this.table, this.mapping, this.target];
    if (!this.conversion || this.conversion.key.some((part, i) => part !== key[i])) this.conversion = { key, value: convertTable(this.table, this.mapping, this.target) };
    return this.conversion.value;
  }

  private personalData(conversion: Conversion): PersonalDataReport {
    const key = [this.table, this.mapping, this.target, conversion];
    if (!this.personal || this.personal.key.some((part, i) => part !== key[i])) {
      this.personal = { key, value: findPersonalData(this.table!, conversion.rows, this.mapping, this.target) };
    }
    return this.personal.value;
  }

  /** The section exported and previewed: { updated, items }, one object per conversion and date. */
  private section(conversion: Conversion): unknown {
    const key = [conversion, this.updatedDate];
    if (!this.sectionMemo || this.sectionMemo.key.some((part, i) => part !== key[i])) {
      this.sectionMemo = { key, value: { updated: this.updatedDate, items: conversion.rows.map((row) => row.item) } };
    }
    return this.sectionMemo.value;
  }

  /** The real widget for the chosen kind, kept while its data is unchanged. */
  private preview(data: unknown): Element {
    const key = [this.target.tag, data];
    if (!this.previewMemo || this.previewMemo.key.some((part, i) => part !== key[i])) {
      const element = document.createElement(this.target.tag) as HTMLElement & { data?: unknown };
      element.data = data;
      this.previewMemo = { key, value: element };
    }
    return this.previewMemo.value;
  }

  // ── actions ──

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const sheets = await readSpreadsheet(file.name, await file.arrayBuffer());
      this.fileName = file.name;
      this.sheets = sheets;
      this.restoredAt = undefined;
      this.useSheet(0);
    } catch (error) {
      this.status = this.t('readFailed', { file: file.name, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  private useSheet(index: number): void {
    const sheet = this.sheets[index];
    if (!sheet) return;
    this.sheetIndex = index;
    const table = tableOf(sheet, (header) => isKnownHeader(this.target, header));
    if (table.headers.length === 0) {
      this.table = undefined;
      this.status = this.t('noTable', { file: this.fileName });
      return;
    }
    this.table = table;
    this.mapping = suggestMapping(table.headers, this.target);
    this.jsonUrl ||= jsonFileName(this.targetId, this.updatedDate);
    this.status = this.t('imported', { file: this.fileName, rows: table.rows.length, columns: table.headers.length });
  }

  private chooseTarget(id: string): void {
    const target = targetById(id);
    if (!target) return;
    this.targetId = target.id;
    this.jsonUrl = jsonFileName(target.id, this.updatedDate);
    if (this.table) this.mapping = suggestMapping(this.table.headers, target);
  }

  private mapColumn(column: number, path: string): void {
    const mapping = [...this.mapping];
    // A field is fed by one column: taking it here frees it elsewhere.
    if (path) mapping.forEach((each, i) => (mapping[i] = each === path ? null : each));
    mapping[column] = path || null;
    this.mapping = mapping;
  }

  private mask(findings: readonly PersonalDataFinding[]): void {
    if (!this.table) return;
    this.table = applyAccepted(this.table, findings);
  }

  private removeRow(row: number): void {
    if (this.table) this.table = withoutRows(this.table, [row]);
  }

  private async copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.status = this.t('copied');
    } catch {
      this.querySelector<HTMLTextAreaElement>('#embed-code')?.select();
      this.status = this.t('copyFailed');
    }
  }

  private download(data: unknown): void {
    const name = jsonFileName(this.targetId, this.updatedDate);
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.status = this.t('downloaded', { file: name });
  }

  // ── rendering ──

  protected override render(): TemplateResult {
    const conversion = this.converted();
    const personal = conversion ? this.personalData(conversion) : undefined;
    return html`<header class="builder-header">
        <h1>${this.t('title')}</h1>
        <p>${this.t('intro')}</p>
        <button type="button" lang=${this.locale === 'en' ? 'zh-CN' : 'en'} @click=${() => (this.locale = this.locale === 'en' ? 'zh-CN' : 'en')}>${this.t('switchLanguage')}</button>
      </header>
      <p class="builder-status" role="status" aria-live="polite">${this.status}</p>
      ${this.restoredAt
        ? html`<p class="notice" id="restored">
            ${this.t('restored', { time: new Date(this.restoredAt).toLocaleString(this.locale), file: this.fileName })}
            <button type="button" @click=${() => void this.startOver()}>${this.t('startOver')}</button>
          </p>`
        : nothing}
      ${this.renderImport()} ${this.table ? this.renderMapping(this.table) : nothing}
      ${conversion && personal ? html`${this.renderProblems(conversion)} ${this.renderPersonal(personal)} ${this.renderPreview(conversion, personal)} ${this.renderExport(conversion, personal)}` : nothing}`;
  }

  private renderImport(): TemplateResult {
    return html`<section aria-labelledby="step-import">
      <h2 id="step-import">${this.t('importHeading')}</h2>
      <div class="builder-controls">
        <div class="builder-control">
          <label for="target">${this.t('target')}</label>
          <select id="target" @change=${(event: Event) => this.chooseTarget((event.target as HTMLSelectElement).value)}>
            ${TARGETS.map((target) => html`<option value=${target.id} ?selected=${target.id === this.targetId}>${target.label[this.locale]}</option>`)}
          </select>
        </div>
        <div class="builder-control">
          <label for="file">${this.t('file')}</label>
          <input id="file" type="file" accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" @change=${(event: Event) => void this.onFile(event)} />
        </div>
        ${this.sheets.length > 1
          ? html`<div class="builder-control">
              <label for="sheet">${this.t('sheet')}</label>
              <select id="sheet" @change=${(event: Event) => this.useSheet(Number((event.target as HTMLSelectElement).value))}>
                ${this.sheets.map((sheet, index) => html`<option value=${index} ?selected=${index === this.sheetIndex}>${sheet.name}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
    </section>`;
  }

  private renderMapping(table: Table): TemplateResult {
    const target = this.target;
    const missing = unmappedRequired(this.mapping, target);
    const notes = target.fields.filter((field) => field.fallback && !this.mapping.includes(field.path)).map((field) => field.fallback!.note[this.locale]);
    return html`<section aria-labelledby="step-mapping">
      <h2 id="step-mapping">${this.t('mappingHeading')}</h2>
      <p>${this.t('mappingIntro')}</p>
      <div class="table-scroll" role="region" aria-labelledby="mapping-caption" tabindex="0">
        <table id="mapping">
          <caption id="mapping-caption">${this.t('mappingCaption')}</caption>
          <thead>
            <tr><th scope="col">${this.t('column')}</th><th scope="col">${this.t('sample')}</th><th scope="col">${this.t('field')}</th></tr>
          </thead>
          <tbody>
            ${table.headers.map(
              (header, column) => html`<tr>
                <th scope="row">${header || `#${column + 1}`}</th>
                <td>${cellText(table.rows[0]?.cells[column] ?? null)}</td>
                <td>
                  <select aria-label=${this.t('fieldFor', { header: header || `#${column + 1}` })} data-column=${column} @change=${(event: Event) => this.mapColumn(column, (event.target as HTMLSelectElement).value)}>
                    <option value="" ?selected=${this.mapping[column] === null}>${this.t('skip')}</option>
                    ${target.fields.map(
                      (field) => html`<option value=${field.path} ?selected=${this.mapping[column] === field.path}>
                        ${field.isRequired ? this.t('requiredMark', { label: field.label[this.locale] }) : field.label[this.locale]}
                      </option>`,
                    )}
                  </select>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${missing.length > 0 ? html`<p class="error" id="unmapped">${this.t('unmapped', { fields: missing.map((field) => field.label[this.locale]).join('、') })}</p>` : nothing}
      ${notes.map((note) => html`<p class="notice">${note}</p>`)}
    </section>`;
  }

  private fieldLabel(path: string): string {
    return this.target.fields.find((field) => field.path === path)?.label[this.locale] ?? path;
  }

  private renderProblems(conversion: Conversion): TemplateResult {
    const { problems } = conversion;
    const rows = conversion.rows.length;
    const headers = this.table?.headers ?? [];
    return html`<section aria-labelledby="step-problems">
      <h2 id="step-problems">${this.t('problemsHeading')}</h2>
      ${problems.length === 0
        ? html`<p class="success" id="problems-summary">${this.t('allValid', { rows })}</p>`
        : html`<p id="problems-summary">${this.t('problemsSummary', { rows, count: problems.length })}</p>
            <div class="table-scroll" role="region" aria-labelledby="problems-caption" tabindex="0">
              <table id="problems">
                <caption id="problems-caption">${this.t('problemsCaption')}</caption>
                <thead>
                  <tr><th scope="col">${this.t('row')}</th><th scope="col">${this.t('column')}</th><th scope="col">${this.t('field')}</th><th scope="col">${this.t('problem')}</th></tr>
                </thead>
                <tbody>
                  ${problems.map(
                    (problem) => html`<tr data-row=${problem.row} data-column=${problem.column ?? ''}>
                      <th scope="row">${this.t('rowNumber', { row: problem.row })}</th>
                      <td>${problem.column === null ? this.t('noColumn') : headers[problem.column]}</td>
                      <td>${this.fieldLabel(problem.field)}</td>
                      <td>${problem.message[this.locale]}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`}
    </section>`;
  }

  private renderPersonal(report: PersonalDataReport): TemplateResult {
    const leaks = report.findings.filter((finding) => finding.type !== 'minor');
    const kind = (type: string) => this.messages.kind[type] ?? type;
    return html`<section aria-labelledby="step-personal">
      <h2 id="step-personal">${this.t('personalHeading')}</h2>
      ${leaks.length === 0 && report.minorRows.length === 0 ? html`<p class="success" id="personal-summary">${this.t('personalClean')}</p>` : nothing}
      ${report.minorRows.map(
        (row) => html`<p class="error minor-row">
          ${this.t('minorRow', { row })}
          <button type="button" @click=${() => this.removeRow(row)}>${this.t('removeRow', { row })}</button>
        </p>`,
      )}
      ${leaks.length > 0
        ? html`<p id="personal-summary">${this.t('personalFound', { count: leaks.length })}</p>
            <p><button type="button" id="mask-all" @click=${() => this.mask(leaks)}>${this.t('maskAll')}</button></p>
            <div class="table-scroll" role="region" aria-labelledby="findings-caption" tabindex="0">
              <table id="findings">
                <caption id="findings-caption">${this.t('findingsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('row')}</th><th scope="col">${this.t('field')}</th><th scope="col">${this.t('type')}</th>
                    <th scope="col">${this.t('before')}</th><th scope="col">${this.t('after')}</th><th scope="col"><span class="visually-hidden">${this.t('maskOne')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${leaks.map(
                    (finding) => html`<tr>
                      <th scope="row">${this.t('rowNumber', { row: finding.row })}</th>
                      <td>${this.fieldLabel(finding.field)}</td>
                      <td>${kind(finding.type)}</td>
                      <td class="before">${finding.before}</td>
                      <td class="after">${finding.after}</td>
                      <td>
                        <button type="button" class="mask-one" aria-label=${this.t('maskOneLabel', { row: finding.row, field: this.fieldLabel(finding.field), type: kind(finding.type) })} @click=${() => this.mask([finding])}>
                          ${this.t('maskOne')}
                        </button>
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing}
    </section>`;
  }

  private blockers(conversion: Conversion, personal: PersonalDataReport): string[] {
    const reasons: string[] = [];
    if (conversion.rows.length === 0) reasons.push(this.t('blockedNoData'));
    if (unmappedRequired(this.mapping, this.target).length > 0) reasons.push(this.t('blockedUnmapped'));
    if (conversion.problems.length > 0) reasons.push(this.t('blockedProblems', { count: conversion.problems.length }));
    const leaks = personal.findings.filter((finding) => finding.type !== 'minor').length;
    if (leaks > 0) reasons.push(this.t('blockedPersonal', { count: leaks }));
    if (personal.minorRows.length > 0) reasons.push(this.t('blockedMinors', { count: personal.minorRows.length }));
    return reasons;
  }

  private renderPreview(conversion: Conversion, personal: PersonalDataReport): TemplateResult {
    const isReady = this.blockers(conversion, personal).length === 0;
    return html`<section aria-labelledby="step-preview">
      <h2 id="step-preview">${this.t('previewHeading')}</h2>
      <div class="builder-control">
        <label for="updated">${this.t('updated')}</label>
        <input id="updated" type="date" .value=${this.updatedDate} @change=${(event: Event) => (this.updatedDate = (event.target as HTMLInputElement).value || todayIso())} />
      </div>
      <div class="preview" id="preview">${isReady ? this.preview(this.section(conversion)) : html`<p class="notice">${this.t('previewWaiting')}</p>`}</div>
    </section>`;
  }

  private renderExport(conversion: Conversion, personal: PersonalDataReport): TemplateResult {
    const reasons = this.blockers(conversion, personal);
    const isBlocked = reasons.length > 0;
    const data = this.section(conversion);
    const code = isBlocked
      ? ''
      : embedCode({ scriptUrl: this.scriptUrl, tag: this.target.tag, mode: this.mode, jsonUrl: this.jsonUrl, label: this.target.label['zh-CN'], data });
    return html`<section aria-labelledby="step-export">
      <h2 id="step-export">${this.t('exportHeading')}</h2>
      ${isBlocked
        ? html`<div class="error" id="export-blocked">
            <p>${this.t('blocked')}</p>
            <ul>${reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
          </div>`
        : nothing}
      <fieldset>
        <legend>${this.t('mode')}</legend>
        ${(['src', 'inline'] as const).map(
          (mode) => html`<label class="builder-radio">
            <input type="radio" name="mode" value=${mode} .checked=${this.mode === mode} @change=${() => (this.mode = mode)} />
            ${this.t(mode === 'src' ? 'modeSrc' : 'modeInline')}
          </label>`,
        )}
      </fieldset>
      <div class="builder-controls">
        ${this.mode === 'src'
          ? html`<div class="builder-control">
              <label for="json-url">${this.t('jsonUrl')}</label>
              <input id="json-url" type="text" .value=${this.jsonUrl} @input=${(event: Event) => (this.jsonUrl = (event.target as HTMLInputElement).value)} />
            </div>`
          : nothing}
        <div class="builder-control">
          <label for="script-url">${this.t('scriptUrl')}</label>
          <input id="script-url" type="text" .value=${this.scriptUrl} @input=${(event: Event) => (this.scriptUrl = (event.target as HTMLInputElement).value)} />
        </div>
      </div>
      <div class="builder-control">
        <label for="embed-code">${this.t('embedCode')}</label>
        <textarea id="embed-code" rows="8" readonly .value=${code} aria-describedby=${isBlocked ? 'export-blocked' : nothing}></textarea>
      </div>
      <p class="builder-actions">
        <button type="button" id="copy" ?disabled=${isBlocked} aria-describedby=${isBlocked ? 'export-blocked' : nothing} @click=${() => void this.copy(code)}>${this.t('copy')}</button>
        <button type="button" id="download" ?disabled=${isBlocked} aria-describedby=${isBlocked ? 'export-blocked' : nothing} @click=${() => this.download(data)}>${this.t('download')}</button>
      </p>
    </section>`;
  }
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

customElements.define('builder-app', BuilderApp);

declare global {
  interface HTMLElementTagNameMap {
    'builder-app': BuilderApp;
  }
}
