// Locales and message lookup. Messages live per area (rules, widgets, extension, cli), each in
// shared/i18n/<area>/zh-CN.ts (the source) and en.ts, so a bundle carries only its own area's strings.
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type Messages = Readonly<Record<string, string>>;

/** Picks the locale for a BCP 47 tag: English for en*, Chinese otherwise. */
export function localeFor(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Fills {name} placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
