// Label / value lists (dl.fields), the shape most disclosure blocks take: rows without a value are left out,
// so optional schema fields never show as empty lines.
import { html, nothing, type TemplateResult } from 'lit';

export type FieldRow = readonly [label: string, value: unknown];

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === nothing) return false;
  return !Array.isArray(value) || value.length > 0;
}

export function fieldList(rows: readonly FieldRow[], part = 'fields'): TemplateResult | typeof nothing {
  const shown = rows.filter(([, value]) => isPresent(value));
  if (shown.length === 0) return nothing;
  return html`<dl class="fields" part=${part}>
    ${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${typeof value === 'object' ? value : String(value)}</dd>`)}
  </dl>`;
}

/** A bulleted list of text items, or nothing for an empty list. */
export function textList(items: readonly unknown[] | undefined, part = 'list'): TemplateResult | typeof nothing {
  if (!items || items.length === 0) return nothing;
  return html`<ul class="plain" part=${part}>${items.map((item) => html`<li>${String(item)}</li>`)}</ul>`;
}
