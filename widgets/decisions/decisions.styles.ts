import { css } from 'lit';

export const decisionsStyles = css`
  .summary {
    margin: 0 0 var(--spacing);
  }
  .open {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
    font: inherit;
    cursor: pointer;
  }
  .open[aria-expanded='true'] {
    font-weight: 700;
  }
  .detail > td {
    background: var(--surface);
    padding: var(--spacing) calc(var(--spacing) * 2);
  }
  .close {
    margin-block-start: var(--spacing);
  }
  td.date,
  th.date {
    white-space: nowrap;
  }
  @media print {
    .open {
      color: inherit;
      text-decoration: none;
    }
  }
`;
