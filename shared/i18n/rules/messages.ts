// Looking up the audit's messages: by rule id with a shared fallback (`<id>.reason.x`, then `reason.x`),
// and placeholder values written `@key` resolved as messages themselves (@field.party → 当事人).
import type { Cite } from '../../catalogue/types.ts';
import type { Finding } from '../../engine/report.ts';
import { format, type Locale, type Messages } from '../locale.ts';
import { messages as en } from './en.ts';
import { messages as zhCN } from './zh-CN.ts';

export const RULE_MESSAGES: Readonly<Record<Locale, Messages>> = { 'zh-CN': zhCN, en };

/** The message, or undefined; English falls back to Chinese (the source) rather than to a bare key. */
export function lookup(locale: Locale, key: string): string | undefined {
  return RULE_MESSAGES[locale][key] ?? RULE_MESSAGES['zh-CN'][key];
}

/** A message with its placeholders filled; an unknown key shows itself so it gets noticed. */
export function message(locale: Locale, key: string, data: Record<string, string | number> = {}): string {
  return format(lookup(locale, key) ?? key, data);
}

export type RuleText = 'title' | 'failureTitle' | 'description' | 'fix' | 'manual';

export function ruleText(locale: Locale, id: string, part: RuleText): string {
  return message(locale, `${id}.${part}`);
}

/** `<id>.<key>` when the rule words it its own way, else the shared `<key>`. */
export function scopedKey(locale: Locale, id: string, key: string): string | undefined {
  const own = `${id}.${key}`;
  if (lookup(locale, own) !== undefined) return own;
  return lookup(locale, key) !== undefined ? key : undefined;
}

/**
 * The sentence a finding says, in `locale`. Data written in several languages carries one value per locale
 * under `<name>@<locale>` (problem@zh-CN, problem@en), filling `{name}`.
 */
export function findingText(locale: Locale, id: string, finding: Pick<Finding, 'reason' | 'data'>): string {
  const data: Record<string, string | number> = {};
  for (const [qualified, value] of Object.entries(finding.data)) {
    const [name, valueLocale] = qualified.split('@') as [string, string | undefined];
    if (valueLocale !== undefined) {
      if (valueLocale === locale) data[name] = value;
      continue;
    }
    const key = typeof value === 'string' && value.startsWith('@') ? scopedKey(locale, id, value.slice(1)) : undefined;
    data[name] ??= key ? message(locale, key) : value;
  }
  const key = scopedKey(locale, id, `reason.${finding.reason}`) ?? `${id}.reason.${finding.reason}`;
  return message(locale, key, data);
}

/** 《杭州市行政执法公示办法》6(1) / Hangzhou Measures … art. 6(1). */
export function citeText(locale: Locale, cite: Cite): string {
  const name = message(locale, `doc.${cite.doc}`);
  return locale === 'en' ? `${name}, ${cite.article}` : `《${name}》${cite.article}`;
}
