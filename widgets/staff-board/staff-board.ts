import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StaffBoardSection, WindowStaff } from '../../shared/schema/index.ts';
import { staffBoardMessages as zh, type StaffBoardMessageKey } from '../../shared/i18n/widgets/zh-CN/staff-board.ts';
import { staffBoardMessages as en } from '../../shared/i18n/widgets/en/staff-board.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { heading } from '../base/heading.ts';
import { fieldList } from '../base/fields.ts';
import { phoneLink } from '../base/contact.ts';
import { renderDocumentLink, renderLink, safeUrl } from '../base/links.ts';
import { staffBoardStyles } from './staff-board.styles.ts';

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * @tag zfgs-staff-board
 * @summary The window staff board (岗位信息公示牌): photo, name, position, duties, window, unit, enforcement kind
 * and certificate of each member of the window staff, with model application texts, progress enquiry,
 * consultation and complaint lines. `kiosk` turns it into a hall-screen display: one person at a time, large,
 * advancing every `interval` seconds with pause, previous and next buttons; it stays still while hovered or
 * focused, and starts paused when the reader prefers reduced motion.
 *
 * @csspart card - One staff member.
 * @csspart photo - A staff photo.
 * @csspart services - The services block (model texts, progress enquiry, phones).
 * @csspart kiosk-controls - The previous / pause / next controls of kiosk mode.
 *
 * @cssproperty --photo-size - Width of a photo (6rem; 12rem in kiosk mode).
 * @cssproperty --kiosk-scale - Text size in kiosk mode, relative to --zfgs-font-size (1.75).
 */
export class ZfgsStaffBoard extends ZfgsElement<'staffBoard', StaffBoardMessageKey> {
  static override kind = 'staffBoard' as const;
  static override messagePrefix = 'staff-board';
  static override messages: WidgetMessages<StaffBoardMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, staffBoardStyles];

  /** Hall-screen mode: one person at a time, large, advancing on its own. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Seconds each person stays on screen in kiosk mode. */
  @property({ type: Number }) interval = 8;

  @state() private current = 0;
  /** Paused by the reader (the pause button) — reduced motion starts here. */
  @state() private isPaused = prefersReducedMotion();
  /** Held still while the pointer or focus is inside, so nobody loses what they are reading. */
  @state() private isHeld = false;

  #timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerenter', this.#hold);
    this.addEventListener('pointerleave', this.#release);
    this.addEventListener('focusin', this.#hold);
    this.addEventListener('focusout', this.#release);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
    this.removeEventListener('pointerenter', this.#hold);
    this.removeEventListener('pointerleave', this.#release);
    this.removeEventListener('focusin', this.#hold);
    this.removeEventListener('focusout', this.#release);
  }

  #hold = (): void => {
    this.isHeld = true;
  };

  #release = (event: Event): void => {
    // focusout to another element inside the board is not leaving it.
    if (event instanceof FocusEvent && event.relatedTarget instanceof Node && this.shadowRoot?.contains(event.relatedTarget)) return;
    this.isHeld = false;
  };

  /** Whether kiosk mode is advancing on its own right now. */
  get isRotating(): boolean {
    const count = this.value?.items.length ?? 0;
    return this.kiosk && !this.isPaused && !this.isHeld && !this.isPrinting && this.dataState === 'ready' && count > 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.isRotating) this.#startTimer();
    else this.#stopTimer();
  }

  #startTimer(): void {
    if (this.#timer !== undefined) return;
    const seconds = Number.isFinite(this.interval) && this.interval > 0 ? this.interval : 8;
    this.#timer = setInterval(() => this.#step(1), seconds * 1000);
  }

  #stopTimer(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #step(delta: number): void {
    const count = this.value?.items.length ?? 0;
    if (count > 0) this.current = (this.current + delta + count) % count;
  }

  protected override renderData(section: StaffBoardSection): TemplateResult {
    if (section.items.length === 0) return html`${this.renderUpdated(section.updated)}<p class="notice">${this.t('staff-board.empty')}</p>${this.renderServices(section)}`;
    const isKiosk = this.kiosk && !this.isPrinting;
    const index = Math.min(this.current, section.items.length - 1);
    return html`${this.renderUpdated(section.updated)}
      ${section.location ? html`<p>${this.t('staff-board.location', { location: section.location })}</p>` : nothing}
      ${isKiosk ? this.renderKiosk(section.items, index) : html`<ul class="staff">${section.items.map((staff) => html`<li>${this.renderCard(staff)}</li>`)}</ul>`}
      ${this.renderServices(section)}`;
  }

  private renderKiosk(items: readonly WindowStaff[], index: number): TemplateResult {
    const count = items.length;
    return html`<div role="group" aria-roledescription=${this.t('staff-board.slides')} aria-label=${this.t('staff-board.slides')}>
      ${count > 1
        ? html`<div class="controls kiosk-controls" part="kiosk-controls">
            <button type="button" @click=${() => this.#step(-1)}>${this.t('staff-board.previous')}</button>
            <button type="button" class="pause" @click=${() => (this.isPaused = !this.isPaused)}>${this.t(this.isPaused ? 'staff-board.play' : 'staff-board.pause')}</button>
            <button type="button" @click=${() => this.#step(1)}>${this.t('staff-board.next')}</button>
            <span>${this.t('staff-board.position-of', { index: index + 1, count })}</span>
          </div>`
        : nothing}
      <div class="slide" aria-live=${this.isRotating ? 'off' : 'polite'}>${this.renderCard(items[index]!)}</div>
    </div>`;
  }

  private renderCard(staff: WindowStaff): TemplateResult {
    const photo = safeUrl(staff.photo);
    return html`<div class="card" part="card">
      ${photo ? html`<img part="photo" src=${photo} alt=${this.t('staff-board.photoOf', { name: staff.name })} loading="lazy" />` : nothing}
      <div>
        ${heading(this.level(1), staff.name)}
        ${fieldList([
          [this.t('staff-board.position'), staff.position],
          [this.t('staff-board.window'), staff.window],
          [this.t('staff-board.duties'), staff.duties],
          [this.t('staff-board.unit'), staff.unit],
          [this.t('staff-board.enforcementKind'), staff.enforcementKind],
          [this.t('staff-board.certificateNumber'), staff.certificateNumber],
        ])}
      </div>
    </div>`;
  }

  private renderServices(section: StaffBoardSection): TemplateResult | typeof nothing {
    const enquiry = section.progressEnquiry;
    const rows = fieldList([
      [this.t('staff-board.templates'), section.templates?.length ? html`<ul class="plain">${section.templates.map((template) => html`<li>${renderDocumentLink(template, (type) => this.t('base.opensFile', { type }))}</li>`)}</ul>` : undefined],
      [this.t('staff-board.progressEnquiry'), enquiry && html`${renderLink(enquiry.url, enquiry.label)}${enquiry.phone ? html` ${phoneLink(enquiry.phone)}` : nothing}`],
      [this.t('staff-board.consultation'), phoneLink(section.consultationPhone)],
      [this.t('staff-board.complaint'), phoneLink(section.complaintPhone)],
    ]);
    if (rows === nothing) return nothing;
    return html`<div class="services" part="services">${heading(this.level(1), this.t('staff-board.services'))} ${rows}</div>`;
  }
}

defineElement('zfgs-staff-board', ZfgsStaffBoard);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-staff-board': ZfgsStaffBoard;
  }
}
