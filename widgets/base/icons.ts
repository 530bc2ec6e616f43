// Small inline icons that go beside words (never alone): decorative to assistive technology, drawn in currentColor
// so they follow the high-contrast palette and forced colours.
import { html, svg, type TemplateResult } from 'lit';

export type IconName = 'check' | 'clock' | 'cross' | 'pause' | 'ban' | 'info' | 'minus' | 'arrow-up' | 'arrow-down' | 'arrows';

const PATHS: Record<IconName, TemplateResult> = {
  check: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  clock: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4v4.3l2.8 1.7" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
  cross: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="currentColor" stroke-width="1.8"/>`,
  pause: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6.3 5v6M9.7 5v6" stroke="currentColor" stroke-width="1.8"/>`,
  ban: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M3.2 12.8l9.6-9.6" stroke="currentColor" stroke-width="1.6"/>`,
  info: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 7v4.5M8 4.3v1.4" stroke="currentColor" stroke-width="1.8"/>`,
  minus: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.5 8h7" stroke="currentColor" stroke-width="1.8"/>`,
  'arrow-up': svg`<path d="M8 3l4 5H4z" fill="currentColor"/>`,
  'arrow-down': svg`<path d="M8 13l4-5H4z" fill="currentColor"/>`,
  arrows: svg`<path d="M8 2l3.5 4h-7zM8 14l3.5-4h-7z" fill="currentColor"/>`,
};

export function icon(name: IconName): TemplateResult {
  return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" class="icon">${PATHS[name]}</svg>`;
}
