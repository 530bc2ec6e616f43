import { css } from 'lit';

export const legalBasisStyles = css`
  .documents {
    list-style: none;
    margin: 0 0 calc(var(--spacing) * 2);
    padding: 0;
  }
  .document {
    padding: var(--spacing) 0;
    border-bottom: var(--border-width) solid var(--border-color);
  }
  .document-title {
    font-weight: 700;
    margin: 0;
  }
  .articles li + li {
    margin-top: calc(var(--spacing) / 2);
  }
  .benchmark {
    margin-top: calc(var(--spacing) * 2);
  }
`;
