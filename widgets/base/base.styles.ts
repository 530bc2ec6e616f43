// Styles every widget shares: tokens → unprefixed host properties, the large-text (适老化) and high-contrast
// modes, tables, field lists, controls, states, and the print stylesheet (a clean 公示栏 printout).
import { css } from 'lit';

export const baseStyles = css`
  :host {
    /* Unprefixed, per-element overridable properties, each defaulting to a global --zfgs-* token. */
    --font-family: var(--zfgs-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --font-size: calc(var(--zfgs-font-size, 1rem) * var(--zfgs-text-scale, 1));
    --line-height: var(--zfgs-line-height, 1.6);
    --text-color: var(--zfgs-color-text, #0b0c0c);
    --muted-color: var(--zfgs-color-muted, #484949);
    --background: var(--zfgs-color-background, #ffffff);
    --surface: var(--zfgs-color-surface, #f3f2f1);
    --border-color: var(--zfgs-color-border, #b1b4b6);
    --border-width: var(--zfgs-border-width, 1px);
    --link-color: var(--zfgs-color-link, #1d70b8);
    --link-visited-color: var(--zfgs-color-link-visited, #4c2c92);
    --accent-color: var(--zfgs-color-accent, #a51d21);
    --focus-color: var(--zfgs-color-focus, #ffdd00);
    --focus-text-color: var(--zfgs-color-focus-text, #0b0c0c);
    --success-color: var(--zfgs-color-success, #00703c);
    --warning-color: var(--zfgs-color-warning, #8a4b00);
    --danger-color: var(--zfgs-color-danger, #b10e1e);
    --spacing: var(--zfgs-space, 0.5rem);
    --radius: var(--zfgs-radius, 0.25rem);
    --control-height: var(--zfgs-control-height, 2.5rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--font-family);
    font-size: var(--font-size);
    line-height: var(--line-height);
    color: var(--text-color);
    background: var(--background);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([large-text]) {
    --font-size: calc(var(--zfgs-font-size, 1rem) * var(--zfgs-large-text-scale, 1.375));
    --line-height: 1.8;
    --control-height: 3rem;
    --border-width: 2px;
  }
  :host([contrast='high']) {
    --text-color: #000000;
    --muted-color: #000000;
    --background: #ffffff;
    --surface: #ffffff;
    --border-color: #000000;
    --border-width: 2px;
    --link-color: #0000c8;
    --link-visited-color: #4b0082;
    --accent-color: #000000;
    --success-color: #005a30;
    --warning-color: #5c3200;
    --danger-color: #8b0000;
  }
  @media (prefers-contrast: more) {
    :host {
      --muted-color: var(--text-color);
      --border-color: var(--text-color);
      --border-width: 2px;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .heading {
    margin: 0 0 var(--spacing);
    line-height: 1.3;
    color: var(--text-color);
  }
  h1.heading { font-size: 1.75em; }
  h2.heading { font-size: 1.5em; }
  h3.heading { font-size: 1.25em; }
  h4.heading, h5.heading, h6.heading { font-size: 1.0625em; }
  p {
    margin: 0 0 var(--spacing);
  }
  a {
    color: var(--link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--link-visited-color);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--focus-color);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--focus-text-color);
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .meta {
    color: var(--muted-color);
    font-size: 0.875em;
    margin: 0 0 var(--spacing);
  }
  .notice,
  .error {
    padding: var(--spacing) calc(var(--spacing) * 2);
    margin: 0 0 var(--spacing);
    border-inline-start: 5px solid var(--border-color);
    background: var(--surface);
  }
  .error {
    border-color: var(--danger-color);
  }
  .error .heading {
    color: var(--danger-color);
    font-size: 1.125em;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  /* Field lists: label / value pairs (联系方式, 委托事项 …). */
  dl.fields {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: calc(var(--spacing) / 2) calc(var(--spacing) * 2);
    margin: 0 0 var(--spacing);
  }
  dl.fields dt {
    font-weight: 700;
  }
  dl.fields dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    dl.fields {
      grid-template-columns: 1fr;
    }
    dl.fields dd {
      margin-block-end: var(--spacing);
    }
  }
  :host {
    container-type: inline-size;
  }
  ul.plain,
  ol.plain {
    margin: 0 0 var(--spacing);
    padding-inline-start: 1.5em;
  }

  /* Tables scroll sideways inside their own region on narrow screens instead of widening the page. */
  .table-scroll {
    overflow-x: auto;
    margin: 0 0 var(--spacing);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 1em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(var(--spacing) / 2);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--spacing) * 0.75) var(--spacing);
    border-bottom: var(--border-width) solid var(--border-color);
  }
  thead th {
    border-bottom-width: calc(var(--border-width) * 2);
    white-space: nowrap;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* Controls (search, filters, pagers): GOV.UK-sized targets, larger again in large-text mode. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--spacing) calc(var(--spacing) * 2);
    align-items: end;
    margin: 0 0 var(--spacing);
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .control label {
    font-weight: 700;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: var(--control-height);
    color: var(--text-color);
    background: var(--background);
    border: 2px solid var(--text-color);
    border-radius: 0;
    padding: 0 0.5em;
  }
  button {
    background: var(--surface);
    cursor: pointer;
    border-radius: var(--radius);
  }
  button[aria-pressed='true'] {
    background: var(--text-color);
    color: var(--background);
  }
  button[aria-current='page'] {
    background: var(--text-color);
    color: var(--background);
    font-weight: 700;
  }
  .pager {
    align-items: center;
    gap: calc(var(--spacing) / 2);
  }
  .pager button {
    min-width: var(--control-height);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* States spelled in words with an icon beside them, never colour alone. */
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 700;
    white-space: nowrap;
  }
  .state svg {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .state.is-good { color: var(--success-color); }
  .state.is-warning { color: var(--warning-color); }
  .state.is-bad { color: var(--danger-color); }
  .state.is-neutral { color: var(--muted-color); }

  .print-only {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      --text-color: #000000;
      --muted-color: #000000;
      --background: #ffffff;
      --surface: #ffffff;
      --border-color: #000000;
      --link-color: #000000;
      font-size: 11pt;
      container-type: normal;
    }
    .controls,
    .no-print,
    [part~='status'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    a[data-print-url]::after {
      content: ' (' attr(data-print-url) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    tr,
    dl.fields > *,
    li {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;
