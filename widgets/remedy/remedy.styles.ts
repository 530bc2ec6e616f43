import { css } from 'lit';

export const remedyStyles = css`
  .routes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr));
    gap: calc(var(--spacing) * 3);
  }
  .deadline {
    font-weight: 700;
    border-inline-start: 5px solid var(--accent-color);
    padding-inline-start: var(--spacing);
  }
  .bodies {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bodies > li + li {
    margin-top: var(--spacing);
  }
  .body-name {
    font-weight: 700;
    margin: 0;
  }
`;
