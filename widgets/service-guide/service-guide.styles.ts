import { css } from 'lit';

export const serviceGuideStyles = css`
  .guides {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .guide-code {
    font-weight: 400;
    color: var(--muted-color);
    margin-inline-start: 0.5em;
    font-size: 0.875em;
  }
  ol.steps {
    margin: 0 0 var(--spacing);
    padding-inline-start: 1.75em;
  }
`;
