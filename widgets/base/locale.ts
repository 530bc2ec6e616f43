// The widget's language: its own `lang`, else the closest [lang] ancestor (crossing shadow roots, so a widget
// inside another widget follows it), else zh-CN. One document-wide observer re-renders widgets when an
// ancestor's lang changes (a site's 中文/English switch sets <html lang>).
import { localeFor, type Locale } from '../../shared/i18n/locale.ts';

export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return localeFor(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'zh-CN';
}

interface LangListener {
  onAncestorLangChange(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** Starts telling `listener` about lang changes anywhere in the document (one observer for all widgets). */
export function watchLang(listener: LangListener): void {
  listeners.add(listener);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const each of listeners) each.onAncestorLangChange();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
