import { css } from 'lit';

export const flowchartStyles = css`
  :host {
    --flowchart-line-color: var(--zfgs-flowchart-line-color, var(--text-color));
    --flowchart-box-color: var(--zfgs-flowchart-box-color, var(--background));
    --flowchart-terminal-color: var(--zfgs-flowchart-terminal-color, var(--surface));
    --flowchart-decision-color: var(--zfgs-flowchart-decision-color, var(--surface));
  }
  .description {
    margin: 0 0 var(--spacing);
  }
  figure {
    margin: 0 0 var(--spacing);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--spacing);
    align-items: center;
    margin: 0 0 var(--spacing);
  }
  .legend {
    color: var(--muted-color);
    font-size: 0.875em;
    margin: 0;
  }
  /* The drawing keeps its natural size (legible text) and scrolls sideways inside its own region when narrow. */
  .chart {
    overflow-x: auto;
    max-width: 100%;
    border: var(--border-width) solid var(--border-color);
    background: var(--background);
  }
  .svg {
    display: block;
    font-family: var(--font-family);
  }
  .shape {
    fill: var(--flowchart-box-color);
    stroke: var(--flowchart-line-color);
    stroke-width: 1.5;
  }
  .kind-start .shape,
  .kind-end .shape {
    fill: var(--flowchart-terminal-color);
    stroke-width: 2;
  }
  .kind-decision .shape {
    fill: var(--flowchart-decision-color);
  }
  .label,
  .detail {
    fill: var(--text-color);
    text-anchor: middle;
  }
  .detail {
    fill: var(--muted-color);
  }
  .edge {
    fill: none;
    stroke: var(--flowchart-line-color);
    stroke-width: 1.5;
  }
  .edge.is-back {
    stroke-dasharray: 6 4;
  }
  .arrow-head {
    fill: var(--flowchart-line-color);
  }
  .edge-label rect {
    fill: var(--background);
  }
  .edge-label text {
    fill: var(--text-color);
  }
  .steps {
    margin: var(--spacing) 0 0;
    padding-inline-start: 2em;
  }
  .steps > li {
    margin-block-end: var(--spacing);
  }
  .steps .title {
    font-weight: 700;
  }
  .steps .note,
  .steps .details {
    color: var(--muted-color);
  }
  .steps ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .text-heading {
    font-size: 1.0625em;
    margin: calc(var(--spacing) * 2) 0 0;
  }
  /* The text version is always in the accessibility tree; on screen it shows when chosen, and always in print. */
  @media screen {
    .text-version.is-collapsed {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  :host([contrast='high']) .edge,
  :host([contrast='high']) .shape {
    stroke-width: 2.5;
  }
  @media (forced-colors: active) {
    .shape,
    .edge-label rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .edge {
      stroke: CanvasText;
    }
    .arrow-head,
    .label,
    .detail,
    .edge-label text {
      fill: CanvasText;
    }
  }
  @media print {
    .chart {
      overflow: visible;
      border: 0;
    }
    .svg {
      max-width: 100%;
      height: auto;
    }
    figure,
    .chart {
      break-inside: avoid;
    }
  }
`;
