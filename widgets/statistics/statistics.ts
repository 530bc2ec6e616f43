import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ENFORCEMENT_KINDS, type AnnualStatistics, type EnforcementKind, type StatisticsSection } from '../../shared/schema/index.ts';
import { statisticsMessages as zh, type StatisticsMessageKey } from '../../shared/i18n/widgets/zh-CN/statistics.ts';
import { statisticsMessages as en } from '../../shared/i18n/widgets/en/statistics.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { heading } from '../base/heading.ts';
import { formatDate } from '../base/dates.ts';
import { scrollingTable } from '../base/table.ts';
import { withKindMessages, type KindMessageKey } from '../base/kind-messages.ts';
import { barChart, type Bar } from './bar-chart.ts';
import { statisticsStyles } from './statistics.styles.ts';

type Key = StatisticsMessageKey | KindMessageKey<'statistics'>;
type Count = AnnualStatistics['counts'][EnforcementKind];

/**
 * @tag zfgs-statistics
 * @summary Annual enforcement statistics (行政执法统计年报): a table of counts by kind of enforcement and year, with
 * totals and fines, plus an accessible SVG bar chart of one year. "No such power" (无此职权) is written in words,
 * distinct from a count of 0; a kind left out of a year reads "not reported".
 *
 * @csspart table - The statistics table.
 * @csspart chart - The SVG bar chart (role="img", described by its <desc>).
 * @csspart notes - The notes of a year.
 *
 * @cssproperty --bar-color - Fill of the bars (default --accent-color).
 */
export class ZfgsStatistics extends ZfgsElement<'statistics', Key> {
  static override kind = 'statistics' as const;
  static override messagePrefix = 'statistics';
  static override messages: WidgetMessages<Key> = withKindMessages('statistics', zh, en);
  static override styles = [baseStyles, statisticsStyles];

  /** The year the chart shows (default: the latest year in the data). */
  @property({ type: Number }) year?: number;

  private numberFormat(): Intl.NumberFormat {
    return new Intl.NumberFormat(this.locale === 'en' ? 'en' : 'zh-CN');
  }

  private countText(count: Count, format: Intl.NumberFormat): string {
    if (count === 'no-power') return this.t('statistics.noPower');
    if (count === undefined) return this.t('statistics.notReported');
    return format.format(count);
  }

  protected override renderData(section: StatisticsSection): TemplateResult {
    if (section.items.length === 0) return html`${this.renderUpdated(section.updated)}<p class="notice">${this.t('statistics.empty')}</p>`;
    const years = [...section.items].sort((a, b) => b.year - a.year);
    const kinds = ENFORCEMENT_KINDS.filter((kind) => years.some((each) => each.counts[kind] !== undefined));
    const format = this.numberFormat();
    const chartYear = years.find((each) => each.year === this.year) ?? years[0]!;
    const oldest = years[years.length - 1]!.year;
    const caption = years.length === 1 ? this.t('statistics.tableCaptionOneYear', { year: oldest }) : this.t('statistics.tableCaption', { from: oldest, to: years[0]!.year });
    const hasFines = years.some((each) => each.finesYuan !== undefined);
    return html`${this.renderUpdated(section.updated)}
      ${scrollingTable(
        caption,
        'table',
        [this.t('statistics.kindColumn'), ...years.map((each) => ({ text: this.t('statistics.yearColumn', { year: each.year }), className: 'number' }))],
        html`${kinds.map(
              (kind) => html`<tr>
                <th scope="row">${this.t(`statistics.kind.${kind}`)}</th>
                ${years.map((each) => {
                  const count = each.counts[kind];
                  const className = count === 'no-power' ? 'number no-power' : count === undefined ? 'number not-reported' : 'number';
                  return html`<td class=${className}>${this.countText(count, format)}</td>`;
                })}
              </tr>`,
            )}
            <tr class="total">
              <th scope="row">${this.t('statistics.total')}</th>
              ${years.map((each) => html`<td class="number">${format.format(kinds.reduce((sum, kind) => sum + (typeof each.counts[kind] === 'number' ? (each.counts[kind] as number) : 0), 0))}</td>`)}
            </tr>
            ${hasFines
              ? html`<tr>
                  <th scope="row">${this.t('statistics.fines')}</th>
                  ${years.map((each) => html`<td class="number">${each.finesYuan === undefined ? this.t('statistics.notReported') : format.format(each.finesYuan)}</td>`)}
                </tr>`
              : nothing}
            ${years.some((each) => each.publicationDate)
              ? html`<tr>
                  <th scope="row">${this.t('statistics.publicationDate')}</th>
                  ${years.map((each) => html`<td class="number">${each.publicationDate ? formatDate(each.publicationDate, this.locale) : this.t('statistics.notReported')}</td>`)}
                </tr>`
              : nothing}`,
      )}
      ${this.renderChart(chartYear, kinds, format)}
      ${years.filter((each) => each.notes).map(
        (each) => html`<div part="notes">${heading(this.level(1), this.t('statistics.notes', { year: each.year }))}<p>${each.notes}</p></div>`,
      )}`;
  }

  private renderChart(statistics: AnnualStatistics, kinds: readonly EnforcementKind[], format: Intl.NumberFormat): TemplateResult {
    const bars: Bar[] = kinds.map((kind) => {
      const count = statistics.counts[kind];
      return { label: this.t(`statistics.kind.${kind}`), value: typeof count === 'number' ? count : undefined, text: this.countText(count, format) };
    });
    const items = bars.map((bar) => this.t('statistics.chartItem', { kind: bar.label, value: bar.text })).join(this.t('base.listSeparator'));
    return barChart(bars, this.t('statistics.chartTitle', { year: statistics.year }), this.t('statistics.chartDescription', { items }), 'chart');
  }
}

defineElement('zfgs-statistics', ZfgsStatistics);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-statistics': ZfgsStatistics;
  }
}
