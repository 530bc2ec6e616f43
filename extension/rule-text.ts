// Rule messages (titles, descriptions, fix hints, reasons, citations) are the engine's (shared/i18n/rules):
// the side panel, the exports and the CLI word a finding the same way.
import type { Cite } from '../shared/catalogue/types.ts';
import type { Finding } from '../shared/engine/report.ts';
import type { Locale } from '../shared/i18n/locale.ts';
import { citeText, findingText, lookup } from '../shared/i18n/rules/messages.ts';

export type RuleTextPart = 'title' | 'failureTitle' | 'description' | 'fix' | 'manual';

/** The rule's text, or undefined when the engine has none for it. */
export function ruleText(locale: Locale, ruleId: string, part: RuleTextPart): string | undefined {
  return lookup(locale, `${ruleId}.${part}`);
}

export function ruleTitle(locale: Locale, ruleId: string): string {
  return ruleText(locale, ruleId, 'title') ?? ruleId;
}

/** The finding's reason in words, its placeholders filled (`@key` values are messages themselves). */
export function reasonText(locale: Locale, ruleId: string, reason: string, data: Finding['data']): string {
  return findingText(locale, ruleId, { reason, data });
}

/** 《杭州市行政执法公示办法》6(1), or the English name of the document. */
export function citeLabel(locale: Locale, cite: Cite): string {
  return citeText(locale, cite);
}
