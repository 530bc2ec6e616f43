// The element every zfgs- widget extends: data from a property, a light-DOM JSON island or a `src` URL, always
// validated; the island kept for the auditor; the light-DOM fallback kept until data renders; errors shown in
// words and contained so one broken widget never breaks its page. See README.md beside this file.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SCHEMA_VERSION, validate, type Duration, type SchemaKind, type SchemaOutput, type ValidationIssue, type ValidationResult } from '../../shared/schema/index.ts';
import { format, localeFor, type Locale } from '../../shared/i18n/locale.ts';
import { baseMessages as zhBase, type BaseMessageKey } from '../../shared/i18n/widgets/zh-CN/base.ts';
import { baseBilingualMessages as zhBilingual } from '../../shared/i18n/widgets/zh-CN/base-bilingual.ts';
import { baseBilingualMessages as enBilingual } from '../../shared/i18n/widgets/en/base-bilingual.ts';
import { baseStyles } from './base.styles.ts';
import type { Engine } from './engine.ts';
import { englishStrings } from './english.ts';
import { emit, type DataSource, type ZfgsLoadErrorDetail } from './events.ts';
import { fetchJson, messageOf } from './fetch-json.ts';
import { heading, headingLevel, type HeadingLevel } from './heading.ts';
import { dateValue, formatDate, todayIso } from './dates.ts';
import type { PagerLabels } from './pager.ts';
import { whenIdle } from './idle.ts';
import { annotateIsland, findIsland, islandText, labelIsland, writeIsland } from './island.ts';
import { resolveLocale, unwatchLang, watchLang } from './locale.ts';
import { unwatchPrint, watchPrint } from './print.ts';

/** What the widget is showing: nothing yet, loading `src`, the data, a validation error, a load error. */
export type DataState = 'empty' | 'loading' | 'ready' | 'invalid' | 'failed';

/**
 * A widget's own zh-CN strings; keys are `<prefix>.<name>`. zh-CN is the source and the default; the English ones
 * load on demand with every widget's (english-strings.ts) when a widget's language is English.
 */
export type WidgetMessages<Key extends string> = { 'zh-CN': Record<Key, string> };

/** How many issues the error box lists before summarising the rest. */
const LISTED_ISSUES = 20;

const DURATION_KEYS: Record<Duration['unit'], string> = { day: 'Day', 'working-day': 'WorkingDay', month: 'Month', year: 'Year', hour: 'Hour' };


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * @summary Base of every zfgs- widget (not an element of its own).
 *
 * @slot - No-JavaScript fallback content, shown while loading and whenever the data cannot be shown.
 *
 * @csspart base - The container of everything the widget renders.
 * @csspart heading - The widget's heading (level set by `heading-level`).
 * @csspart status - The live region: loading text, result counts.
 * @csspart error - The box listing invalid fields or a load failure.
 * @csspart fallback - The wrapper of the slotted fallback content.
 * @csspart updated - The "last updated" line.
 *
 * @event {CustomEvent<ZfgsInvalidDetail>} zfgs-invalid - The data failed validation; `detail.issues` names each field.
 * @event {CustomEvent<ZfgsLoadErrorDetail>} zfgs-load-error - `src` could not be loaded (network, HTTP or JSON).
 */
export abstract class ZfgsElement<K extends SchemaKind, Key extends string = never> extends LitElement {
  /** The shared/schema kind this widget renders; the island carries it as data-zfgs-kind. */
  static kind: SchemaKind;
  /**
   * True for list sections that may hold thousands of entries (officers, decisions). Lists longer than
   * `eagerItems` then render after validating the section with its first `eagerItems` entries; the whole
   * section is validated when the browser is next idle (cross-entry rules such as unique certificate numbers
   * included), and any issue still turns the widget into its error state.
   */
  static isLongList = false;
  static eagerItems = 100;
  /** Prefix of this widget's message keys (`officers` for `officers.title`). */
  static messagePrefix: string;
  static messages: WidgetMessages<string> = { 'zh-CN': {} };
  static override styles = [baseStyles];

  /** The data to render (takes precedence over `src` and the island). Validated before anything renders. */
  @property({ attribute: false }) data?: SchemaOutput<K>;

  /** URL of a JSON file to load when no `data` property is set (takes precedence over the island). */
  @property() src?: string;

  /**
   * Language: zh-CN (default) or en; when empty, the closest ancestor's lang. Setting the property works like the
   * attribute (reflected, so widgets nested inside follow too); an empty value leaves no `lang=""` behind.
   */
  @property({ reflect: true, converter: { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null } })
  override lang = '';

  /** Level (1–6) of the widget's heading; its sub-headings follow one level below. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Label overrides by short key (`title`, `loading`, …); `label-<kebab-key>` attributes do the same. */
  @property({ attribute: false }) labels: Record<string, string> = {};

  /** Larger text and targets (适老化). */
  @property({ attribute: 'large-text', type: Boolean, reflect: true }) largeText = false;

  /** `high` for the high-contrast palette. */
  @property({ reflect: true }) contrast?: string;

  /** The day dates are judged on (certificate validity, entrustment terms), YYYY-MM-DD; default today. */
  @property() now?: string;

  @state() protected dataState: DataState = 'empty';
  @state() protected issues: ValidationIssue[] = [];
  @state() protected loadFailure?: ZfgsLoadErrorDetail;
  /** The engine that could not load (the widget then shows none of its data). */
  @state() protected engineFailure?: { name: string; detail: string };
  /** Text for the polite live region (result counts and the like). */
  @state() protected announcement = '';
  @state() protected isPrinting = false;
  /** The validated data being shown (when dataState is 'ready'). */
  protected value?: SchemaOutput<K>;
  protected dataSource?: DataSource;

  #renderFailure?: unknown;
  #generation = 0;
  #loadController?: AbortController;
  #lastIslandText?: string;
  #pendingInvalid?: ValidationIssue[];
  #hostObserver?: MutationObserver;
  #pending: Promise<void> = Promise.resolve();
  #finishPending: () => void = () => undefined;
  #englishLoading?: Promise<void>;
  #hasShownContent = false;

  get #widgetClass(): typeof ZfgsElement {
    return this.constructor as typeof ZfgsElement;
  }

  /** The current locale (own lang, else the closest ancestor's, else zh-CN). */
  get locale(): Locale {
    // The property first: it is reflected to the attribute only after this render.
    return this.lang ? localeFor(this.lang) : resolveLocale(this);
  }

  /** Resolves once the current data source has been loaded, validated in full and rendered (or has failed). */
  get settled(): Promise<void> {
    return (async () => {
      for (;;) {
        const pending = this.#pending;
        await pending;
        await this.updateComplete;
        if (pending === this.#pending) return;
      }
    })();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.isPrinting = watchPrint(this);
    this.#hostObserver ??= new MutationObserver((records) => this.#onHostMutation(records));
    this.#hostObserver.observe(this, { attributes: true, childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    unwatchPrint(this);
    this.#hostObserver?.disconnect();
  }

  /** @internal */
  onAncestorLangChange(): void {
    this.requestUpdate();
  }

  /** @internal */
  onPrintChange(isPrinting: boolean): void {
    this.isPrinting = isPrinting;
  }

  /** Re-reads the island when an author or script changes it; re-renders when a label-* attribute changes. */
  #onHostMutation(records: MutationRecord[]): void {
    let shouldReread = false;
    let hasContentChanged = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target === this && record.attributeName?.startsWith('label-')) this.requestUpdate();
      } else {
        hasContentChanged = true;
        if (this.data === undefined && !this.src) shouldReread = true;
      }
    }
    if (hasContentChanged) this.lightDomChanged();
    if (!shouldReread) return;
    const island = findIsland(this, this.#widgetClass.kind);
    if ((island?.textContent ?? undefined) !== this.#lastIslandText) this.#selectSource();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.locale === 'en') this.#loadEnglish();
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.#selectSource();
  }

  /** Loads the English strings (once for all widgets) and renders again with them; zh-CN stays if they cannot load. */
  #loadEnglish(): void {
    const loading = englishStrings.load();
    if (!loading || this.#englishLoading) return;
    this.#englishLoading = loading.then(
      () => this.requestUpdate(),
      (error: unknown) => console.error(`<${this.localName}>: 英文文本未能加载，以中文显示。The English strings could not load; showing Chinese.`, error),
    );
    void this.#englishLoading.finally(() => (this.#englishLoading = undefined));
  }

  /** `updateComplete` includes the render with the English strings when they were loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#englishLoading) {
      await this.#englishLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Starts over from the highest-priority source: the `data` property, else `src`, else the island. */
  #selectSource(): void {
    const generation = ++this.#generation;
    this.#loadController?.abort();
    this.#loadController = undefined;
    this.#renderFailure = undefined;
    this.loadFailure = undefined;
    this.engineFailure = undefined;
    this.issues = [];
    // Whoever awaits `settled` for the old source moves on to the new one.
    this.#finishPending();
    this.#pending = new Promise((resolve) => (this.#finishPending = resolve));
    const loading = this.requiredEngines().map((engine) => engine.load());
    if (loading.some((load) => load !== undefined)) {
      this.#setState('loading');
      this.#awaitEngines(loading, generation);
      return;
    }
    this.#readSource(generation);
  }

  /** Reads the source once every required engine has loaded; shows the bilingual engine error if one cannot. */
  #awaitEngines(loading: (Promise<unknown> | undefined)[], generation: number): void {
    const engines = this.requiredEngines();
    void Promise.all(loading.map((load, index) => load?.catch((error: unknown) => Promise.reject({ name: engines[index]!.name, error })))).then(
      () => {
        if (generation === this.#generation) this.#readSource(generation);
      },
      (failure: { name: string; error: unknown }) => {
        if (generation !== this.#generation) return;
        this.value = undefined;
        this.engineFailure = { name: failure.name, detail: messageOf(failure.error) };
        this.#setState('failed');
        const island = findIsland(this, this.#widgetClass.kind);
        if (island) {
          labelIsland(island, this.#widgetClass.kind);
          annotateIsland(island, { status: 'failed' });
        }
        console.error(
          `<${this.localName}> (${this.engineFailure.name}): ${format(zhBilingual['base.engineFailed'], { detail: this.engineFailure.detail })} ` +
            format(enBilingual['base.engineFailed'], { detail: this.engineFailure.detail }),
        );
        this.#finishPending();
      },
    );
  }

  #readSource(generation: number): void {
    if (this.data !== undefined) {
      this.#accept(this.data, 'property', generation);
    } else if (this.src) {
      this.#load(this.src, generation);
    } else {
      this.#readIsland(generation);
    }
  }

  /**
   * Lazily loaded engines (engine.ts) the widget needs before it may show any of its data: it shows its loading
   * state until they load and, when one cannot, a bilingual error and none of the data (fail closed).
   */
  protected requiredEngines(): Engine<unknown>[] {
    return [];
  }

  #readIsland(generation: number): void {
    const island = findIsland(this, this.#widgetClass.kind);
    this.#lastIslandText = island?.textContent ?? undefined;
    if (!island) {
      this.#setState('empty');
      this.#finishPending();
      return;
    }
    labelIsland(island, this.#widgetClass.kind);
    let parsed: unknown;
    try {
      parsed = JSON.parse(island.textContent ?? '');
    } catch (error) {
      const message = { 'zh-CN': format(zhBilingual['base.islandJsonInvalid'], { detail: messageOf(error) }), en: format(enBilingual['base.islandJsonInvalid'], { detail: messageOf(error) }) };
      // Not JSON at all: reported as a wrong type at the root, with the parser's words.
      this.#reject([{ path: '$', code: 'type', message }], 'island', generation);
      return;
    }
    this.#accept(parsed, 'island', generation);
  }

  #load(src: string, generation: number): void {
    const controller = new AbortController();
    this.#loadController = controller;
    this.dataSource = 'src';
    this.#setState('loading');
    void fetchJson(src, document.baseURI, controller.signal).then((result) => {
      if (generation !== this.#generation) return;
      if (result.ok) {
        this.#accept(result.data, 'src', generation, result.url);
        return;
      }
      this.loadFailure = result.failure;
      this.#setState('failed');
      const island = findIsland(this, this.#widgetClass.kind);
      if (island) {
        labelIsland(island, this.#widgetClass.kind);
        annotateIsland(island, { status: 'failed', src: result.failure.url });
      }
      emit(this, 'zfgs-load-error', result.failure);
      this.#finishPending();
    });
  }

  /** Validates `input`; shows it when valid, the issues when not. */
  #accept(input: unknown, source: DataSource, generation: number, url?: string): void {
    this.dataSource = source;
    const { kind, isLongList, eagerItems } = this.#widgetClass;
    const record = isRecord(input) ? input : undefined;
    const items = record?.['items'];
    if (isLongList && record && Array.isArray(items) && items.length > eagerItems) {
      const head = validate(kind, { ...record, items: items.slice(0, eagerItems) });
      if (!head.ok) {
        this.#reject(head.issues, source, generation, input);
        return;
      }
      // Entries past the first `eagerItems` are shown as given until validated; each is rendered as text.
      this.#show({ ...(head.value as object), items: [...(head.value as { items: unknown[] }).items, ...items.slice(eagerItems)] } as SchemaOutput<K>);
      whenIdle(() => {
        if (generation === this.#generation) this.#settle(validate(kind, input), input, source, generation, url, true);
      });
      return;
    }
    this.#settle(validate(kind, input), input, source, generation, url);
  }

  /** Shows valid data (unless its head is already on screen) and publishes the island; rejects invalid data. */
  #settle(result: ValidationResult<unknown>, input: unknown, source: DataSource, generation: number, url?: string, isShown = false): void {
    if (!result.ok) {
      this.#reject(result.issues, source, generation, input);
      return;
    }
    if (!isShown) this.#show(result.value as SchemaOutput<K>);
    this.#publishIsland(input, source, 'rendered', url);
    this.#finishPending();
  }

  #show(value: SchemaOutput<K>): void {
    this.value = value;
    this.#setState('ready');
    this.requestUpdate();
  }

  #reject(issues: ValidationIssue[], source: DataSource, generation: number, input?: unknown): void {
    if (generation !== this.#generation) return;
    this.value = undefined;
    this.issues = issues;
    this.#setState('invalid');
    this.#pendingInvalid = issues;
    if (input !== undefined) this.#publishIsland(input, source, 'invalid');
    else {
      const island = findIsland(this, this.#widgetClass.kind);
      if (island) annotateIsland(island, { status: 'invalid' });
    }
    this.requestUpdate();
    this.#finishPending();
  }

  /**
   * Keeps the island equal to what is rendered: written when the data came by property or src (the author's own
   * island is never rewritten), annotated with the render status for the auditor.
   */
  #publishIsland(input: unknown, source: DataSource, status: 'rendered' | 'invalid', url?: string): void {
    const { kind } = this.#widgetClass;
    const content = this.islandContent(input, source);
    let island = findIsland(this, kind);
    if (source !== 'island') {
      let text: string;
      try {
        text = islandText(content.data);
      } catch {
        return; // not serialisable (cycles, BigInt): nothing the auditor could read anyway
      }
      island = writeIsland(this, kind, SCHEMA_VERSION, text);
      this.#lastIslandText = text;
    }
    if (island) annotateIsland(island, { status, src: source === 'src' ? url : undefined, ...content.annotations });
  }

  /**
   * What the island publishes for `input` (valid or not). By default the input itself. A widget that must not
   * re-publish part of its input (zfgs-decision masks personal data, withholds a minor's decision) returns a safer
   * copy and annotations saying what it changed; `data` is written only when the widget writes the island (data
   * by property or src), while the annotations label an author's own island too.
   */
  protected islandContent(input: unknown, _source: DataSource): { data: unknown; annotations?: Record<string, string | undefined> } {
    return { data: input };
  }

  #setState(next: DataState): void {
    this.dataState = next;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const invalid = this.#pendingInvalid;
    if (!invalid) return;
    this.#pendingInvalid = undefined;
    emit(this, 'zfgs-invalid', { issues: invalid, source: this.dataSource ?? 'island', kind: this.#widgetClass.kind });
  }

  /** Contains any error thrown while rendering or committing: the widget shows it, the page goes on. */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      this.#noteRenderFailure(error);
      try {
        super.update(changed);
      } catch {
        // Even the error view failed: leave what is on screen (the fallback) rather than break the page.
      }
    }
  }

  #noteRenderFailure(error: unknown): void {
    if (this.#renderFailure !== undefined) return;
    this.#renderFailure = error;
    console.error(`<${this.localName}> could not render its data:`, error);
  }

  protected override render(): TemplateResult {
    // A widget first shown in English waits for its strings with only its fallback: no flash of Chinese labels.
    // Once it has shown something, a switch to English keeps that until the strings arrive (no blank flicker).
    if (this.#englishLoading && !englishStrings.peek() && !this.#hasShownContent) {
      return html`<div part="base" class="base" aria-busy="true"><div part="fallback" class="fallback"><slot></slot></div></div>`;
    }
    this.#hasShownContent = true;
    let body: unknown;
    try {
      body = this.#renderFailure === undefined ? this.#renderBody() : this.#renderFailureView();
    } catch (error) {
      this.#noteRenderFailure(error);
      body = this.#renderFailureView();
    }
    const isLoading = this.dataState === 'loading';
    // A plain container, not a landmark: two widgets with the same title on one page would make duplicate regions.
    return html`<div part="base" class="base" lang=${this.locale} aria-busy=${isLoading ? 'true' : 'false'}>
      ${heading(this.level(), this.headingText(), 'heading', 'heading')}
      <div part="status" role="status" class=${isLoading ? 'notice' : 'visually-hidden'}>${isLoading ? this.t('base.loading') : this.announcement}</div>
      ${body}
    </div>`;
  }

  #renderBody(): unknown {
    if (this.dataState === 'ready' && this.value !== undefined) return this.renderData(this.value);
    return html`${this.#renderProblem()}<div part="fallback" class="fallback"><slot></slot></div>`;
  }

  #renderProblem(): unknown {
    const level = this.level(1);
    if (this.dataState === 'invalid') return this.renderIssues(this.issues);
    if (this.dataState === 'failed' && this.engineFailure) return this.#renderEngineFailure(this.engineFailure.detail);
    if (this.dataState === 'failed' && this.loadFailure) {
      const { url, reason, status, detail } = this.loadFailure;
      const key = reason === 'http' ? 'base.loadFailedHttp' : reason === 'json' ? 'base.loadFailedJson' : 'base.loadFailedNetwork';
      return html`<div part="error" class="error" role="alert">
        ${heading(level, this.t('base.loadFailedTitle'), 'error-heading')}
        <p>${this.t(key, { url, status: status ?? '', detail })}</p>
      </div>`;
    }
    if (this.dataState === 'empty') return html`<p class="notice" part="notice">${this.t('base.noData')}</p>`;
    return nothing;
  }

  /** In both languages whatever the widget's: it may be the very strings that could not load. */
  #renderEngineFailure(detail: string): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      ${heading(this.level(1), (this.locale === 'en' ? enBilingual : zhBilingual)['base.engineFailedTitle'], 'error-heading')}
      <p lang="zh-CN">${format(zhBilingual['base.engineFailed'], { detail })}</p>
      <p lang="en">${format(enBilingual['base.engineFailed'], { detail })}</p>
    </div>`;
  }

  /** The accessible box listing validation issues, each with its field path, in the widget's language. */
  protected renderIssues(issues: readonly ValidationIssue[], pathPrefix = ''): TemplateResult {
    const locale = this.locale;
    const listed = issues.slice(0, LISTED_ISSUES);
    return html`<div part="error" class="error" role="alert">
      ${heading(this.level(1), this.t('base.invalidTitle'), 'error-heading')}
      <p>${this.t('base.invalidIntro', { count: issues.length })}</p>
      <ul>
        ${listed.map((issue) => html`<li><code>${pathPrefix}${issue.path}</code> ${issue.message[locale] ?? issue.message['zh-CN']}</li>`)}
      </ul>
      ${issues.length > listed.length ? html`<p>${this.t('base.moreIssues', { count: issues.length - listed.length })}</p>` : nothing}
    </div>`;
  }

  #renderFailureView(): TemplateResult {
    return html`<div part="error" class="error" role="alert">
        ${heading(this.level(1), this.t('base.renderFailedTitle'), 'error-heading')}
        <p>${this.t('base.renderFailed', { detail: messageOf(this.#renderFailure) })}</p>
      </div>
      <div part="fallback" class="fallback"><slot></slot></div>`;
  }

  /** Called when the light DOM (islands, fallback) changed; widgets with companion islands re-read them here. */
  protected lightDomChanged(): void {}

  /** The widget's own view of validated data. */
  protected abstract renderData(value: SchemaOutput<K>): unknown;

  /** The heading text; by default the `<prefix>.title` message. */
  protected headingText(): string {
    return this.t(`${this.#widgetClass.messagePrefix}.title` as Key);
  }

  /** `now` when it is a date, else today in the reader's time zone. */
  protected today(): string {
    return this.now && !Number.isNaN(dateValue(this.now)) ? this.now : todayIso();
  }

  /** The heading level configured by `heading-level`, plus `offset` for sub-headings. */
  protected level(offset = 0): HeadingLevel {
    return headingLevel(this.headingLevel, offset);
  }

  /**
   * A message in the widget's language with {placeholders} filled. Overrides come first: `labels[short]`, then
   * the `label-<kebab short>` attribute, where short is the key without its prefix (`title`, `loading`).
   */
  protected t(key: Key | BaseMessageKey, data?: Record<string, string | number>): string {
    const short = key.slice(key.indexOf('.') + 1);
    const override = this.labels?.[short] ?? this.getAttribute(`label-${kebab(short)}`);
    const own = this.#widgetClass.messages;
    const english = this.locale === 'en' ? englishStrings.peek()?.englishMessages : undefined;
    const template = override ?? english?.[key] ?? own['zh-CN'][key] ?? (zhBase as Record<string, string>)[key] ?? key;
    return format(template, data);
  }

  /** The "last updated" line every disclosure block carries (update-correction). */
  protected renderUpdated(iso: string): TemplateResult {
    return html`<p class="meta" part="updated">${this.t('base.updated', { date: formatDate(iso, this.locale) })}</p>`;
  }

  /** A time limit as the regulations state it: 60 日 / 60 days, 15 个工作日 / 15 working days, 6 个月 / 6 months. */
  protected formatDuration(duration: Duration): string {
    const unit = DURATION_KEYS[duration.unit] ?? 'Day';
    const key = `base.duration${unit}${duration.value === 1 ? 'One' : ''}` as BaseMessageKey;
    return this.t(key, { value: duration.value });
  }

  /** The pager's words in the widget's language (overridable as `pagination`, `previous`, `next`, `page`). */
  protected pagerLabels(): PagerLabels {
    return {
      navigation: this.t('base.pagination'),
      previous: this.t('base.previous'),
      next: this.t('base.next'),
      page: (page) => this.t('base.page', { page }),
    };
  }

  /** A page size attribute as a whole number of at least 1. */
  protected pageSizeOf(value: unknown, fallback = 20): number {
    return Math.max(1, Math.floor(Number(value)) || fallback);
  }

  /** Announces how many entries match after a search or filter change, and which of them the first page shows. */
  protected announceMatches(count: number, pageSize: number, results: Key | BaseMessageKey = 'base.results', none: Key | BaseMessageKey = 'base.noResults'): void {
    this.announce(count === 0 ? this.t(none) : this.t(results, { count, from: 1, to: Math.min(count, pageSize) }));
  }

  /** Announces the page now shown. */
  protected announcePage(page: number, pages: number): void {
    this.announce(this.t('base.pageOf', { page, pages }));
  }

  /** Tells screen-reader users something (result counts) through the polite status region. */
  protected announce(text: string): void {
    this.announcement = text;
  }
}
