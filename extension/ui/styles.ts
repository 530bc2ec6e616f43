// Styles shared by the side panel's and the options page's elements: system fonts, visible focus, outcome
// badges that carry a symbol and a word (never colour alone), and forced-colors support.
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    color: var(--ink, #0b0c0c);
    font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  }
  * { box-sizing: border-box; }
  h1, h2, h3, h4 { margin: 0.75em 0 0.25em; line-height: 1.25; }
  h1 { font-size: 1.25rem; }
  h2 { font-size: 1.1rem; }
  h3 { font-size: 1rem; }
  p { margin: 0.25em 0 0.5em; }
  a { color: #1d4ed8; }
  button, select, input, textarea { font: inherit; }
  button {
    cursor: pointer; border: 1px solid #505a5f; background: #f3f2f1; color: inherit; border-radius: 4px;
    padding: 0.2em 0.6em; min-height: 2em;
  }
  button.primary { background: #00703c; border-color: #005a30; color: #fff; font-weight: 600; }
  button.danger { background: #fff; border-color: #d4351c; color: #a3260f; }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  :focus-visible { outline: 3px solid #ffdd00; outline-offset: 1px; box-shadow: 0 0 0 5px #0b0c0c; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .muted { color: #505a5f; }
  .row { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
  .badge {
    display: inline-flex; align-items: center; gap: 0.25em; padding: 0 0.45em; border-radius: 3px;
    border: 1px solid currentColor; font-size: 0.85em; font-weight: 600; white-space: nowrap;
  }
  .badge.fail { color: #a3260f; background: #fdecea; }
  .badge.review { color: #6a4a00; background: #fff4d6; }
  .badge.pass { color: #005a30; background: #e6f4ea; }
  .badge.inapplicable { color: #505a5f; background: #f3f2f1; }
  .badge.error { color: #5c2d91; background: #f1e9fb; }
  .alert { border-left: 5px solid #d4351c; background: #fdecea; padding: 0.5em 0.75em; margin: 0.5em 0; }
  .note { border-left: 5px solid #1d70b8; background: #eef4fb; padding: 0.5em 0.75em; margin: 0.5em 0; }
  .snippet { font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace; font-size: 0.85em; background: #f3f2f1; padding: 0.1em 0.3em; word-break: break-all; }
  @media (forced-colors: active) {
    .badge, button { border: 1px solid CanvasText; }
    .alert, .note { border-left-color: CanvasText; }
  }
`;
