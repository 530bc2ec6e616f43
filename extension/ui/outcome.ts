// How an outcome is shown: a symbol and a word, in the badge's colour (the colour is never the only signal).
import { html, type TemplateResult } from 'lit';
import type { Outcome } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { t } from '../i18n.ts';

export const OUTCOMES: readonly Outcome[] = ['fail', 'review', 'error', 'pass', 'inapplicable'];

const SYMBOLS: Record<Outcome, string> = { fail: '✗', review: '?', pass: '✓', inapplicable: '–', error: '!' };

export function outcomeBadge(locale: Locale, outcome: Outcome | 'fail' | 'review' | 'pass'): TemplateResult {
  return html`<span class="badge ${outcome}"><span aria-hidden="true">${SYMBOLS[outcome]}</span>${t(locale, `outcome.${outcome}`)}</span>`;
}
