import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InspectionItem, InspectionListSection, InspectionResult } from '../../shared/schema/index.ts';
import { inspectionListMessages as zh, type InspectionListMessageKey } from '../../shared/i18n/widgets/zh-CN/inspection-list.ts';
import { inspectionListMessages as en } from '../../shared/i18n/widgets/en/inspection-list.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { heading } from '../base/heading.ts';
import { formatDate } from '../base/dates.ts';
import { icon, type IconName } from '../base/icons.ts';
import { pageOf } from '../base/list.ts';
import { pager } from '../base/pager.ts';
import { scrollingTable } from '../base/table.ts';

type Outcome = InspectionResult['outcome'];

const OUTCOMES: Record<Outcome, { key: InspectionListMessageKey; tone: string; icon: IconName }> = {
  compliant: { key: 'inspection-list.outcomeCompliant', tone: 'good', icon: 'check' },
  'non-compliant': { key: 'inspection-list.outcomeNonCompliant', tone: 'bad', icon: 'cross' },
  'not-found': { key: 'inspection-list.outcomeNotFound', tone: 'warning', icon: 'info' },
  closed: { key: 'inspection-list.outcomeClosed', tone: 'neutral', icon: 'minus' },
  other: { key: 'inspection-list.outcomeOther', tone: 'neutral', icon: 'info' },
};

const ITEM_COLUMNS = ['basis', 'body', 'target', 'content', 'method', 'ratio', 'frequency'] as const;

/**
 * @tag zfgs-inspection-list
 * @summary The random-inspection list (随机抽查事项清单, 双随机一公开): each matter with its basis, inspecting body,
 * target, content, method, ratio and frequency; and the published results (抽查结果) with the outcome in words and
 * icon, newest first, paginated.
 *
 * @csspart items-table - The table of inspection matters.
 * @csspart results - The results block.
 * @csspart results-table - The table of results.
 * @csspart outcome - An outcome (icon and words).
 * @csspart pager - The page navigation of the results.
 */
export class ZfgsInspectionList extends ZfgsElement<'inspections', InspectionListMessageKey> {
  static override kind = 'inspections' as const;
  static override messagePrefix = 'inspection-list';
  static override messages: WidgetMessages<InspectionListMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles];

  /** Results per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  @state() private page = 1;

  protected override renderData(section: InspectionListSection): TemplateResult {
    return html`${this.renderUpdated(section.updated)} ${this.renderItems(section.items)} ${this.renderResults(section.results ?? [])}`;
  }

  private renderItems(items: readonly InspectionItem[]): TemplateResult {
    if (items.length === 0) return html`<p class="notice">${this.t('inspection-list.noItems')}</p>`;
    return scrollingTable(
      this.t('inspection-list.itemsCaption', { count: items.length }),
      'items-table',
      [this.t('inspection-list.name'), ...ITEM_COLUMNS.map((column) => this.t(`inspection-list.${column}`))],
      items.map((item) => html`<tr><th scope="row">${item.name}</th>${ITEM_COLUMNS.map((column) => html`<td>${item[column]}</td>`)}</tr>`),
    );
  }

  private renderResults(results: readonly InspectionResult[]): TemplateResult {
    const locale = this.locale;
    const sorted = [...results].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const shown = pageOf(sorted, this.page, this.isPrinting ? Math.max(sorted.length, 1) : this.pageSizeOf(this.pageSize));
    return html`<div part="results">
      ${heading(this.level(1), this.t('inspection-list.results'))}
      ${results.length === 0
        ? html`<p class="notice">${this.t('inspection-list.noResults')}</p>`
        : html`${scrollingTable(
              this.t('inspection-list.resultsCaption', { count: results.length }),
              'results-table',
              (['date', 'inspected', 'name', 'kind', 'outcome', 'result', 'followUp'] as const).map((column) => this.t(`inspection-list.${column}`)),
              shown.items.map((result) => {
                const outcome = OUTCOMES[result.outcome] ?? OUTCOMES.other;
                return html`<tr>
                  <td>${formatDate(result.date, locale)}</td>
                  <th scope="row">${result.target}</th>
                  <td>${result.item}</td>
                  <td>${result.kind === undefined ? '' : this.t(result.kind === 'random' ? 'inspection-list.kindRandom' : 'inspection-list.kindOther')}</td>
                  <td><span class="state is-${outcome.tone}" part="outcome" data-outcome=${result.outcome}>${icon(outcome.icon)}${this.t(outcome.key)}</span></td>
                  <td>${result.result}</td>
                  <td>${result.followUp ?? ''}</td>
                </tr>`;
              }),
            )}
            ${pager(shown.page, shown.pages, this.pagerLabels(), (page) => {
              this.page = page;
              this.announcePage(page, shown.pages);
            })}`}
    </div>`;
  }
}

defineElement('zfgs-inspection-list', ZfgsInspectionList);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspection-list': ZfgsInspectionList;
  }
}
