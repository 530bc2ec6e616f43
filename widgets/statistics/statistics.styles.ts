import { css } from 'lit';

export const statisticsStyles = css`
  .chart {
    display: block;
    width: 100%;
    max-width: 48rem;
    height: auto;
    margin: 0 0 calc(var(--spacing) * 2);
    font-size: 15px; /* the viewBox unit; the chart scales with its width */
  }
  .chart text {
    fill: var(--text-color);
  }
  .chart rect {
    fill: var(--bar-color, var(--accent-color));
  }
  .chart .no-number .value {
    font-style: italic;
  }
  td.no-power,
  td.not-reported {
    font-style: italic;
    color: var(--muted-color);
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
    border-top: calc(var(--border-width) * 2) solid var(--text-color);
  }
  @media print {
    .chart rect {
      fill: #000000;
    }
  }
`;
