// A keyboard-usable pager: real buttons, the current page marked with aria-current, gaps shown as an ellipsis.
import { html, nothing, type TemplateResult } from 'lit';
import { pageWindow } from './list.ts';

export interface PagerLabels {
  /** The navigation landmark's name. */
  navigation: string;
  previous: string;
  next: string;
  /** Accessible name of a page button, given its number. */
  page: (page: number) => string;
}

export function pager(page: number, pages: number, labels: PagerLabels, select: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`<nav class="pager controls" part="pager" aria-label=${labels.navigation}>
    <button type="button" part="pager-button" ?disabled=${page <= 1} @click=${() => select(page - 1)}>${labels.previous}</button>
    ${pageWindow(page, pages).map((each) =>
      each === null
        ? html`<span class="pager-gap" aria-hidden="true">…</span>`
        : html`<button type="button" part="pager-button" aria-label=${labels.page(each)} aria-current=${each === page ? 'page' : 'false'} @click=${() => select(each)}>${each}</button>`,
    )}
    <button type="button" part="pager-button" ?disabled=${page >= pages} @click=${() => select(page + 1)}>${labels.next}</button>
  </nav>`;
}
