// <details> blocks (articles, power-list items, service guides): a clear, large summary target with its state
// shown by a turning triangle; opened for print by the widgets (isPrinting).
import { css } from 'lit';

export const disclosureStyles = css`
  details {
    border-bottom: var(--border-width) solid var(--border-color);
    padding: calc(var(--spacing) / 2) 0;
  }
  summary {
    cursor: pointer;
    color: var(--link-color);
    font-weight: 700;
    min-height: 1.5em;
    padding: calc(var(--spacing) / 2) 0;
  }
  summary:hover {
    text-decoration: underline;
  }
  details[open] > summary {
    margin-bottom: var(--spacing);
  }
  details > :not(summary) {
    padding-inline-start: calc(var(--spacing) * 2.5);
  }
  @media print {
    summary {
      color: inherit;
      list-style: none;
    }
  }
`;
