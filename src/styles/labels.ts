import { css } from 'lit';

/** Labels and their leader lines (stems). */
export const labelStyles = css`
  .stem {
    stroke: var(--color);
    opacity: 0.8;
    shape-rendering: crispEdges;
  }
  .label {
    cursor: pointer;
  }
  .label-box {
    fill: var(--ai-timeline-label-background);
    stroke: var(--ai-timeline-border);
  }
  .label:hover .label-box,
  .label.selected .label-box {
    stroke: var(--color);
    stroke-width: 1.5;
  }
  /* Inherits the host's font family: the layout measures these two (see TextMeasurer). */
  .label-title {
    fill: var(--ai-timeline-text);
    font-size: var(--ai-timeline-label-font-size);
    font-weight: var(--ai-timeline-label-font-weight);
  }
  .label-date {
    fill: var(--ai-timeline-muted);
    font-size: var(--ai-timeline-small-font-size);
  }
`;
