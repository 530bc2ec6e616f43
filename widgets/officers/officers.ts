import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Officer, OfficersSection } from '../../shared/schema/index.ts';
import { officersMessages as zh, type OfficersMessageKey } from '../../shared/i18n/widgets/zh-CN/officers.ts';
import { officersMessages as en } from '../../shared/i18n/widgets/en/officers.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { dateValue, formatDate } from '../base/dates.ts';
import { icon, type IconName } from '../base/icons.ts';
import { collatorFor, pageOf, searchKey } from '../base/list.ts';
import { pager } from '../base/pager.ts';
import { searchField, selectField } from '../base/controls.ts';
import { CERTIFICATE_STATES, STATE_TONE, certificateState, type CertificateState } from './certificate-state.ts';
import { OFFICER_COLUMNS, profileColumns, profileOf, type OfficerColumn } from './profile-fields.ts';
import { officersStyles } from './officers.styles.ts';

const STATE_ICON: Record<CertificateState, IconName> = {
  valid: 'check',
  expiring: 'clock',
  'not-yet-valid': 'clock',
  expired: 'cross',
  suspended: 'pause',
  revoked: 'ban',
  auxiliary: 'minus',
};

/** Columns a reader can sort by, and the text each sorts on. */
const SORT_KEYS: Partial<Record<OfficerColumn, (officer: Officer) => string>> = {
  name: (officer) => officer.name,
  certificateNumber: (officer) => officer.certificateNumber ?? '',
  unit: (officer) => officer.unit ?? '',
  category: (officer) => officer.category ?? '',
  area: (officer) => officer.area ?? '',
  validity: (officer) => officer.validUntil ?? '',
};

/** The officer field(s) a column shows, to tell whether the data fills it in anywhere. */
const COLUMN_FIELDS: Record<OfficerColumn, readonly (keyof Officer)[]> = {
  name: ['name'],
  role: ['auxiliary'],
  gender: ['gender'],
  age: ['age', 'birthYear'],
  unit: ['unit'],
  position: ['position'],
  certificateNumber: ['certificateNumber'],
  category: ['category'],
  area: ['area'],
  validity: ['validFrom', 'validUntil'],
  state: ['status'],
};

type SortDirection = 'ascending' | 'descending';
type StateFilter = CertificateState | '';

interface Row {
  officer: Officer;
  state: CertificateState;
}

const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(dateValue(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

function distinct(items: readonly Officer[], field: 'category' | 'area'): string[] {
  const values = new Set<string>();
  for (const item of items) {
    const value = item[field];
    if (typeof value === 'string' && value !== '') values.add(value);
  }
  return [...values];
}

/**
 * @tag zfgs-officers
 * @summary The enforcement officers list (执法人员清单) with each certificate's state in words and icon: valid,
 * expiring within 30 days, expired, not yet valid, suspended, revoked. Expired entries stay listed, marked.
 * Search by name or certificate number, filter by category, area and state, sort by column, paginated.
 *
 * @csspart summary - The line counting officers by certificate state.
 * @csspart controls - The search, filter and sort controls.
 * @csspart search - The search field.
 * @csspart table - The officers table.
 * @csspart state - A certificate state (icon and words).
 * @csspart pager - The page navigation; `pager-button` each of its buttons.
 *
 * @cssproperty --row-stripe - Background of every other row (default the surface colour).
 */
export class ZfgsOfficers extends ZfgsElement<'officers', OfficersMessageKey> {
  static override kind = 'officers' as const;
  static override isLongList = true;
  static override messagePrefix = 'officers';
  static override messages: WidgetMessages<OfficersMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, officersStyles];

  /** Jurisdiction whose required officer fields become columns: baseline, hz, qp, zc, hb, wh. */
  @property() profile = 'baseline';

  /** Officers per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** Days before the end of validity from which a certificate shows as expiring. */
  @property({ attribute: 'expiry-warning-days', type: Number }) expiryWarningDays = 30;

  @state() private query = '';
  @state() private category = '';
  @state() private area = '';
  @state() private stateFilter: StateFilter = '';
  @state() private sortColumn?: OfficerColumn;
  @state() private sortDirection: SortDirection = 'ascending';
  @state() private page = 1;

  private searchKeys = new WeakMap<readonly Officer[], string[]>();

  private columns(items: readonly Officer[]): OfficerColumn[] {
    const required = new Set<OfficerColumn>(profileColumns(profileOf(this.profile)));
    return OFFICER_COLUMNS.filter(
      (column) => column === 'state' || required.has(column) || COLUMN_FIELDS[column].some((field) => items.some((item) => item[field] !== undefined)),
    );
  }

  private searchKeysOf(items: readonly Officer[]): string[] {
    let keys = this.searchKeys.get(items);
    if (!keys) {
      keys = items.map((item) => searchKey(item.name, item.certificateNumber));
      this.searchKeys.set(items, keys);
    }
    return keys;
  }

  /** Rows after search, filters and sort; every officer when printing (a complete 公示栏 printout). */
  private rows(items: readonly Officer[], today: string, warnUntil: string): Row[] {
    const isFiltering = !this.isPrinting && (this.query !== '' || this.category !== '' || this.area !== '' || this.stateFilter !== '');
    let rows: Row[];
    if (isFiltering) {
      const keys = this.query ? this.searchKeysOf(items) : undefined;
      const query = searchKey(this.query);
      rows = [];
      items.forEach((officer, index) => {
        if (keys && !keys[index]!.includes(query)) return;
        if (this.category && officer.category !== this.category) return;
        if (this.area && officer.area !== this.area) return;
        const state = certificateState(officer, today, warnUntil);
        if (this.stateFilter && state !== this.stateFilter) return;
        rows.push({ officer, state });
      });
    } else {
      rows = items.map((officer) => ({ officer, state: '' as CertificateState }));
    }
    const sortKey = this.sortColumn && SORT_KEYS[this.sortColumn];
    if (sortKey) {
      const collator = collatorFor(this.locale);
      const sign = this.sortDirection === 'ascending' ? 1 : -1;
      rows.sort((a, b) => sign * collator.compare(String(sortKey(a.officer)), String(sortKey(b.officer))));
    }
    return rows;
  }

  private counts(items: readonly Officer[], today: string, warnUntil: string): Record<CertificateState, number> {
    const counts = Object.fromEntries(CERTIFICATE_STATES.map((each) => [each, 0])) as Record<CertificateState, number>;
    for (const item of items) counts[certificateState(item, today, warnUntil)] += 1;
    return counts;
  }

  protected override renderData(section: OfficersSection): TemplateResult {
    const items = section.items;
    if (items.length === 0) return html`${this.renderUpdated(section.updated)}<p class="notice">${this.t('officers.empty')}</p>`;
    const today = this.today();
    const warnUntil = addDays(today, this.expiryWarningDays);
    const columns = this.columns(items);
    const rows = this.rows(items, today, warnUntil);
    const size = this.isPrinting ? Math.max(rows.length, 1) : this.pageSizeOf(this.pageSize);
    const shown = pageOf(rows, this.page, size);
    for (const row of shown.items) if (!row.state) row.state = certificateState(row.officer, today, warnUntil);
    const counts = this.counts(items, today, warnUntil);
    return html`${this.renderUpdated(section.updated)}
      <p class="summary" part="summary">
        ${this.t('officers.summary', {
          total: items.length,
          valid: counts.valid + counts.auxiliary,
          expiring: counts.expiring + counts['not-yet-valid'],
          expired: counts.expired,
          suspended: counts.suspended,
          revoked: counts.revoked,
        })}
      </p>
      ${this.renderControls(items)}
      <p class="print-only">${this.t('officers.printAll', { count: items.length, date: formatDate(today, this.locale) })}</p>
      ${rows.length === 0
        ? html`<p class="notice">${this.t('officers.noResults')}</p>`
        : html`<div class="table-scroll" role="region" aria-labelledby="heading" tabindex="0">
            <table part="table">
              <thead>
                <tr>
                  ${columns.map((column) => this.renderHeader(column))}
                </tr>
              </thead>
              <tbody>
                ${shown.items.map((row) => html`<tr class=${row.state === 'expired' || row.state === 'revoked' ? 'is-inactive' : ''}>${columns.map((column) => this.renderCell(column, row, today))}</tr>`)}
              </tbody>
            </table>
          </div>`}
      ${pager(shown.page, shown.pages, this.pagerLabels(), (page) => {
        this.page = page;
        this.announcePage(page, shown.pages);
      })}`;
  }

  private renderControls(items: readonly Officer[]): TemplateResult {
    const categories = distinct(items, 'category');
    const areas = distinct(items, 'area');
    return html`<div class="controls" part="controls">
      ${searchField('search', this.t('officers.search'), this.query, (value) => this.setFilter('query', value))}
      ${categories.length > 1 ? this.renderSelect('category', this.t('officers.filterCategory'), this.category, categories.map((each) => [each, each])) : nothing}
      ${areas.length > 1 ? this.renderSelect('area', this.t('officers.filterArea'), this.area, areas.map((each) => [each, each])) : nothing}
      ${this.renderSelect(
        'stateFilter',
        this.t('officers.filterState'),
        this.stateFilter,
        CERTIFICATE_STATES.map((each) => [each, this.stateWords(each)]),
      )}
    </div>`;
  }

  private renderSelect(name: 'category' | 'area' | 'stateFilter', label: string, value: string, options: [string, string][]): TemplateResult {
    return selectField(name, label, value, options, this.t('base.filterAll'), (next) => this.setFilter(name, next));
  }

  private renderHeader(column: OfficerColumn): TemplateResult {
    const label = this.columnLabel(column);
    if (!SORT_KEYS[column]) return html`<th scope="col">${label}</th>`;
    const isSorted = this.sortColumn === column;
    const direction = isSorted ? this.sortDirection : undefined;
    return html`<th scope="col" aria-sort=${direction ?? 'none'}>
      <button type="button" class="sort" aria-label=${this.t('officers.sortBy', { column: label })} @click=${() => this.sortBy(column)}>
        ${label} ${icon(direction === 'ascending' ? 'arrow-up' : direction === 'descending' ? 'arrow-down' : 'arrows')}
      </button>
    </th>`;
  }

  private renderCell(column: OfficerColumn, row: Row, today: string): TemplateResult {
    const { officer } = row;
    switch (column) {
      case 'name':
        return html`<th scope="row">${officer.name}</th>`;
      case 'role':
        return html`<td>${this.t(officer.auxiliary ? 'officers.roleAuxiliary' : 'officers.roleOfficer')}</td>`;
      case 'gender':
        return this.textCell(officer.gender && this.t(officer.gender === 'male' ? 'officers.male' : 'officers.female'));
      case 'age': {
        const age = officer.age ?? (officer.birthYear === undefined ? undefined : Number(today.slice(0, 4)) - officer.birthYear);
        return this.textCell(age === undefined ? undefined : this.t('officers.ageValue', { age }));
      }
      case 'certificateNumber':
        return officer.auxiliary && !officer.certificateNumber ? html`<td>—</td>` : this.textCell(officer.certificateNumber, 'certificate');
      case 'validity':
        return this.textCell(this.validityText(officer));
      case 'state':
        return html`<td>${this.renderState(row.state, officer, today)}</td>`;
      default:
        return this.textCell(officer[column]);
    }
  }

  /** A cell with its text, or the words "not provided" when a required field is missing. */
  private textCell(value: unknown, className = ''): TemplateResult {
    if (value === undefined || value === null || value === '') return html`<td class="missing">${this.t('base.notProvided')}</td>`;
    return html`<td class=${className}>${String(value)}</td>`;
  }

  private validityText(officer: Officer): string | undefined {
    const locale = this.locale;
    if (officer.validFrom && officer.validUntil) return this.t('officers.validityRange', { from: formatDate(officer.validFrom, locale), until: formatDate(officer.validUntil, locale) });
    if (officer.validUntil) return this.t('officers.validityUntil', { until: formatDate(officer.validUntil, locale) });
    return undefined;
  }

  private renderState(state: CertificateState, officer: Officer, today: string): TemplateResult {
    let words = this.stateWords(state);
    if (state === 'expiring' && officer.validUntil) {
      const days = Math.round((dateValue(officer.validUntil) - dateValue(today)) / DAY_MS);
      words = days === 0 ? this.t('officers.stateExpiresToday') : this.t('officers.stateExpiring', { days });
    } else if (state === 'expired' && officer.validUntil) {
      words = this.t('officers.stateExpired', { date: formatDate(officer.validUntil, this.locale) });
    } else if (state === 'not-yet-valid' && officer.validFrom) {
      words = this.t('officers.stateNotYetValid', { date: formatDate(officer.validFrom, this.locale) });
    }
    return html`<span class="state is-${STATE_TONE[state]}" part="state" data-state=${state}>${icon(STATE_ICON[state])}${words}</span>`;
  }

  /** The state in words without dates (filter options). */
  private stateWords(state: CertificateState): string {
    const keys: Record<CertificateState, OfficersMessageKey> = {
      valid: 'officers.stateValid',
      expiring: 'officers.stateNameExpiring',
      expired: 'officers.stateNameExpired',
      'not-yet-valid': 'officers.stateNameNotYetValid',
      suspended: 'officers.stateSuspended',
      revoked: 'officers.stateRevoked',
      auxiliary: 'officers.stateAuxiliary',
    };
    return this.t(keys[state]);
  }

  private columnLabel(column: OfficerColumn): string {
    return this.t(`officers.${column}` as OfficersMessageKey);
  }

  private setFilter(name: 'query' | 'category' | 'area' | 'stateFilter', value: string): void {
    if (name === 'stateFilter') this.stateFilter = value as StateFilter;
    else this[name] = value;
    this.page = 1;
    this.announceResults();
  }

  private sortBy(column: OfficerColumn): void {
    if (this.sortColumn === column) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortColumn = column;
      this.sortDirection = 'ascending';
    }
    this.page = 1;
  }

  private announceResults(): void {
    const today = this.today();
    const count = this.rows(this.value?.items ?? [], today, addDays(today, this.expiryWarningDays)).length;
    this.announceMatches(count, this.pageSizeOf(this.pageSize), 'officers.results', 'officers.noResults');
  }
}

defineElement('zfgs-officers', ZfgsOfficers);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-officers': ZfgsOfficers;
  }
}
