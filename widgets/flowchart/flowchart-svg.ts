// Draws a FlowLayout as SVG. Shapes carry the meaning together with the text version (never colour alone):
// rounded terminals for start/end, hexagons for decisions, rectangles for steps, dashed arrows for loops back.
// Every string is a text node (lit escapes it); nothing from the data becomes markup or an attribute name.
import { svg, type SVGTemplateResult } from 'lit';
import type { EdgeRoute, FlowLayout, NodeBox } from './layout.ts';

const smallSize = (fontSize: number) => Math.round(fontSize * 0.86);

function shape(node: NodeBox, fontSize: number): SVGTemplateResult {
  const { x, y, width: w, height: h } = node;
  if (node.kind === 'decision') {
    const inset = fontSize;
    const points = `${x + inset},${y} ${x + w - inset},${y} ${x + w},${y + h / 2} ${x + w - inset},${y + h} ${x + inset},${y + h} ${x},${y + h / 2}`;
    return svg`<polygon class="shape" points=${points}></polygon>`;
  }
  const radius = node.kind === 'step' ? 4 : Math.min(h / 2, fontSize * 1.4);
  return svg`<rect class="shape" x=${x} y=${y} width=${w} height=${h} rx=${radius}></rect>`;
}

function nodeText(node: NodeBox, fontSize: number): SVGTemplateResult {
  const small = smallSize(fontSize);
  const cx = node.x + node.width / 2;
  let baseline = node.y + fontSize * 0.6;
  const label = node.label.map((line) => {
    baseline += fontSize * 1.4;
    return svg`<text class="label" x=${cx} y=${baseline - fontSize * 0.38} font-size=${fontSize}>${line}</text>`;
  });
  const details = node.details.map((line) => {
    baseline += small * 1.4;
    return svg`<text class="detail" x=${cx} y=${baseline - small * 0.38} font-size=${small}>${line}</text>`;
  });
  return svg`${label}${details}`;
}

function edgePath(edge: EdgeRoute): string {
  return edge.points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
}

function edgeLabel(edge: EdgeRoute, fontSize: number): SVGTemplateResult | undefined {
  const label = edge.label;
  if (!label) return undefined;
  const small = smallSize(fontSize);
  return svg`<g class="edge-label">
    <rect x=${label.x - 2} y=${label.y} width=${label.width + 4} height=${label.height}></rect>
    ${label.lines.map((line, i) => svg`<text x=${label.x} y=${label.y + (i + 1) * small * 1.4 - small * 0.38} font-size=${small}>${line}</text>`)}
  </g>`;
}

/** The whole drawing, hidden from assistive technology: the text version beside it is the accessible equivalent. */
export function flowchartSvg(layout: FlowLayout): SVGTemplateResult {
  const { fontSize } = layout;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" part="svg" class="svg" viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width} height=${layout.height} aria-hidden="true" focusable="false">
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path class="arrow-head" d="M0 0L10 5L0 10z"></path>
      </marker>
    </defs>
    <g class="edges">
      ${layout.edges.map((edge) => svg`<path class=${edge.isBack ? 'edge is-back' : 'edge'} d=${edgePath(edge)} marker-end="url(#arrow)"></path>`)}
    </g>
    <g class="nodes">
      ${layout.nodes.map((node) => svg`<g class=${`node kind-${node.kind}`}>${shape(node, fontSize)}${nodeText(node, fontSize)}</g>`)}
    </g>
    <g class="edge-labels">${layout.edges.map((edge) => edgeLabel(edge, fontSize))}</g>
  </svg>`;
}
