import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceGuide, ServiceGuidesSection } from '../../shared/schema/index.ts';
import { serviceGuideMessages as zh, type ServiceGuideMessageKey } from '../../shared/i18n/widgets/zh-CN/service-guide.ts';
import { serviceGuideMessages as en } from '../../shared/i18n/widgets/en/service-guide.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { disclosureStyles } from '../base/disclosure.styles.ts';
import { heading } from '../base/heading.ts';
import { fieldList, textList } from '../base/fields.ts';
import { phoneLink } from '../base/contact.ts';
import { renderDocumentLink } from '../base/links.ts';
import { scrollingTable } from '../base/table.ts';
import { serviceGuideStyles } from './service-guide.styles.ts';

/**
 * @tag zfgs-service-guide
 * @summary Service guides (服务指南): for each service its accepting and approving bodies, conditions, time limit,
 * place, enquiries, documents to submit (with model texts), steps, fees, legal basis, supervision and remedies.
 * Each guide is a disclosure (the only guide of a page starts open); all are open in print.
 *
 * @csspart guide - One service guide (a disclosure).
 * @csspart materials - The table of documents to submit.
 * @csspart steps - The ordered list of steps.
 * @csspart fields - A label / value list.
 */
export class ZfgsServiceGuide extends ZfgsElement<'serviceGuides', ServiceGuideMessageKey> {
  static override kind = 'serviceGuides' as const;
  static override messagePrefix = 'service-guide';
  static override messages: WidgetMessages<ServiceGuideMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, disclosureStyles, serviceGuideStyles];

  protected override renderData(section: ServiceGuidesSection): TemplateResult {
    if (section.items.length === 0) return html`${this.renderUpdated(section.updated)}<p class="notice">${this.t('service-guide.empty')}</p>`;
    const isOnly = section.items.length === 1;
    return html`${this.renderUpdated(section.updated)}
      <ul class="guides">
        ${section.items.map((guide) => html`<li>${this.renderGuide(guide, isOnly)}</li>`)}
      </ul>`;
  }

  private renderGuide(guide: ServiceGuide, isOnly: boolean): TemplateResult {
    const fileNote = (type: string) => this.t('base.opensFile', { type });
    const sub = this.level(1);
    return html`<details part="guide" ?open=${isOnly || this.isPrinting}>
      <summary>${guide.name}${guide.code ? html`<span class="guide-code">${guide.code}</span>` : nothing}</summary>
      ${fieldList([
        [this.t('service-guide.code'), guide.code],
        [this.t('service-guide.acceptingBody'), guide.acceptingBody],
        [this.t('service-guide.approvingBody'), guide.approvingBody],
        [this.t('service-guide.timeLimit'), guide.timeLimit],
        [this.t('service-guide.place'), guide.place],
        [this.t('service-guide.contactPhone'), phoneLink(guide.contactPhone)],
        [this.t('service-guide.fees'), guide.fees],
        [this.t('service-guide.supervision'), guide.supervision],
        [this.t('service-guide.remedy'), guide.remedy],
      ])}
      ${heading(sub, this.t('service-guide.conditions'))} ${textList(guide.conditions)}
      ${heading(sub, this.t('service-guide.materials'))} ${this.renderMaterials(guide, fileNote)}
      ${guide.process?.length
        ? html`${heading(sub, this.t('service-guide.process'))}
            <ol class="steps" part="steps">
              ${guide.process.map((step) => html`<li>${step}</li>`)}
            </ol>`
        : nothing}
      ${guide.basis?.length ? html`${heading(sub, this.t('service-guide.basis'))} ${textList(guide.basis)}` : nothing}
      ${guide.templates?.length
        ? html`${heading(sub, this.t('service-guide.templates'))}
            <ul class="plain">
              ${guide.templates.map((template) => html`<li>${renderDocumentLink(template, fileNote)}</li>`)}
            </ul>`
        : nothing}
    </details>`;
  }

  private renderMaterials(guide: ServiceGuide, fileNote: (type: string) => string): TemplateResult {
    if (guide.materials.length === 0) return html`<p>${this.t('service-guide.noMaterials')}</p>`;
    return scrollingTable(
      this.t('service-guide.materialsCaption', { name: guide.name }),
      'materials',
      [this.t('service-guide.materialName'), this.t('service-guide.copies'), this.t('service-guide.note'), this.t('service-guide.template')],
      guide.materials.map(
        (material) => html`<tr>
          <th scope="row">${material.name}</th>
          <td>${material.copies ?? ''}</td>
          <td>${material.note ?? ''}</td>
          <td>${material.template ? renderDocumentLink(material.template, fileNote) : ''}</td>
        </tr>`,
      ),
      'hidden',
    );
  }
}

defineElement('zfgs-service-guide', ZfgsServiceGuide);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-service-guide': ZfgsServiceGuide;
  }
}
