import { html, nothing, type PropertyValues } from 'lit';
import type { Decision } from '../../shared/schema/index.ts';
import { decisionMessages as zh, type DecisionMessageKey } from '../../shared/i18n/widgets/zh-CN/decision.ts';
import { decisionMessages as en } from '../../shared/i18n/widgets/en/decision.ts';
import { enforcementKindNames as zhKinds } from '../../shared/i18n/widgets/zh-CN/enforcement-kinds.ts';
import { enforcementKindNames as enKinds } from '../../shared/i18n/widgets/en/enforcement-kinds.ts';
import { kindMessages, type KindMessageKey } from '../base/kind-messages.ts';
import { ZfgsElement, type WidgetMessages } from '../base/zfgs-element.ts';
import { defineElement } from '../base/define.ts';
import { baseStyles } from '../base/base.styles.ts';
import { emit, type DataSource } from '../base/events.ts';
import { fieldList } from '../base/fields.ts';
import { formatDate } from '../base/dates.ts';
import { heading } from '../base/heading.ts';
import { renderLink } from '../base/links.ts';
import { decisionStyles } from './decision.styles.ts';
import './leak-event.ts';
import { renderMarkdown } from './markdown.ts';
import { maskText, maskedAnnotation, publicNamesOf, scanCache, scanOptionsOf, type LeakNotice, type RedactedDecision } from './redaction.ts';
import { timelinessOf } from './timeliness.ts';

/** The island annotations zfgs-decision adds for the auditor (see README). */
export function decisionAnnotations(redacted: RedactedDecision<unknown>, source: DataSource): Record<string, string | undefined> {
  const annotations: Record<string, string | undefined> = {
    masked: maskedAnnotation(redacted.leaks),
    'island-origin': source === 'island' ? 'author' : 'widget',
  };
  if (redacted.isMinor) annotations['withheld'] = 'minor';
  return annotations;
}

/** Says once, for developers, which fields of which element leaked; the values themselves are never logged. */
export function logLeaks(element: Element, leaks: readonly LeakNotice[]): void {
  if (leaks.length === 0) return;
  const fields = [...new Set(leaks.map((leak) => leak.field))].join(', ');
  console.error(
    `<${element.localName}>: 数据中有未隐去的个人信息，已在显示前隐去（杭州公示办法第十条）；请修改源数据。字段 / fields: ${fields}. ` +
      'Unmasked personal data in the source was masked before display; fix the source data.',
  );
}

type Key = DecisionMessageKey | KindMessageKey<'decision'>;

/**
 * @tag zfgs-decision
 * @summary One administrative enforcement decision (行政执法决定): the summary fields of hz-gs 9 and the full text,
 * with personal data masked at render (hz-gs 10), a minor's decision not shown at all (hz-gs 11) and a revoked
 * decision shown as taken down (hz-gs 17).
 *
 * @slot - No-JavaScript fallback, shown until the data renders and whenever it cannot.
 *
 * @csspart base - The section around the widget.
 * @csspart heading - The case name (or 行政执法决定 when the decision is withheld or withdrawn).
 * @csspart fields - The summary fields.
 * @csspart full-text - The collapsible full text (open in print).
 * @csspart full-text-body - The rendered full text.
 * @csspart withheld - The notice shown instead of a decision that may not be published.
 * @csspart withdrawn - The notice shown instead of a revoked, annulled, re-made or withdrawn decision.
 * @csspart link - An attachment link.
 * @csspart error - The error box (invalid data, load failure).
 *
 * @event {CustomEvent<ZfgsLeakDetail>} zfgs-leak - Personal data was found unmasked and masked before display: one
 *   event per item, with the field, the type and the masked form, never the value.
 * @event {CustomEvent<ZfgsInvalidDetail>} zfgs-invalid - The data failed validation.
 * @event {CustomEvent<ZfgsLoadErrorDetail>} zfgs-load-error - `src` could not be loaded.
 */
export class ZfgsDecision extends ZfgsElement<'decision', Key> {
  static override kind = 'decision' as const;
  static override messagePrefix = 'decision';
  static override messages: WidgetMessages<Key> = {
    'zh-CN': { ...zh, ...kindMessages('decision', zhKinds) },
    en: { ...en, ...kindMessages('decision', enKinds) },
  };
  static override styles = [baseStyles, decisionStyles];

  /** Whether this element fires zfgs-leak and logs; zfgs-decisions turns it off for the detail it opens, having reported its items itself. */
  reportsLeaks = true;

  /** The masked copy of a value and what was masked (computed once per object). */
  private redactionOf = scanCache();
  private reportedFor?: object;
  private fullTextCache?: { text: string; level: number; fragment: DocumentFragment; isPlain: boolean };

  /** The island never re-publishes what the display masks, and publishes nothing of a minor's decision. */
  protected override islandContent(input: unknown, source: DataSource) {
    const redacted = this.redactionOf(input);
    const annotations = decisionAnnotations(redacted, source);
    if (!redacted.isMinor && isDecisionShape(input)) annotations['timeliness'] = timelinessOf(input);
    return { data: redacted.isMinor ? null : redacted.data, annotations };
  }

  protected override headingText(): string {
    const value = this.value;
    if (!value) return this.t('decision.title');
    const { data, isMinor } = this.redactionOf(value);
    return isMinor || data.revocation ? this.t('decision.title') : data.caseName;
  }

  protected override renderData(decision: Decision) {
    const { data, isMinor } = this.redactionOf(decision);
    if (isMinor) return html`<p class="notice" part="withheld">${this.t('decision.withheld')}</p>`;
    if (data.revocation) return this.renderWithdrawn(data);
    const party = data.party;
    return html`${fieldList([
        [this.t('decision.documentNumber'), data.documentNumber],
        [this.t('decision.party'), this.t('decision.partyWithKind', { name: party.name, kind: this.t(`decision.partyKind.${party.kind}`) })],
        [this.t('decision.uscc'), party.uscc],
        [this.t('decision.legalRepresentative'), party.legalRepresentative],
        [this.t('decision.facts'), data.facts],
        [this.t('decision.legalBasis'), data.legalBasis],
        [this.t('decision.content'), data.content],
        [this.t('decision.kind'), this.t(`decision.kind.${data.kind}`)],
        [this.t('decision.procedure'), data.procedure && this.t(`decision.procedure.${data.procedure}`)],
        [this.t('decision.enforcingBody'), data.enforcingBody],
        [this.t('decision.decisionDate'), formatDate(data.decisionDate, this.locale)],
        [this.t('decision.publicationDate'), formatDate(data.publicationDate, this.locale)],
        [this.t('decision.fulfilment'), data.fulfilment],
        [
          this.t('decision.attachments'),
          data.attachments && html`<ul class="plain">${data.attachments.map((file) => html`<li>${renderLink(file.url, file.title)}</li>`)}</ul>`,
        ],
      ])}
      ${data.fullText ? this.renderFullText(data.fullText, decision) : nothing}`;
  }

  private renderWithdrawn(data: Decision) {
    const revocation = data.revocation!;
    return html`<div class="notice withdrawn" part="withdrawn">
      ${heading(this.level(1), this.t('decision.withdrawnTitle'))}
      <p>
        ${this.t('decision.withdrawn', {
          documentNumber: data.documentNumber,
          date: formatDate(revocation.date, this.locale),
          kind: this.t(`decision.revocation.${revocation.kind}`),
        })}
      </p>
      <p>${this.t('decision.revocationReason', { reason: revocation.reason })}</p>
    </div>`;
  }

  /**
   * The full text (already masked) through the one markdown path. Markup can join what the detectors saw apart
   * (138**1234**5678 renders as one number), so the rendered text is scanned again; if anything shows, the masked
   * source is shown as plain text instead.
   */
  private renderFullText(markdown: string, decision: Decision) {
    const level = this.level(1);
    let cached = this.fullTextCache;
    if (!cached || cached.text !== markdown || cached.level !== level) {
      const fragment = renderMarkdown(markdown, level);
      const isPlain = maskText(fragment.textContent ?? '', scanOptionsOf(decision), false, publicNamesOf(decision)).findings.length > 0;
      cached = { text: markdown, level, fragment, isPlain };
      this.fullTextCache = cached;
    }
    const body = cached.isPlain
      ? html`<p class="meta">${this.t('decision.fullTextPlain')}</p><pre class="plain-text">${markdown}</pre>`
      : cached.fragment.cloneNode(true);
    return html`<details class="full-text" part="full-text" ?open=${this.isPrinting}>
      <summary>${this.t('decision.fullText')}</summary>
      <div class="full-text-body" part="full-text-body">${body}</div>
    </details>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const value = this.value;
    if (!value || value === this.reportedFor || !this.reportsLeaks) return;
    this.reportedFor = value;
    const { leaks } = this.redactionOf(value);
    const source = this.dataSource ?? 'island';
    for (const leak of leaks) emit(this, 'zfgs-leak', { ...leak, source });
    logLeaks(this, leaks);
  }
}

function isDecisionShape(value: unknown): value is Decision {
  const record = value as Partial<Decision> | null;
  return typeof record === 'object' && record !== null && typeof record.kind === 'string' && typeof record.decisionDate === 'string' && typeof record.publicationDate === 'string';
}

defineElement('zfgs-decision', ZfgsDecision);

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-decision': ZfgsDecision;
  }
}
