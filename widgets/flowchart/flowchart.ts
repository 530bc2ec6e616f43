import type { CSSResult, PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Procedure } from '../../shared/schema/index.ts';
import { flowchartMessages as zh, type FlowchartMessageKey } from '../../shared/i18n/widgets/zh-CN/flowchart.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { emit } from '../base/events.ts';
import { findIsland } from '../base/island.ts';
import type { Engine } from '../base/engine.ts';
import { flowchartEngine } from './engine.ts';
import type { Drawing, FlowchartViewHost } from './flowchart-view.ts';

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
  static override messages: WidgetMessages<FlowchartMessageKey> = { 'zh-CN': zh };
  // The flowchart's own styles come with its engine (adoptEngineStyles).
  static override styles = [baseStyles];

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
    // The presets live in the engine: until it has loaded, the name stands in for the title, then this runs again.
    const presets: Partial<Record<string, { title: string }>> | undefined = flowchartEngine.peek()?.PRESET_PROCEDURES;
    if (!presets) void flowchartEngine.load()?.then(() => this.usePresetAttribute(), () => undefined);
    // An unknown name goes through validation like any data, which names the field and the allowed values.
    this.presetData = { id: 'preset', title: presets?.[name]?.title ?? name, preset: name } as Procedure;
    this.data = this.presetData;
  }

  /** The presets, the layout and the drawing load on demand (flowchart-engine.ts). */
  protected override requiredEngines(): Engine<unknown>[] {
    return [flowchartEngine];
  }

  protected override headingText(): string {
    return this.value?.title ?? this.t('flowchart.title');
  }

  protected override renderData(procedure: Procedure) {
    const { drawProcedure, flowchartStyles, renderFlowchart } = flowchartEngine.get();
    this.adoptStyles(flowchartStyles);
    const host: FlowchartViewHost = {
      t: (key, data) => this.t(key as FlowchartMessageKey, data),
      level: (offset) => this.level(offset),
      locale: this.locale,
      isLargeText: this.largeText,
      isText: this.view === 'text',
      toggleView: () => this.toggleView(),
    };
    this.drawing = drawProcedure(procedure, host, this.drawing);
    return renderFlowchart(this.drawing, host);
  }

  /** Adds `styles` to the shadow root once (Lit adopted the static styles when it made the root). */
  private adoptStyles(styles: CSSResult): void {
    const sheet = styles.styleSheet;
    const root = this.renderRoot;
    if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
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
