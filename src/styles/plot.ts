import { css } from 'lit';

/** Plot: the box D3 draws in (.canvas), the svg, the font probes, the grid and the axis. */
export const plotStyles = css`
  /* Plot: D3 draws inside .canvas */
  [part='plot'],
  [part='overview'] {
    position: relative;
    /* A vertical swipe scrolls the page; horizontal swipes and pinches are the timeline's. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  [part='plot'] {
    height: var(--ai-timeline-plot-height);
    /* With lanes (group-by), each lane keeps room for a row of labels. */
    min-height: calc(var(--lane-count, 0) * var(--ai-timeline-lane-min-height) + 60px);
    border-top: 1px solid var(--ai-timeline-border);
    border-bottom: 1px solid var(--ai-timeline-border);
  }
  .canvas,
  .plot-svg {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
  }
  .plot-svg {
    cursor: grab;
    direction: ltr; /* the renderer places right-to-left text itself (see below) */
  }
  .plot-svg:active {
    cursor: grabbing;
  }
  .probes text {
    visibility: hidden;
  }
  .grid line {
    stroke: var(--ai-timeline-grid);
    shape-rendering: crispEdges;
  }
  .grid line.year {
    stroke: var(--ai-timeline-border);
  }
  [part~='axis'] .domain,
  [part~='axis'] .tick line {
    stroke: var(--ai-timeline-axis);
    shape-rendering: crispEdges;
  }
  [part~='axis'] .tick text {
    fill: var(--ai-timeline-muted);
    font-family: var(--ai-timeline-font-family);
    font-size: var(--ai-timeline-small-font-size);
  }
  [part~='axis'] .tick.year text {
    fill: var(--ai-timeline-text);
    font-weight: 700;
  }
`;
