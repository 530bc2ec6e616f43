// A horizontal bar chart as SVG: role="img" named by its <title> and described by a <desc> that states every
// figure, so it never carries information the table and the description do not. Bars without a number (no such
// power, not reported) are drawn as words, never as a zero-length bar that would read as 0.
import { html, svg, type TemplateResult } from 'lit';

export interface Bar {
  label: string;
  /** A count, or undefined when the row has words instead (`text`). */
  value?: number;
  /** What is written after the bar: the formatted count or the words. */
  text: string;
}

const BAR_AREA = 330;
const VALUE_WIDTH = 110;
const FONT_SIZE = 15;
const ROW_HEIGHT = 32;
const BAR_HEIGHT = 20;

/** Width a label needs at FONT_SIZE: a full em for CJK and other wide characters, about half for Latin. */
function labelWidth(label: string): number {
  let ems = 0;
  for (const char of label) ems += char.charCodeAt(0) > 0x2e7f ? 1 : 0.56;
  return Math.ceil(ems * FONT_SIZE) + 12;
}

export function barChart(bars: readonly Bar[], title: string, description: string, idPrefix: string): TemplateResult {
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const labelColumn = Math.max(80, ...bars.map((bar) => labelWidth(bar.label)));
  const width = labelColumn + BAR_AREA + VALUE_WIDTH;
  const area = BAR_AREA;
  const height = bars.length * ROW_HEIGHT + 8;
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    viewBox="0 0 ${width} ${height}"
    aria-labelledby="${idPrefix}-title ${idPrefix}-desc"
  >
    <title id="${idPrefix}-title">${title}</title>
    <desc id="${idPrefix}-desc">${description}</desc>
    ${bars.map((bar, index) => {
      const y = index * ROW_HEIGHT + 4;
      const length = bar.value === undefined ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * area);
      return svg`<g class=${bar.value === undefined ? 'bar no-number' : 'bar'}>
        <text x=${labelColumn - 8} y=${y + BAR_HEIGHT / 2} text-anchor="end" dominant-baseline="central">${bar.label}</text>
        <rect x=${labelColumn} y=${y} width=${length} height=${BAR_HEIGHT}></rect>
        <text x=${labelColumn + length + 6} y=${y + BAR_HEIGHT / 2} dominant-baseline="central" class="value">${bar.text}</text>
      </g>`;
    })}
  </svg>`;
}
