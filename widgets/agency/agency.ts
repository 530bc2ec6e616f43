import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Agency, DutiesSection, EntrustedOrganization } from '../../shared/schema/index.ts';
import { agencyMessages as zh, type AgencyMessageKey } from '../../shared/i18n/widgets/zh-CN/agency.ts';
import { agencyMessages as en } from '../../shared/i18n/widgets/en/agency.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { heading } from '../base/heading.ts';
import { fieldList, textList } from '../base/fields.ts';
import { emailLink, phoneLink } from '../base/contact.ts';
import { renderDocumentLink, renderLink } from '../base/links.ts';
import { formatDate } from '../base/dates.ts';
import { icon } from '../base/icons.ts';
import { emit } from '../base/events.ts';
import { Companion } from '../base/companion.ts';
import { agencyStyles } from './agency.styles.ts';

/**
 * @tag zfgs-agency
 * @summary The enforcing body (执法主体): name, code, supervising authority, address, contacts and office hours;
 * its duties and powers (职责权限: functions, area, scope, powers) from a companion `duties` island or property;
 * and the organizations enforcing on its entrustment (受委托组织) with basis, matters, powers, term, liability and
 * the entrustment agreement. A term that has ended or not yet begun is said so in words and icon.
 *
 * @csspart name - The agency's name.
 * @csspart duties - The duties and powers block.
 * @csspart entrusted - The entrusted organizations block.
 * @csspart organization - One entrusted organization.
 * @csspart term-state - Whether an entrustment is in force (icon and words).
 * @csspart fields - A label / value list.
 *
 * @cssproperty --accent-color - The rule beside each entrusted organization.
 */
export class ZfgsAgency extends ZfgsElement<'agency', AgencyMessageKey> {
  static override kind = 'agency' as const;
  static override messagePrefix = 'agency';
  static override messages: WidgetMessages<AgencyMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, agencyStyles];

  /**
   * The duties and powers (schema kind `duties`); else read from a child
   * `<script type="application/json" data-zfgs-kind="duties">` island.
   */
  @property({ attribute: false }) duties?: DutiesSection;

  #duties = new Companion(this, 'duties');
  #isDutiesInvalidPending = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#duties.refresh(this.duties)) this.#isDutiesInvalidPending = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#isDutiesInvalidPending) return;
    this.#isDutiesInvalidPending = false;
    emit(this, 'zfgs-invalid', { issues: this.#duties.issues, source: this.#duties.source ?? 'island', kind: 'duties' });
  }

  protected override lightDomChanged(): void {
    this.requestUpdate();
  }

  protected override renderData(agency: Agency): TemplateResult {
    return html`${this.renderUpdated(agency.updated)}
      <p class="agency-name" part="name">${agency.name}</p>
      ${fieldList([
        [this.t('agency.uscc'), agency.uscc],
        [this.t('agency.parent'), agency.parent],
        [this.t('agency.address'), agency.address],
        [this.t('agency.postalCode'), agency.postalCode],
        [this.t('agency.phone'), phoneLink(agency.phone)],
        [this.t('agency.email'), emailLink(agency.email)],
        [this.t('agency.website'), agency.website && renderLink(agency.website, agency.website)],
        [this.t('agency.officeHours'), agency.officeHours],
      ])}
      ${this.renderDuties()} ${this.renderEntrusted(agency.entrustedOrganizations ?? [])}`;
  }

  private renderDuties(): TemplateResult | typeof nothing {
    const duties = this.#duties;
    if (duties.state === 'absent') return nothing;
    return html`<div class="block" part="duties">
      ${heading(this.level(1), this.t('agency.duties'))}
      ${duties.state === 'invalid' || !duties.value
        ? this.renderIssues(duties.issues, 'duties ')
        : html`${this.renderUpdated(duties.value.updated)}
          ${fieldList([
            [this.t('agency.functions'), html`<ol class="plain">${duties.value.functions.map((each) => html`<li>${each}</li>`)}</ol>`],
            [this.t('agency.area'), duties.value.area],
            [this.t('agency.scope'), duties.value.scope],
            [this.t('agency.authorities'), textList(duties.value.authorities)],
          ])}`}
    </div>`;
  }

  private renderEntrusted(organizations: readonly EntrustedOrganization[]): TemplateResult | typeof nothing {
    if (organizations.length === 0) return nothing;
    return html`<div class="block" part="entrusted">
      ${heading(this.level(1), this.t('agency.entrusted'))}
      <p>${this.t('agency.entrustedIntro')}</p>
      ${organizations.map(
        (organization) => html`<div class="organization" part="organization">
          ${heading(this.level(2), organization.name)}
          ${fieldList([
            [this.t('agency.uscc'), organization.uscc],
            [this.t('agency.address'), organization.address],
            [this.t('agency.phone'), phoneLink(organization.phone)],
            [this.t('agency.basis'), organization.basis],
            [this.t('agency.matters'), textList(organization.matters)],
            [this.t('agency.powers'), organization.powers],
            [this.t('agency.term'), this.renderTerm(organization.term)],
            [this.t('agency.liability'), organization.liability],
            [this.t('agency.agreement'), organization.agreement && renderDocumentLink(organization.agreement, (type) => this.t('base.opensFile', { type }))],
          ])}
        </div>`,
      )}
    </div>`;
  }

  private renderTerm(term: EntrustedOrganization['term']): TemplateResult {
    const today = this.today();
    const locale = this.locale;
    const range = this.t('agency.termRange', { from: formatDate(term.from, locale), until: formatDate(term.until, locale) });
    const [tone, symbol, words] =
      term.until < today
        ? (['bad', 'cross', this.t('agency.termEnded', { date: formatDate(term.until, locale) })] as const)
        : term.from > today
          ? (['warning', 'clock', this.t('agency.termNotStarted', { date: formatDate(term.from, locale) })] as const)
          : (['good', 'check', this.t('agency.termCurrent')] as const);
    return html`${range}<br /><span class="state is-${tone}" part="term-state">${icon(symbol)}${words}</span>`;
  }
}

defineElement('zfgs-agency', ZfgsAgency);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-agency': ZfgsAgency;
  }
}
