import { css } from 'lit';

export const staffBoardStyles = css`
  .staff {
    list-style: none;
    margin: 0 0 calc(var(--spacing) * 2);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: calc(var(--spacing) * 2);
  }
  .card {
    display: flex;
    gap: calc(var(--spacing) * 2);
    border: var(--border-width) solid var(--border-color);
    border-top: 4px solid var(--accent-color);
    padding: calc(var(--spacing) * 1.5);
    background: var(--background);
  }
  .card img {
    width: var(--photo-size, 6rem);
    height: calc(var(--photo-size, 6rem) * 4 / 3);
    object-fit: cover;
    flex: none;
    background: var(--surface);
  }
  .card .heading {
    margin-bottom: calc(var(--spacing) / 2);
  }
  .card dl.fields {
    grid-template-columns: max-content 1fr;
  }
  .services {
    border-top: calc(var(--border-width) * 2) solid var(--text-color);
    padding-top: var(--spacing);
  }

  /* Kiosk: one person at a time, large, for hall screens. */
  :host([kiosk]) {
    --font-size: calc(var(--zfgs-font-size, 1rem) * var(--kiosk-scale, 1.75));
    --photo-size: 12rem;
    --control-height: 3.5rem;
  }
  :host([kiosk]) .card {
    animation: appear 0.4s ease-out;
  }
  .kiosk-controls {
    align-items: center;
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
  @media print {
    :host([kiosk]) {
      --font-size: 11pt;
      --photo-size: 6rem;
    }
  }
`;
