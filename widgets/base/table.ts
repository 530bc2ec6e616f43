// A data table in a region that scrolls sideways on narrow screens: focusable so keyboard users can scroll it,
// named so screen-reader users know what they are in, with column headers and (usually) a visible caption.
import { html, nothing, type TemplateResult } from 'lit';

export type Column = string | { text: string; className: string };

export function scrollingTable(label: string, part: string, columns: readonly Column[], rows: unknown, caption: 'shown' | 'hidden' | 'none' = 'shown'): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-label=${label} tabindex="0">
    <table part=${part}>
      ${caption === 'none' ? nothing : html`<caption class=${caption === 'hidden' ? 'visually-hidden' : ''}>${label}</caption>`}
      <thead>
        <tr>
          ${columns.map((column) => (typeof column === 'string' ? html`<th scope="col">${column}</th>` : html`<th scope="col" class=${column.className}>${column.text}</th>`))}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
