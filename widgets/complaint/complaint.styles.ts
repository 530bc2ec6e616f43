import { css } from 'lit';

export const complaintStyles = css`
  .channels {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--spacing) * 2);
  }
  .channel {
    border-inline-start: 4px solid var(--accent-color);
    padding-inline-start: calc(var(--spacing) * 2);
  }
`;
