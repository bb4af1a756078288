import { css } from 'lit';

/**
 * Marks: points, ranges, eras, clusters and how focus and selection show on them; the bands of
 * swimlanes and the periods of month- or year-precise dates.
 */
export const markStyles = css`
  .mark {
    cursor: pointer;
    outline: none;
  }
  .mark .dot {
    fill: var(--color);
    stroke: var(--ai-timeline-background);
    stroke-width: 2;
  }
  .mark .focus-ring {
    fill: none;
    stroke: none;
  }
  /* Selected: ringed in its colour; focused (selected or not): in the focus colour (below). */
  .mark.selected .focus-ring {
    stroke: var(--color);
    stroke-width: 2;
  }
  rect.mark.range {
    fill: var(--color);
  }
  .era-band {
    pointer-events: none; /* the strip is the era's handle; the band is background */
    fill: var(--color);
    opacity: var(--ai-timeline-era-opacity);
  }
  .era-strip {
    fill: var(--color);
    opacity: 0.22;
  }
  .mark.era:hover .era-strip,
  .mark.era.selected .era-strip {
    opacity: 0.4;
  }
  .mark.era:focus-visible .era-strip {
    opacity: 0.5;
  }
  .era-name {
    cursor: pointer;
    fill: var(--ai-timeline-text);
    font-size: var(--ai-timeline-small-font-size);
    font-weight: 600;
  }
  .era-date {
    fill: var(--ai-timeline-muted);
    font-weight: 400;
  }
  /* Clusters: events merged because they would collide at this zoom */
  .cluster-body {
    fill: var(--ai-timeline-label-background);
    stroke: var(--ai-timeline-muted);
  }
  rect.cluster.bar {
    fill: var(--ai-timeline-muted);
    fill-opacity: 0.4;
    stroke: none;
  }
  .cluster-ring circle {
    fill: none;
    stroke: var(--color);
    stroke-width: 3;
  }
  .cluster-count {
    fill: var(--ai-timeline-text);
    font-size: calc(var(--ai-timeline-small-font-size) - 1px);
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }
  /* Focused and selected marks (a selected point is ringed in its colour, above). */
  .mark:focus-visible .focus-ring,
  rect.mark.range:focus-visible,
  rect.mark.range.selected,
  .mark.era:focus-visible .era-strip,
  .cluster:hover .cluster-body,
  .cluster:focus-visible .cluster-body,
  rect.cluster:hover,
  rect.cluster:focus-visible {
    stroke: var(--ai-timeline-focus);
    stroke-width: 2;
  }

  /* Swimlanes (group-by) */
  .lane-band {
    fill: none;
  }
  [part~='lane'].odd .lane-band {
    fill: var(--ai-timeline-grid);
    fill-opacity: 0.5;
  }
  .lane-name {
    fill: var(--ai-timeline-muted);
    font-size: var(--ai-timeline-small-font-size);
    font-weight: 700;
    letter-spacing: 0.02em;
  }

  .period {
    stroke: var(--ai-timeline-muted);
    stroke-width: 2;
    stroke-linecap: round;
    opacity: 0.45;
  }
`;
