import { html, nothing, type TemplateResult } from 'lit';
import type { RemedySection } from '../../shared/schema/index.ts';
import type * as v from 'valibot';
import type { RemedyBodySchema } from '../../shared/schema/remedy.ts';
import { remedyMessages as zh, type RemedyMessageKey } from '../../shared/i18n/widgets/zh-CN/remedy.ts';
import { remedyMessages as en } from '../../shared/i18n/widgets/en/remedy.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { heading } from '../base/heading.ts';
import { fieldList } from '../base/fields.ts';
import { phoneLink } from '../base/contact.ts';
import { renderLink } from '../base/links.ts';
import { remedyStyles } from './remedy.styles.ts';

type RemedyBody = v.InferOutput<typeof RemedyBodySchema>;

/**
 * @tag zfgs-remedy
 * @summary Remedies (救济途径): administrative reconsideration and litigation — where (the bodies and courts, with
 * address, phone and website), how, and the deadline of each, stated as the law states it.
 *
 * @csspart route - The reconsideration or the litigation block.
 * @csspart deadline - The deadline line of a route.
 * @csspart body - One reconsideration body or court.
 * @csspart notes - The notes block.
 *
 * @cssproperty --accent-color - The rule beside each deadline.
 */
export class ZfgsRemedy extends ZfgsElement<'remedy', RemedyMessageKey> {
  static override kind = 'remedy' as const;
  static override messagePrefix = 'remedy';
  static override messages: WidgetMessages<RemedyMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, remedyStyles];

  protected override renderData(section: RemedySection): TemplateResult {
    const { reconsideration, litigation } = section;
    return html`${this.renderUpdated(section.updated)}
      <div class="routes">
        ${this.renderRoute('remedy.reconsideration', this.t('remedy.reconsiderationDeadline', { duration: this.formatDuration(reconsideration.deadline) }), 'remedy.organs', reconsideration.organs, 'remedy.howToApply', reconsideration.how)}
        ${this.renderRoute('remedy.litigation', this.t('remedy.litigationDeadline', { duration: this.formatDuration(litigation.deadline) }), 'remedy.courts', litigation.courts, 'remedy.howToSue', litigation.how)}
      </div>
      ${section.notes ? html`<div part="notes">${heading(this.level(1), this.t('remedy.notes'))}<p>${section.notes}</p></div>` : nothing}`;
  }

  private renderRoute(titleKey: RemedyMessageKey, deadline: string, bodiesKey: RemedyMessageKey, bodies: readonly RemedyBody[], howKey: RemedyMessageKey, how: string | undefined): TemplateResult {
    return html`<div part="route">
      ${heading(this.level(1), this.t(titleKey))}
      <p class="deadline" part="deadline">${deadline}</p>
      ${fieldList([
        [this.t(bodiesKey), html`<ul class="bodies">${bodies.map((body) => this.renderBody(body))}</ul>`],
        [this.t(howKey), how],
      ])}
    </div>`;
  }

  private renderBody(body: RemedyBody): TemplateResult {
    return html`<li part="body">
      <p class="body-name">${body.name}</p>
      ${body.address ? html`<div>${this.t('remedy.address')}：${body.address}</div>` : nothing}
      ${body.phone ? html`<div>${this.t('remedy.phone')}：${phoneLink(body.phone)}</div>` : nothing}
      ${body.website ? html`<div>${this.t('remedy.website')}：${renderLink(body.website, body.website)}</div>` : nothing}
    </li>`;
  }
}

defineElement('zfgs-remedy', ZfgsRemedy);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-remedy': ZfgsRemedy;
  }
}
