import { css } from 'lit';

export const officersStyles = css`
  .summary {
    font-weight: 700;
  }
  .controls input[type='search'] {
    min-width: min(20em, 100%);
  }
  th button.sort {
    all: unset;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    cursor: pointer;
    font-weight: 700;
    color: var(--link-color);
    min-height: 1.5em;
  }
  th button.sort:focus-visible {
    outline: 3px solid var(--focus-color);
    box-shadow: 0 0 0 5px var(--focus-text-color);
  }
  th button.sort .icon {
    width: 0.75em;
    height: 0.75em;
  }
  tbody th {
    font-weight: 700;
  }
  tr.is-inactive {
    background: var(--row-inactive-background, var(--surface));
  }
  td.missing {
    color: var(--muted-color);
    font-style: italic;
  }
  td.certificate {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media print {
    th button.sort .icon {
      display: none;
    }
    th button.sort {
      color: inherit;
      display: inline;
    }
  }
`;
