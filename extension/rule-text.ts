// Rule messages (titles, descriptions, fix hints, reasons), looked up by rule id when a report is shown.
// The texts belong to the engine (shared/i18n/rules); until they land this returns readable fallbacks.
import { format, type Locale } from '../shared/i18n/locale.ts';

const RULE_MESSAGES: Record<Locale, Readonly<Record<string, string>>> = { 'zh-CN': {}, en: {} };

export type RuleTextPart = 'title' | 'failureTitle' | 'description' | 'fix';

export function ruleText(locale: Locale, ruleId: string, part: RuleTextPart): string | undefined {
  return RULE_MESSAGES[locale][`${ruleId}.${part}`] ?? RULE_MESSAGES['zh-CN'][`${ruleId}.${part}`];
}

export function ruleTitle(locale: Locale, ruleId: string): string {
  return ruleText(locale, ruleId, 'title') ?? ruleId;
}

/** The finding's reason in words, its placeholders filled; the bare key when there is no message. */
export function reasonText(locale: Locale, ruleId: string, reason: string, data: Record<string, string | number>): string {
  const key = `${ruleId}.reason.${reason}`;
  const template = RULE_MESSAGES[locale][key] ?? RULE_MESSAGES['zh-CN'][key];
  return template ? format(template, data) : `${reason} ${Object.entries(data).map(([name, value]) => `${name}=${value}`).join(' ')}`.trim();
}
