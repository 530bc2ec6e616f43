import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { AvRecordingSection, Disclosure, DutiesSection, LegalReviewCatalogueSection } from '../../shared/schema/index.ts';
import { disclosureMessages as zh, type DisclosureMessageKey } from '../../shared/i18n/widgets/zh-CN/disclosure.ts';
import { disclosureMessages as en } from '../../shared/i18n/widgets/en/disclosure.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import type { DataSource } from '../base/events.ts';
import { heading } from '../base/heading.ts';
import { scanCache } from '../decision/redaction.ts';
import { decisionsIslandContent } from '../decisions/island-content.ts';
import { avRecordingView, dutiesView, legalReviewCatalogueView } from './builtin-sections.ts';
import { disclosureStyles } from './disclosure.styles.ts';
import { labelNestedIslands } from './nested-islands.ts';
import { PHASES, SECTION_PLAN, definedKind, presenterFor, type Phase, type SectionKey, type SectionPlan } from './plan.ts';
// The column works on its own (dist/widgets/disclosure.js): it defines the widgets it composes.
import '../agency/agency.ts';
import '../complaint/complaint.ts';
import '../decisions/decisions.ts';
import '../flowchart/flowchart.ts';
import '../inspection-list/inspection-list.ts';
import '../legal-basis/legal-basis.ts';
import '../officers/officers.ts';
import '../power-list/power-list.ts';
import '../remedy/remedy.ts';
import '../service-guide/service-guide.ts';
import '../staff-board/staff-board.ts';
import '../statistics/statistics.ts';

/** Id of a section's block in the shadow root, and the fragment of a deep link to it. */
const blockId = (key: SectionKey) => `zfgs-${key}`;

/**
 * @tag zfgs-disclosure
 * @summary A whole 行政执法公示 column in one element: the pre-event (事前), during-event (事中) and post-event (事后)
 * blocks of a Disclosure document, each shown by its widget, with a table of contents that moves focus to the
 * block chosen.
 *
 * @slot - No-JavaScript fallback (links to the column's pages or files), shown until the data renders.
 *
 * @csspart base - The section around the widget.
 * @csspart heading - The column heading (the agency's name).
 * @csspart contents - The table of contents (a navigation landmark).
 * @csspart phase - One phase (事前 / 事中 / 事后), a region with its heading.
 * @csspart phase-heading - The heading of a phase.
 * @csspart block - The block of one section (focused when chosen in the contents).
 * @csspart error - The error box (invalid data, load failure).
 *
 * @event {CustomEvent<ZfgsLeakDetail>} zfgs-leak - From the decisions block: personal data masked before display.
 * @event {CustomEvent<ZfgsInvalidDetail>} zfgs-invalid - The data failed validation.
 * @event {CustomEvent<ZfgsLoadErrorDetail>} zfgs-load-error - `src` could not be loaded.
 */
export class ZfgsDisclosure extends ZfgsElement<'disclosure', DisclosureMessageKey> {
  static override kind = 'disclosure' as const;
  static override messagePrefix = 'disclosure';
  static override messages: WidgetMessages<DisclosureMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, disclosureStyles];

  private scans = scanCache();
  private hasFollowedHash = false;

  /** The island holds the whole document, its decisions masked and minors' decisions left out (as zfgs-decisions). */
  protected override islandContent(input: unknown, source: DataSource) {
    const document = input as Partial<Disclosure> | null;
    const origin = { 'island-origin': source === 'island' ? 'author' : 'widget' };
    if (!document || typeof document !== 'object' || document.decisions === undefined) return { data: input, annotations: origin };
    const decisions = decisionsIslandContent(document.decisions, this.scans, this.value?.decisions?.items, 'decisions.');
    return { data: { ...document, decisions: decisions.data }, annotations: { ...decisions.annotations, ...origin } };
  }

  protected override headingText(): string {
    const agency = this.value?.agency.name;
    return agency ? this.t('disclosure.title', { agency }) : this.t('disclosure.untitled');
  }

  /** Whether the agency block's widget shows the duties too (zfgs-agency takes them as its `duties`). */
  private isDutiesWithAgency(): boolean {
    const presenter = presenterFor(SECTION_PLAN.find((plan) => plan.key === 'agency')!, definedKind);
    return 'tag' in presenter && 'duties' in (customElements.get(presenter.tag)?.prototype ?? {});
  }

  private shownSections(disclosure: Disclosure): SectionPlan[] {
    const isDutiesWithAgency = disclosure.agency !== undefined && this.isDutiesWithAgency();
    return SECTION_PLAN.filter((plan) => disclosure[plan.key] !== undefined && !(plan.key === 'duties' && isDutiesWithAgency));
  }

  private sectionTitle(key: SectionKey, disclosure: Disclosure): string {
    return key === 'agency' && disclosure.duties && this.isDutiesWithAgency() ? this.t('disclosure.section.agencyDuties') : this.t(`disclosure.section.${key}`);
  }

  protected override renderData(disclosure: Disclosure): TemplateResult {
    const sections = this.shownSections(disclosure);
    const phases = PHASES.map((phase) => ({ phase, sections: sections.filter((plan) => plan.phase === phase) })).filter((each) => each.sections.length > 0);
    return html`${this.renderContents(phases, disclosure)}
      ${phases.map(
        ({ phase, sections: inPhase }) => html`<section class="phase" part="phase" aria-labelledby=${`phase-${phase}`}>
          ${heading(this.level(1), this.t(`disclosure.phase.${phase}`), 'phase-heading', `phase-${phase}`)}
          ${inPhase.map((plan) => html`<div class="block" part="block" id=${blockId(plan.key)} tabindex="-1">${this.renderSection(plan, disclosure)}</div>`)}
        </section>`,
      )}`;
  }

  /** A skip-link style table of contents: each link moves focus to its block. */
  private renderContents(phases: { phase: Phase; sections: SectionPlan[] }[], disclosure: Disclosure): TemplateResult {
    return html`<nav class="contents no-print" part="contents" aria-labelledby="contents-heading">
      <p class="contents-heading" id="contents-heading">${this.t('disclosure.contents')}</p>
      <ol>
        ${phases.map(
          ({ phase, sections }) => html`<li>
            ${this.t(`disclosure.phase.${phase}`)}
            <ol>
              ${sections.map((plan) => html`<li><a href=${`#${blockId(plan.key)}`} @click=${(event: Event) => this.goTo(event, plan.key)}>${this.sectionTitle(plan.key, disclosure)}</a></li>`)}
            </ol>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderSection(plan: SectionPlan, disclosure: Disclosure): TemplateResult {
    const section = disclosure[plan.key];
    const presenter = presenterFor(plan, definedKind);
    const title = this.t(`disclosure.section.${plan.key}`);
    if ('builtIn' in presenter) return html`${heading(this.level(2), title)}${this.builtInView(plan.key, section)}`;
    if (plan.key === 'agency' && disclosure.duties && this.isDutiesWithAgency()) return this.widget(presenter.tag, section, this.level(2), disclosure.duties);
    if (!presenter.perItem) return this.widget(presenter.tag, section, this.level(2));
    const items = (section as { items: unknown[] }).items;
    return html`${heading(this.level(2), title)}${items.map((item) => this.widget(presenter.tag, item, this.level(3)))}`;
  }

  /** A composed widget: data by property, heading level, and the modes of this element passed on. */
  private widget(tag: string, data: unknown, level: number, duties?: unknown): TemplateResult {
    const name = unsafeStatic(tag); // a tag of SECTION_PLAN, never data
    return duties === undefined
      ? staticHtml`<${name} .data=${data} heading-level=${level} ?large-text=${this.largeText} contrast=${ifDefined(this.contrast)} now=${ifDefined(this.now)}></${name}>`
      : staticHtml`<${name} .data=${data} .duties=${duties} heading-level=${level} ?large-text=${this.largeText} contrast=${ifDefined(this.contrast)} now=${ifDefined(this.now)}></${name}>`;
  }

  private builtInView(key: SectionKey, section: unknown): TemplateResult | typeof nothing {
    const t = (key: string) => this.t(key as DisclosureMessageKey);
    switch (key) {
      case 'duties':
        return dutiesView(section as DutiesSection, t);
      case 'legalReviewCatalogue':
        return legalReviewCatalogueView(section as LegalReviewCatalogueSection, t);
      case 'avRecording':
        return avRecordingView(section as AvRecordingSection, t);
      default:
        return nothing;
    }
  }

  /** Moves to a block: scrolled into view and focused, so keyboard and screen-reader users continue from there. */
  private goTo(event: Event, key: SectionKey): void {
    event.preventDefault();
    const block = this.renderRoot.querySelector<HTMLElement>(`#${blockId(key)}`);
    if (!block) return;
    block.scrollIntoView({ block: 'start' });
    block.focus({ preventScroll: true });
    history.replaceState(history.state, '', `#${blockId(key)}`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.dataState !== 'ready') return;
    labelNestedIslands(this.renderRoot, 'disclosure');
    // A deep link (…#zfgs-decisions) opens at its block once the column has rendered.
    if (this.hasFollowedHash) return;
    const plan = SECTION_PLAN.find((each) => location.hash === `#${blockId(each.key)}`);
    const block = plan && this.renderRoot.querySelector<HTMLElement>(`#${blockId(plan.key)}`);
    if (!block) return;
    this.hasFollowedHash = true;
    block.scrollIntoView({ block: 'start' });
  }
}

defineElement('zfgs-disclosure', ZfgsDisclosure);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-disclosure': ZfgsDisclosure;
  }
}
