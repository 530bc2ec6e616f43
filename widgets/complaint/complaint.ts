import { html } from 'lit';
import type { ComplaintSection } from '../../shared/schema/index.ts';
import { complaintMessages as zh, type ComplaintMessageKey } from '../../shared/i18n/widgets/zh-CN/complaint.ts';
import { complaintMessages as en } from '../../shared/i18n/widgets/en/complaint.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { fieldList } from '../base/fields.ts';
import { emailLink, phoneLink } from '../base/contact.ts';
import { renderLink } from '../base/links.ts';
import { heading } from '../base/heading.ts';
import { complaintStyles } from './complaint.styles.ts';

/**
 * @tag zfgs-complaint
 * @summary Complaint and report channels (投诉举报途径): department, address, postcode, phone, website, email,
 * hours and the handling and feedback procedure of each channel.
 *
 * @csspart channel - One channel (a list item).
 * @csspart channel-heading - The department name of a channel.
 * @csspart fields - The label / value list of a channel.
 *
 * @cssproperty --accent-color - The rule beside each channel (default --zfgs-color-accent).
 */
export class ZfgsComplaint extends ZfgsElement<'complaint', ComplaintMessageKey> {
  static override kind = 'complaint' as const;
  static override messagePrefix = 'complaint';
  static override messages: WidgetMessages<ComplaintMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, complaintStyles];

  protected override renderData(section: ComplaintSection) {
    return html`${this.renderUpdated(section.updated)}
      <ul class="channels">
        ${section.items.map(
          (channel) => html`<li class="channel" part="channel">
            ${heading(this.level(1), channel.department, 'channel-heading')}
            ${fieldList([
              [this.t('complaint.address'), channel.address],
              [this.t('complaint.postalCode'), channel.postalCode],
              [this.t('complaint.phone'), phoneLink(channel.phone)],
              [this.t('complaint.website'), channel.website && renderLink(channel.website, channel.website)],
              [this.t('complaint.email'), emailLink(channel.email)],
              [this.t('complaint.hours'), channel.hours],
              [this.t('complaint.procedure'), channel.procedure],
            ])}
          </li>`,
        )}
      </ul>`;
  }
}

defineElement('zfgs-complaint', ZfgsComplaint);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-complaint': ZfgsComplaint;
  }
}
