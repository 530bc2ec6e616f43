import { css } from 'lit';

export const powerListStyles = css`
  .items {
    list-style: none;
    margin: 0 0 var(--spacing);
    padding: 0;
  }
  .item-category {
    font-weight: 400;
    color: var(--muted-color);
    margin-inline-start: 0.5em;
  }
  .summary {
    font-weight: 700;
  }
`;
