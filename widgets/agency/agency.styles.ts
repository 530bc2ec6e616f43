import { css } from 'lit';

export const agencyStyles = css`
  .agency-name {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 var(--spacing);
  }
  .block {
    margin-top: calc(var(--spacing) * 3);
  }
  .organization {
    border-inline-start: 4px solid var(--accent-color);
    padding-inline-start: calc(var(--spacing) * 2);
    margin-top: calc(var(--spacing) * 2);
  }
`;
