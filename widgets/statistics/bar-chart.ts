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

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 110;
const ROW_HEIGHT = 32;
const BAR_HEIGHT = 20;

export function barChart(bars: readonly Bar[], title: string, description: string, idPrefix: string): TemplateResult {
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW_HEIGHT + 8;
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    viewBox="0 0 ${WIDTH} ${height}"
    aria-labelledby="${idPrefix}-title ${idPrefix}-desc"
  >
    <title id="${idPrefix}-title">${title}</title>
    <desc id="${idPrefix}-desc">${description}</desc>
    ${bars.map((bar, index) => {
      const y = index * ROW_HEIGHT + 4;
      const length = bar.value === undefined ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * area);
      return svg`<g class=${bar.value === undefined ? 'bar no-number' : 'bar'}>
        <text x=${LABEL_WIDTH - 8} y=${y + BAR_HEIGHT / 2} text-anchor="end" dominant-baseline="central">${bar.label}</text>
        <rect x=${LABEL_WIDTH} y=${y} width=${length} height=${BAR_HEIGHT}></rect>
        <text x=${LABEL_WIDTH + length + 6} y=${y + BAR_HEIGHT / 2} dominant-baseline="central" class="value">${bar.text}</text>
      </g>`;
    })}
  </svg>`;
}
