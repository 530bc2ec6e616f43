// Headings at a configurable level (heading-level): a real <hN>, chosen from six static templates, so no
// dynamic tag names (lit/static-html) are needed.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps any attribute value to a heading level 1–6 (2 when unreadable). */
export function headingLevel(value: unknown, offset = 0): HeadingLevel {
  const level = Math.round(Number(value)) + offset;
  if (!Number.isFinite(level)) return 2;
  return Math.min(6, Math.max(1, level)) as HeadingLevel;
}

export function heading(level: HeadingLevel, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class="heading" id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class="heading" id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class="heading" id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class="heading" id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading" id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class="heading" id=${ifDefined(id)}>${content}</h6>`;
  }
}
