import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Procedure, Step, ValidationIssue } from '../../shared/schema/index.ts';
import { flowchartMessages as zh, type FlowchartMessageKey } from '../../shared/i18n/widgets/zh-CN/flowchart.ts';
import { flowchartMessages as en } from '../../shared/i18n/widgets/en/flowchart.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { emit } from '../base/events.ts';
import { heading } from '../base/heading.ts';
import { findIsland } from '../base/island.ts';
import { flowchartSvg } from './flowchart-svg.ts';
import { flowchartStyles } from './flowchart.styles.ts';
import { layoutProcedure, type FlowLayout } from './layout.ts';
import { outlineOf, stepText, type OutlineStep } from './outline.ts';
import { PRESET_PROCEDURES } from './presets.ts';
import { resolveProcedure, type ResolvedProcedure } from './resolve.ts';

/** Label size of the drawing in px, normal and large-text (适老化, ×1.375 like the base). */
const FONT_SIZE = 14;
const LARGE_FONT_SIZE = 19;

interface Drawing {
  procedure: Procedure;
  locale: string;
  fontSize: number;
  resolved: ResolvedProcedure;
  layout: FlowLayout;
  outline: OutlineStep[];
}

/**
 * @tag zfgs-flowchart
 * @summary An enforcement procedure (执法流程图) drawn from its step graph, with the same steps as an ordered text
 * list: built-in presets from the law (行政处罚一般程序, 简易程序, 行政许可, 行政强制, 行政检查, 重大执法决定法制审核)
 * used by name and adjusted by step id.
 *
 * @slot - No-JavaScript fallback (an ordered list of the steps), shown until the data renders and whenever it cannot.
 *
 * @csspart base - The section around the widget.
 * @csspart heading - The procedure's title.
 * @csspart figure - The drawing, its toolbar and the text version.
 * @csspart chart - The scrollable region holding the drawing.
 * @csspart svg - The drawing.
 * @csspart toggle - The "text version only" button.
 * @csspart text-version - The text version (visually hidden while the drawing shows; always read and printed).
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step of the list.
 * @csspart error - The error box (invalid data, load failure, connections that cannot be drawn).
 *
 * @cssproperty --zfgs-flowchart-line-color - Lines, arrows and box borders (default: the text colour).
 * @cssproperty --zfgs-flowchart-box-color - Fill of ordinary steps.
 * @cssproperty --zfgs-flowchart-terminal-color - Fill of start and end.
 * @cssproperty --zfgs-flowchart-decision-color - Fill of decisions.
 *
 * @event {CustomEvent<ZfgsInvalidDetail>} zfgs-invalid - The data failed validation, or names steps that do not exist.
 * @event {CustomEvent<ZfgsLoadErrorDetail>} zfgs-load-error - `src` could not be loaded.
 */
export class ZfgsFlowchart extends ZfgsElement<'procedure', FlowchartMessageKey> {
  static override kind = 'procedure' as const;
  static override messagePrefix = 'flowchart';
  static override messages: WidgetMessages<FlowchartMessageKey> = { 'zh-CN': zh, en };
  static override styles = [baseStyles, flowchartStyles];

  /** A preset by name (`licence`, `penalty-general` …) when no other data is given: the shortest embed. */
  @property() preset?: string;

  /** `chart` (the drawing; the text version stays available to screen readers) or `text` (the list only). */
  @property({ reflect: true }) view: 'chart' | 'text' = 'chart';

  private drawing?: Drawing;
  private presetData?: Procedure;
  private reportedFor?: Procedure;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preset')) this.usePresetAttribute();
    super.willUpdate(changed);
  }

  /** `preset="…"` stands for `{ "preset": "…" }` unless the page gives data another way. */
  private usePresetAttribute(): void {
    const isOwnData = this.data === undefined || this.data === this.presetData;
    if (!isOwnData || this.src || findIsland(this, 'procedure')) return;
    const name = this.preset;
    if (!name) {
      if (this.presetData) this.data = undefined;
      this.presetData = undefined;
      return;
    }
    const known = PRESET_PROCEDURES[name as keyof typeof PRESET_PROCEDURES];
    // An unknown name goes through validation like any data, which names the field and the allowed values.
    this.presetData = { id: 'preset', title: known?.title ?? name, preset: name } as Procedure;
    this.data = this.presetData;
  }

  protected override headingText(): string {
    return this.value?.title ?? this.t('flowchart.title');
  }

  private draw(procedure: Procedure): Drawing {
    const locale = this.locale;
    const fontSize = this.largeText ? LARGE_FONT_SIZE : FONT_SIZE;
    const cached = this.drawing;
    if (cached && cached.procedure === procedure && cached.locale === locale && cached.fontSize === fontSize) return cached;
    const resolved = resolveProcedure(procedure);
    const details = (step: Step) => [
      ...(step.unit ? [this.t('flowchart.unit', { unit: step.unit })] : []),
      ...(step.timeLimit ? [this.t('flowchart.timeLimit', { time: step.timeLimit })] : []),
    ];
    const layout = layoutProcedure(resolved.steps, resolved.edges, { fontSize, details });
    this.drawing = { procedure, locale, fontSize, resolved, layout, outline: outlineOf(layout, resolved.steps, resolved.edges) };
    return this.drawing;
  }

  protected override renderData(procedure: Procedure) {
    const { resolved, layout, outline } = this.draw(procedure);
    const isText = this.view === 'text';
    const t = (key: string, data?: Record<string, string | number>) => this.t(key as FlowchartMessageKey, data);
    return html`${procedure.description ? html`<p class="description">${procedure.description}</p>` : nothing}
      ${this.renderProblems(resolved.issues)}
      <figure part="figure">
        <div class="toolbar no-print">
          <button type="button" part="toggle" aria-pressed=${isText ? 'true' : 'false'} @click=${this.toggleView}>${this.t('flowchart.showText')}</button>
          ${isText ? nothing : html`<p class="legend">${this.t('flowchart.legend')}</p>`}
        </div>
        ${isText
          ? nothing
          : html`<div class="chart" part="chart" tabindex="0" role="group" aria-label=${this.t('flowchart.chartLabel', { title: procedure.title })}>
              ${flowchartSvg(layout)}
            </div>`}
        <div class=${isText ? 'text-version' : 'text-version is-collapsed'} part="text-version">
          ${heading(this.level(1), this.t('flowchart.textHeading', { count: outline.length }), 'text-heading')}
          <ol class="steps" part="steps">
            ${outline.map((item) => {
              const text = stepText(item, t);
              return html`<li part="step">
                <span class="title">${text.title}</span>
                ${text.details.length > 0 ? html`<br /><span class="details">${text.details.join(this.t('flowchart.separator'))}</span>` : nothing}
                ${text.note ? html`<br /><span class="note">${text.note}</span>` : nothing}
                ${text.next.length > 0 ? html`<ul>${text.next.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
              </li>`;
            })}
          </ol>
        </div>
      </figure>`;
  }

  private renderProblems(issues: readonly ValidationIssue[]) {
    if (issues.length === 0) return nothing;
    const locale = this.locale;
    return html`<div part="error" class="error" role="alert">
      ${heading(this.level(1), this.t('flowchart.problemsTitle'), 'error-heading')}
      <p>${this.t('flowchart.problemsIntro', { count: issues.length })}</p>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.path}</code> ${issue.message[locale]}</li>`)}
      </ul>
    </div>`;
  }

  private toggleView(): void {
    this.view = this.view === 'text' ? 'chart' : 'text';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Connections to unknown steps are reported once per data, like schema problems.
    const procedure = this.drawing?.procedure;
    if (!procedure || procedure !== this.value || procedure === this.reportedFor) return;
    this.reportedFor = procedure;
    const issues = this.drawing!.resolved.issues;
    if (issues.length > 0) emit(this, 'zfgs-invalid', { issues, source: this.dataSource ?? 'island', kind: 'procedure' });
  }
}

defineElement('zfgs-flowchart', ZfgsFlowchart);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-flowchart': ZfgsFlowchart;
  }
}
