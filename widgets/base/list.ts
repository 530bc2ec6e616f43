// Pure helpers for long lists (officers, decisions): normalised search text, locale-aware sorting, page maths.
import type { Locale } from '../../shared/i18n/locale.ts';

/** Lower-cased, whitespace-free, full-width digits and letters folded to ASCII: how queries and keys compare. */
export function searchKey(...parts: unknown[]): string {
  return parts
    .filter((part) => part !== undefined && part !== null)
    .map(String)
    .join('\u0000')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
}

const collators = new Map<Locale, Intl.Collator>();

/** Chinese text sorts by pinyin (ICU's zh collation), numbers inside strings by value. */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale === 'en' ? 'en' : 'zh-CN', { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

export interface PageSlice<T> {
  items: T[];
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown (0 and 0 for an empty list). */
  from: number;
  to: number;
}

/** The page of `items` to show, with `page` clamped to the pages that exist. */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageSlice<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page: current, pages, from: shown.length ? start + 1 : 0, to: start + shown.length };
}

/** Page numbers for a pager: first, last, and the current page's neighbours; `null` marks a gap (…). */
export function pageWindow(page: number, pages: number, radius = 1): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let each = page - radius; each <= page + radius; each += 1) if (each >= 1 && each <= pages) shown.add(each);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [index, each] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && each - previous > 1) result.push(null);
    result.push(each);
  }
  return result;
}
