import { css } from 'lit';

export const decisionStyles = css`
  .full-text {
    margin: 0 0 var(--spacing);
    border: var(--border-width) solid var(--border-color);
  }
  .full-text > summary {
    cursor: pointer;
    padding: var(--spacing) calc(var(--spacing) * 2);
    font-weight: 700;
    background: var(--surface);
    min-height: var(--control-height);
  }
  .full-text-body {
    padding: var(--spacing) calc(var(--spacing) * 2);
  }
  .full-text-body :is(h2, h3, h4, h5, h6) {
    font-size: 1.0625em;
    margin: calc(var(--spacing) * 1.5) 0 var(--spacing);
  }
  .full-text-body table {
    margin: 0 0 var(--spacing);
  }
  .plain-text {
    white-space: pre-wrap;
    font-family: inherit;
    margin: 0;
  }
  .withdrawn {
    border-inline-start-color: var(--warning-color);
  }
  .withdrawn .heading {
    font-size: 1.125em;
  }
  @media print {
    .full-text {
      border: 0;
    }
    .full-text > summary {
      background: none;
      padding: 0;
    }
    .full-text-body {
      padding: 0;
    }
  }
`;
