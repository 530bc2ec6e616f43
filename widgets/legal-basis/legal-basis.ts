import { html, nothing, type TemplateResult } from 'lit';
import { LEGAL_LEVELS, type DiscretionBenchmark, type LegalBasisSection, type LegalDocument } from '../../shared/schema/index.ts';
import { legalBasisMessages as zh, type LegalBasisMessageKey } from '../../shared/i18n/widgets/zh-CN/legal-basis.ts';
import { legalBasisMessages as en } from '../../shared/i18n/widgets/en/legal-basis.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { disclosureStyles } from '../base/disclosure.styles.ts';
import { heading } from '../base/heading.ts';
import { renderLink } from '../base/links.ts';
import { formatDate } from '../base/dates.ts';
import { scrollingTable } from '../base/table.ts';
import { legalBasisStyles } from './legal-basis.styles.ts';

/**
 * @tag zfgs-legal-basis
 * @summary The legal basis of enforcement (执法依据): laws, regulations, rules and normative documents grouped by
 * level, each with issuer, number, date in force, a link and the articles applied; and the discretion benchmarks
 * (行政裁量权基准) with their tables of violation, basis, circumstances and penalty.
 *
 * @csspart level - The block of one level (法律, 行政法规 …).
 * @csspart document - One legal document.
 * @csspart articles - The articles applied of a document (a disclosure, open when printed).
 * @csspart benchmarks - The discretion benchmarks block.
 * @csspart benchmark - One benchmark document.
 * @csspart table - A benchmark table.
 */
export class ZfgsLegalBasis extends ZfgsElement<'legalBasis', LegalBasisMessageKey> {
  static override kind = 'legalBasis' as const;
  static override messagePrefix = 'legal-basis';
  static override messages: WidgetMessages<LegalBasisMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, disclosureStyles, legalBasisStyles];

  protected override renderData(section: LegalBasisSection): TemplateResult {
    const benchmarks = section.benchmarks ?? [];
    if (section.documents.length === 0 && benchmarks.length === 0) return html`${this.renderUpdated(section.updated)}<p class="notice">${this.t('legal-basis.empty')}</p>`;
    return html`${this.renderUpdated(section.updated)}
      ${LEGAL_LEVELS.map((level) => {
        const documents = section.documents.filter((document) => document.level === level);
        if (documents.length === 0) return nothing;
        return html`<div part="level">
          ${heading(this.level(1), this.t(`legal-basis.level.${level}`))}
          <ul class="documents">
            ${documents.map((document) => this.renderDocument(document))}
          </ul>
        </div>`;
      })}
      ${benchmarks.length > 0
        ? html`<div part="benchmarks">
            ${heading(this.level(1), this.t('legal-basis.benchmarks'))} ${benchmarks.map((benchmark) => this.renderBenchmark(benchmark))}
          </div>`
        : nothing}`;
  }

  /** Issuer, number and date in force on one line, each labelled. */
  private renderMeta(document: { issuer?: string; number?: string; effectiveDate?: string }): TemplateResult {
    const parts = [
      document.issuer && `${this.t('legal-basis.issuer')}：${document.issuer}`,
      document.number && `${this.t('legal-basis.number')}：${document.number}`,
      document.effectiveDate && `${this.t('legal-basis.effectiveDate')}：${formatDate(document.effectiveDate, this.locale)}`,
    ].filter(Boolean);
    return html`<p class="meta">${parts.join('；')}</p>`;
  }

  private renderDocument(document: LegalDocument): TemplateResult {
    const articles = document.articles ?? [];
    return html`<li class="document" part="document">
      <p class="document-title">${renderLink(document.url, document.title)}</p>
      ${this.renderMeta(document)}
      ${articles.length > 0
        ? html`<details part="articles" ?open=${this.isPrinting}>
            <summary>${this.t('legal-basis.articles', { count: articles.length })}</summary>
            <ul class="articles plain">
              ${articles.map((article) => html`<li><strong>${article.number}</strong>${article.text ? html` ${article.text}` : nothing}</li>`)}
            </ul>
          </details>`
        : nothing}
    </li>`;
  }

  private renderBenchmark(benchmark: DiscretionBenchmark): TemplateResult {
    const entries = benchmark.entries ?? [];
    return html`<div class="benchmark" part="benchmark">
      ${heading(this.level(2), renderLink(benchmark.url, benchmark.title))} ${this.renderMeta(benchmark)}
      ${entries.length > 0
        ? scrollingTable(
            benchmark.title,
            'table',
            [this.t('legal-basis.violation'), this.t('legal-basis.basis'), this.t('legal-basis.circumstance'), this.t('legal-basis.penalty')],
            entries.map(
              (entry) => html`<tr>
                <th scope="row">${entry.violation}</th>
                <td>${entry.basis}</td>
                <td>${entry.circumstance}</td>
                <td>${entry.penalty}</td>
              </tr>`,
            ),
            'none',
          )
        : nothing}
    </div>`;
  }
}

defineElement('zfgs-legal-basis', ZfgsLegalBasis);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-legal-basis': ZfgsLegalBasis;
  }
}
