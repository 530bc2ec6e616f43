// The extension's UI strings (shared/i18n/extension) in the language the user chose. `auto` follows the
// browser's UI language: English for en*, Chinese otherwise. _locales holds only the manifest's strings.
import en from '../shared/i18n/extension/en.ts';
import zhCN from '../shared/i18n/extension/zh-CN.ts';
import { format, localeFor, type Locale } from '../shared/i18n/locale.ts';

export type ExtensionMessageKey = keyof typeof zhCN;

const CATALOGUES: Record<Locale, Readonly<Record<string, string>>> = { 'zh-CN': zhCN, en };

/** A message with {placeholders} filled; the key itself when no catalogue has it (so a gap is visible). */
export function t(locale: Locale, key: string, data?: Record<string, string | number>): string {
  return format(CATALOGUES[locale][key] ?? zhCN[key as ExtensionMessageKey] ?? key, data);
}

export function hasMessage(locale: Locale, key: string): boolean {
  return key in CATALOGUES[locale];
}

export function uiLocale(setting: 'auto' | Locale, browserLanguage = chrome.i18n.getUILanguage()): Locale {
  return setting === 'auto' ? localeFor(browserLanguage) : setting;
}
