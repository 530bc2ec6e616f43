import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DECISION_KINDS, type Decision, type DecisionsSection } from '../../shared/schema/index.ts';
import { decisionsMessages as zh, type DecisionsMessageKey } from '../../shared/i18n/widgets/zh-CN/decisions.ts';
import { decisionsMessages as en } from '../../shared/i18n/widgets/en/decisions.ts';
import { enforcementKindNames as zhKinds } from '../../shared/i18n/widgets/zh-CN/enforcement-kinds.ts';
import { enforcementKindNames as enKinds } from '../../shared/i18n/widgets/en/enforcement-kinds.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { emit, type DataSource } from '../base/events.ts';
import { formatDate } from '../base/dates.ts';
import { icon } from '../base/icons.ts';
import { whenIdle } from '../base/idle.ts';
import { kindMessages, type KindMessageKey } from '../base/kind-messages.ts';
import { pageOf, searchKey } from '../base/list.ts';
import { pager } from '../base/pager.ts';
import '../decision/decision.ts';
import { logLeaks } from '../decision/decision.ts';
import type { LeakNotice, RedactedDecision } from '../decision/redaction.ts';
import { scanCache } from '../decision/redaction.ts';
import { labelNestedIslands } from '../disclosure/nested-islands.ts';
import { decisionsIslandContent } from './island-content.ts';
import { decisionsStyles } from './decisions.styles.ts';

type Key = DecisionsMessageKey | KindMessageKey<'decisions'>;

/**
 * @tag zfgs-decisions
 * @summary The list of published enforcement decisions (行政执法决定): search by party or document number, filters
 * by kind and year, pages, and each row opening its detail (zfgs-decision) in place. Personal data is masked before
 * display, minors' decisions are left out (hz-gs 11), revoked decisions show as taken down (hz-gs 17); whether each
 * was published on time is written only into the island, for the auditor.
 *
 * @slot - No-JavaScript fallback (for example a plain table of the decisions), shown until the data renders.
 *
 * @csspart base - The section around the widget.
 * @csspart heading - The widget heading.
 * @csspart updated - The last-updated line.
 * @csspart summary - How many decisions there are.
 * @csspart controls - Search and filters; `search` the search box.
 * @csspart table - The table of decisions.
 * @csspart open - The button of a row that opens its detail.
 * @csspart detail - The row holding an opened decision.
 * @csspart pager - The page navigation; `pager-button` each of its buttons.
 * @csspart error - The error box (invalid data, load failure).
 *
 * @event {CustomEvent<ZfgsLeakDetail>} zfgs-leak - Personal data in an entry was masked before display (field
 *   `items[n].…`), reported once every entry has been scanned.
 * @event {CustomEvent<ZfgsInvalidDetail>} zfgs-invalid - The data failed validation.
 * @event {CustomEvent<ZfgsLoadErrorDetail>} zfgs-load-error - `src` could not be loaded.
 */
export class ZfgsDecisions extends ZfgsElement<'decisions', Key> {
  static override kind = 'decisions' as const;
  static override isLongList = true;
  static override messagePrefix = 'decisions';
  static override messages: WidgetMessages<Key> = {
    'zh-CN': { ...zh, ...kindMessages('decisions', zhKinds) },
    en: { ...en, ...kindMessages('decisions', enKinds) },
  };
  static override styles = [baseStyles, decisionsStyles];

  /** Rows per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  @state() private query = '';
  @state() private kindFilter = '';
  @state() private year = '';
  @state() private page = 1;
  /** The entry whose detail is open (an object of the current items). */
  @state() private expanded?: Decision;
  /** Bumped when the background scan finds a decision that may not be shown. */
  @state() private withheldVersion = 0;

  /** Entries of the current items found to be a minor's decision: never shown, never published in the island. */
  private withheld = new Set<Decision>();
  private scans = scanCache();

  /** The scan of one entry (computed once per object): masked copy, leaks, whether it is a minor's, noted. */
  private scanOf(item: Decision): RedactedDecision<Decision> {
    const redacted = this.scans(item);
    if (redacted.isMinor) this.withheld.add(item);
    return redacted;
  }
  private searchKeys = new WeakMap<readonly Decision[], string[]>();
  private years = new WeakMap<readonly Decision[], string[]>();
  private scanning?: readonly Decision[];
  private reportedFor?: readonly Decision[];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.expanded) labelNestedIslands(this.renderRoot, 'decisions');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = this.value?.items;
    if (items && items !== this.scanning) {
      this.withheld = new Set();
      this.scanInBackground(items);
    }
  }

  /**
   * Scans every entry while the browser is idle (the page shown is scanned at once when rendered): minors found
   * leave the list, and once all are scanned the leaks are reported, once per data.
   */
  private scanInBackground(items: readonly Decision[]): void {
    this.scanning = items;
    let index = 0;
    const step = (deadline: { timeRemaining(): number }) => {
      if (this.scanning !== items) return;
      const before = this.withheld.size;
      do {
        const item = items[index];
        if (item) this.scanOf(item);
        index += 1;
      } while (index < items.length && deadline.timeRemaining() > 1);
      if (this.withheld.size > before) this.withheldVersion += 1;
      if (index < items.length) whenIdle(step);
      else this.reportLeaks(items);
    };
    whenIdle(step);
  }

  private reportLeaks(items: readonly Decision[]): void {
    if (this.reportedFor === items) return;
    this.reportedFor = items;
    const leaks: LeakNotice[] = [];
    items.forEach((item, index) => {
      for (const leak of this.scanOf(item).leaks) leaks.push({ ...leak, field: `items[${index}].${leak.field}` });
    });
    const source = this.dataSource ?? 'island';
    for (const leak of leaks) emit(this, 'zfgs-leak', { ...leak, source });
    logLeaks(this, leaks);
  }

  /** The island publishes the masked entries and leaves minors' decisions out (island-content.ts). */
  protected override islandContent(input: unknown, source: DataSource) {
    const { data, annotations } = decisionsIslandContent(input, (item) => this.scanOf(item), this.value?.items);
    return { data, annotations: { ...annotations, 'island-origin': source === 'island' ? 'author' : 'widget' } };
  }

  // Entries past the first hundred are shown before the base has validated them (it does when idle, and names any
  // bad entry then): what reads every entry must not trust their shape.
  private searchKeysOf(items: readonly Decision[]): string[] {
    let keys = this.searchKeys.get(items);
    if (!keys) {
      keys = items.map((item) => searchKey(item?.party?.name, item?.documentNumber));
      this.searchKeys.set(items, keys);
    }
    return keys;
  }

  private yearsOf(items: readonly Decision[]): string[] {
    let years = this.years.get(items);
    if (!years) {
      years = [...new Set(items.map((item) => String(item?.decisionDate ?? '').slice(0, 4)).filter((year) => /^\d{4}$/.test(year)))].sort().reverse();
      this.years.set(items, years);
    }
    return years;
  }

  /** The entries that match the search and filters, minors' decisions excluded. Without filters: the list itself. */
  private matching(items: readonly Decision[]): readonly Decision[] {
    const isFiltering = !this.isPrinting && (this.query !== '' || this.kindFilter !== '' || this.year !== '');
    if (!isFiltering) return this.withheld.size === 0 ? items : items.filter((item) => !this.withheld.has(item));
    const keys = this.query ? this.searchKeysOf(items) : undefined;
    const query = searchKey(this.query);
    return items.filter((item, index) => {
      if (keys && !keys[index]!.includes(query)) return false;
      if (this.kindFilter && item?.kind !== this.kindFilter) return false;
      if (this.year && !String(item?.decisionDate ?? '').startsWith(this.year)) return false;
      return !this.withheld.has(item);
    });
  }

  /** The page to show, every entry on it scanned first: a minor found there leaves and the page is taken again. */
  private pageToShow(items: readonly Decision[], size: number) {
    for (;;) {
      const rows = this.matching(items);
      const shown = pageOf(rows, this.page, size);
      const withheld = shown.items.filter((item) => this.scanOf(item).isMinor);
      if (withheld.length === 0) return { rows, shown };
    }
  }

  protected override renderData(section: DecisionsSection): TemplateResult {
    const items = section.items;
    if (items.length === 0) return html`${this.renderUpdated(section.updated)}<p class="notice">${this.t('decisions.empty')}</p>`;
    const size = this.isPrinting ? Math.max(items.length, 1) : Math.max(1, Math.floor(this.pageSize) || 20);
    const { rows, shown } = this.pageToShow(items, size);
    const total = items.length - this.withheld.size;
    return html`${this.renderUpdated(section.updated)}
      <p class="summary" part="summary">${this.t('decisions.summary', { total })}</p>
      ${this.renderControls(items)}
      <p class="print-only">${this.t('decisions.printAll', { count: total })}</p>
      ${rows.length === 0
        ? html`<p class="notice">${this.t('decisions.noResults')}</p>`
        : html`<div class="table-scroll" id="results" role="region" aria-labelledby="heading" tabindex="0">
            <table part="table">
              <thead>
                <tr>
                  <th scope="col">${this.t('decisions.documentNumber')}</th>
                  <th scope="col">${this.t('decisions.caseName')}</th>
                  <th scope="col">${this.t('decisions.party')}</th>
                  <th scope="col">${this.t('decisions.kind')}</th>
                  <th scope="col">${this.t('decisions.content')}</th>
                  <th scope="col">${this.t('decisions.enforcingBody')}</th>
                  <th scope="col" class="date">${this.t('decisions.decisionDate')}</th>
                  <th scope="col" class="date">${this.t('decisions.publicationDate')}</th>
                </tr>
              </thead>
              <tbody>
                ${shown.items.map((item, position) => this.renderRow(item, position))}
              </tbody>
            </table>
          </div>`}
      ${pager(
        shown.page,
        shown.pages,
        {
          navigation: this.t('decisions.pagination'),
          previous: this.t('decisions.previous'),
          next: this.t('decisions.next'),
          page: (page) => this.t('decisions.page', { page }),
        },
        (page) => void this.goToPage(page, shown.pages),
      )}`;
  }

  /** One row; `index` is its position on the page (ids only need to be unique within the shadow root). */
  private renderRow(item: Decision, index: number): TemplateResult {
    const data = this.scanOf(item).data;
    const isOpen = this.expanded === item;
    const locale = this.locale;
    const revocation = data.revocation;
    return html`<tr>
        <th scope="row">${data.documentNumber}</th>
        <td>
          <button type="button" class="open" part="open" id=${`open-${index}`} aria-expanded=${isOpen ? 'true' : 'false'} aria-controls=${`detail-${index}`} @click=${() => this.toggle(item)}>
            ${revocation
              ? html`<span class="state is-neutral">${icon('ban')}${this.t('decisions.withdrawn', { date: formatDate(revocation.date, locale) })}</span>`
              : data.caseName}
          </button>
        </td>
        <td>${revocation ? '—' : data.party.name}</td>
        <td>${this.t(`decisions.kind.${data.kind}`)}</td>
        <td>${revocation ? '—' : data.content}</td>
        <td>${data.enforcingBody}</td>
        <td class="date">${formatDate(data.decisionDate, locale)}</td>
        <td class="date">${formatDate(data.publicationDate, locale)}</td>
      </tr>
      ${isOpen
        ? html`<tr class="detail" part="detail" id=${`detail-${index}`}>
            <td colspan="8">
              <zfgs-decision .data=${item} .reportsLeaks=${false} heading-level=${String(this.level(1))}></zfgs-decision>
              <button type="button" class="close" @click=${() => void this.close(index)}>${this.t('decisions.close')}</button>
            </td>
          </tr>`
        : nothing}`;
  }

  private renderControls(items: readonly Decision[]): TemplateResult {
    const years = this.yearsOf(items);
    return html`<div class="controls" part="controls">
      <div class="control">
        <label for="search">${this.t('decisions.search')}</label>
        <input id="search" part="search" type="search" autocomplete="off" .value=${this.query} @input=${(event: Event) => this.setFilter('query', (event.target as HTMLInputElement).value)} />
      </div>
      ${this.renderSelect('kindFilter', this.t('decisions.filterKind'), this.kindFilter, DECISION_KINDS.map((kind) => [kind, this.t(`decisions.kind.${kind}`)]))}
      ${years.length > 1 ? this.renderSelect('year', this.t('decisions.filterYear'), this.year, years.map((year) => [year, this.t('decisions.yearValue', { year })])) : nothing}
    </div>`;
  }

  private renderSelect(name: 'kindFilter' | 'year', label: string, value: string, options: [string, string][]): TemplateResult {
    return html`<div class="control">
      <label for=${name}>${label}</label>
      <select id=${name} @change=${(event: Event) => this.setFilter(name, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${this.t('decisions.filterAll')}</option>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private setFilter(name: 'query' | 'kindFilter' | 'year', value: string): void {
    this[name] = value;
    this.page = 1;
    const items = this.value?.items ?? [];
    const { rows, shown } = this.pageToShow(items, Math.max(1, Math.floor(this.pageSize) || 20));
    this.announce(rows.length === 0 ? this.t('decisions.noResults') : this.t('decisions.results', { count: rows.length, from: shown.from, to: shown.to }));
  }

  private toggle(item: Decision): void {
    this.expanded = this.expanded === item ? undefined : item;
  }

  /** Closes a detail from its own button and puts focus back on the row that opened it. */
  private async close(index: number): Promise<void> {
    this.expanded = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#open-${index}`)?.focus();
  }

  /** A new page starts at the top of the table, where focus goes, and the page is announced. */
  private async goToPage(page: number, pages: number): Promise<void> {
    this.page = page;
    this.expanded = undefined;
    this.announce(this.t('decisions.pageOf', { page, pages }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
  }
}

defineElement('zfgs-decisions', ZfgsDecisions);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-decisions': ZfgsDecisions;
  }
}
