import { css } from 'lit';

export const disclosureStyles = css`
  .contents {
    border: var(--border-width) solid var(--border-color);
    background: var(--surface);
    padding: var(--spacing) calc(var(--spacing) * 2);
    margin: 0 0 calc(var(--spacing) * 3);
  }
  .contents-heading {
    font-size: 1.0625em;
    margin: 0 0 var(--spacing);
  }
  .contents ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .contents ol ol {
    list-style: none;
    padding-inline-start: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.25em 0 var(--spacing);
  }
  .contents a {
    display: inline-block;
    padding-block: 0.2em;
  }
  .phase {
    margin: 0 0 calc(var(--spacing) * 4);
  }
  .phase-heading {
    border-bottom: 3px solid var(--accent-color);
    padding-bottom: calc(var(--spacing) / 2);
  }
  .block {
    margin: 0 0 calc(var(--spacing) * 3);
    scroll-margin-top: var(--spacing);
  }
  .block:focus {
    outline: none;
  }
  .block:focus-visible {
    outline: 3px solid var(--focus-color);
  }
  .block > * + * {
    margin-block-start: calc(var(--spacing) * 2);
  }
  @media print {
    .contents {
      display: none;
    }
    .phase {
      break-before: page;
    }
    .phase:first-of-type {
      break-before: auto;
    }
  }
`;
