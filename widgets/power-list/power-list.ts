import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ENFORCEMENT_KINDS, type PowerItem, type PowerListSection } from '../../shared/schema/index.ts';
import { powerListMessages as zh, type PowerListMessageKey } from '../../shared/i18n/widgets/zh-CN/power-list.ts';
import { powerListMessages as en } from '../../shared/i18n/widgets/en/power-list.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { disclosureStyles } from '../base/disclosure.styles.ts';
import { fieldList } from '../base/fields.ts';
import { withKindMessages, type KindMessageKey } from '../base/kind-messages.ts';
import { pageOf, searchKey } from '../base/list.ts';
import { pager } from '../base/pager.ts';
import { searchField, selectField } from '../base/controls.ts';
import { powerListStyles } from './power-list.styles.ts';

type Key = PowerListMessageKey | KindMessageKey<'power-list'>;

/**
 * @tag zfgs-power-list
 * @summary The power and responsibility list (权责清单 / 执法事项清单): every power with its category, code, basis,
 * discretion benchmark, enforcing unit, time limit, remedies, responsibilities and accountability. Search by name,
 * code or basis, filter by category, paginated; each item opens from the keyboard and is open in print.
 *
 * @csspart summary - The line counting items by category.
 * @csspart controls - The search and filter controls.
 * @csspart item - One power (a disclosure).
 * @csspart pager - The page navigation.
 */
export class ZfgsPowerList extends ZfgsElement<'powerList', Key> {
  static override kind = 'powerList' as const;
  static override messagePrefix = 'power-list';
  static override messages: WidgetMessages<Key> = withKindMessages('power-list', zh, en);
  static override styles = [baseStyles, disclosureStyles, powerListStyles];

  /** Items per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  @state() private query = '';
  @state() private category = '';
  @state() private page = 1;

  #searchKeys = new WeakMap<readonly PowerItem[], string[]>();

  private matching(items: readonly PowerItem[]): PowerItem[] {
    if (this.isPrinting || (this.query === '' && this.category === '')) return [...items];
    let keys = this.#searchKeys.get(items);
    if (!keys) {
      keys = items.map((item) => searchKey(item.name, item.code, item.basis));
      this.#searchKeys.set(items, keys);
    }
    const query = searchKey(this.query);
    return items.filter((item, index) => (!this.category || item.category === this.category) && (!query || keys[index]!.includes(query)));
  }

  protected override renderData(section: PowerListSection): TemplateResult {
    const items = section.items;
    if (items.length === 0) return html`${this.renderUpdated(section.updated)}<p class="notice">${this.t('power-list.empty')}</p>`;
    const categories = ENFORCEMENT_KINDS.filter((kind) => items.some((item) => item.category === kind));
    const byCategory = categories
      .map((kind) => this.t('power-list.summaryItem', { category: this.t(`power-list.kind.${kind}`), count: items.filter((item) => item.category === kind).length }))
      .join(this.t('base.listSeparator'));
    const matching = this.matching(items);
    const shown = pageOf(matching, this.page, this.isPrinting ? Math.max(matching.length, 1) : this.pageSizeOf(this.pageSize));
    return html`${this.renderUpdated(section.updated)}
      <p class="summary" part="summary">${this.t('power-list.summary', { total: items.length, byCategory })}</p>
      <div class="controls" part="controls">
        ${searchField('search', this.t('power-list.search'), this.query, (value) => this.filterBy({ query: value }))}
        ${categories.length > 1
          ? selectField('category', this.t('power-list.filterCategory'), this.category, categories.map((kind) => [kind, this.t(`power-list.kind.${kind}`)] as const), this.t('base.filterAll'), (value) =>
              this.filterBy({ category: value }),
            )
          : nothing}
      </div>
      ${matching.length === 0
        ? html`<p class="notice">${this.t('base.noResults')}</p>`
        : html`<ul class="items">
            ${shown.items.map((item) => html`<li>${this.renderItem(item)}</li>`)}
          </ul>`}
      ${pager(shown.page, shown.pages, this.pagerLabels(), (page) => {
        this.page = page;
        this.announcePage(page, shown.pages);
      })}`;
  }

  private renderItem(item: PowerItem): TemplateResult {
    return html`<details part="item" ?open=${this.isPrinting}>
      <summary>${item.name}<span class="item-category">${this.t(`power-list.kind.${item.category}`)}</span></summary>
      ${fieldList([
        [this.t('power-list.code'), item.code],
        [this.t('power-list.category'), this.t(`power-list.kind.${item.category}`)],
        [this.t('power-list.basis'), item.basis],
        [this.t('power-list.discretion'), item.discretion],
        [this.t('power-list.unit'), item.unit],
        [this.t('power-list.timeLimit'), item.timeLimit],
        [this.t('power-list.remedy'), item.remedy],
        [this.t('power-list.responsibility'), item.responsibility],
        [this.t('power-list.accountability'), item.accountability],
      ])}
    </details>`;
  }

  private filterBy(change: { query?: string; category?: string }): void {
    if (change.query !== undefined) this.query = change.query;
    if (change.category !== undefined) this.category = change.category;
    this.page = 1;
    this.announceMatches(this.matching(this.value?.items ?? []).length, this.pageSizeOf(this.pageSize));
  }
}

defineElement('zfgs-power-list', ZfgsPowerList);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-power-list': ZfgsPowerList;
  }
}
