import { css, unsafeCSS } from 'lit';
import { PALETTE_SIZE } from './model/categories.js';

/** `.cat-N` gives an event the colour of category N (see CategoryPalette). */
const categoryClasses = unsafeCSS(
  Array.from(
    { length: PALETTE_SIZE },
    (_, i) => `.cat-${i + 1}{--color:var(--ai-timeline-category-${i + 1})}`,
  ).join(''),
);

/** The dark theme's tokens, used by theme="dark" and by theme="auto" in a dark system setting. */
const darkTokens = css`
  --ai-timeline-background: #15171a;
  --ai-timeline-surface: #1f2226;
  --ai-timeline-text: #ececec;
  --ai-timeline-muted: #a8a8a8;
  --ai-timeline-border: #3a3e44;
  --ai-timeline-grid: #262a2f;
  --ai-timeline-axis: #c8c8c8;
  --ai-timeline-accent: #7cb4ff;
  --ai-timeline-focus: #9cc7ff;
  --ai-timeline-label-background: #1b1e22;
  --ai-timeline-era-opacity: 0.14;
  --ai-timeline-uncategorised: #a3a3a3;
  --ai-timeline-category-1: #5385c9;
  --ai-timeline-category-2: #fe996c;
  --ai-timeline-category-3: #3dd2a6;
  --ai-timeline-category-4: #ffade3;
  --ai-timeline-category-5: #fcd447;
  --ai-timeline-category-6: #748c46;
  --ai-timeline-category-7: #b29cfc;
  --ai-timeline-category-8: #fb617d;
  color-scheme: dark;
`;

/**
 * Styles of <ai-timeline>. Every colour, font and size is a `--ai-timeline-*` custom property
 * with its default set on :host, so a page themes the element without touching its internals.
 */
export const timelineStyles = css`
  :host {
    --ai-timeline-font-family: system-ui, sans-serif;
    --ai-timeline-font-size: 14px;
    --ai-timeline-label-font-size: 13px;
    --ai-timeline-label-font-weight: 600;
    --ai-timeline-small-font-size: 12px;
    --ai-timeline-control-size: 32px;
    --ai-timeline-plot-height: 380px;
    --ai-timeline-vertical-plot-height: clamp(420px, 80vh, 800px);
    --ai-timeline-lane-min-height: 120px;
    --ai-timeline-list-max-height: 440px;
    --ai-timeline-background: #ffffff;
    --ai-timeline-surface: #f5f5f2;
    --ai-timeline-text: #1a1a1a;
    --ai-timeline-muted: #5b5b5b;
    --ai-timeline-border: #d6d6d0;
    --ai-timeline-grid: #ecece6;
    --ai-timeline-axis: #3d3d3d;
    --ai-timeline-accent: #1f5fa8;
    --ai-timeline-focus: #1f5fa8;
    --ai-timeline-label-background: #ffffff;
    --ai-timeline-era-opacity: 0.08;
    --ai-timeline-uncategorised: #6b6b6b;
    --ai-timeline-category-1: #0c6eca;
    --ai-timeline-category-2: #d87246;
    --ai-timeline-category-3: #007854;
    --ai-timeline-category-4: #a5238f;
    --ai-timeline-category-5: #a16205;
    --ai-timeline-category-6: #0594cd;
    --ai-timeline-category-7: #5610e7;
    --ai-timeline-category-8: #d11454;
    --ai-timeline-radius: 6px;
    --ai-timeline-warning: #c9a227;
    --ai-timeline-shadow: 0 4px 14px #0003;

    display: block;
    position: relative;
    color: var(--ai-timeline-text);
    background: var(--ai-timeline-background);
    font-family: var(--ai-timeline-font-family);
    font-size: var(--ai-timeline-font-size);
    line-height: 1.4;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${darkTokens}
    }
  }

  * {
    box-sizing: border-box;
  }
  /* Hidden pieces stay hidden whatever a page's ::part() rules say. */
  [hidden] {
    display: none !important;
  }

  .cat-0 {
    --color: var(--ai-timeline-uncategorised);
  }
  ${categoryClasses}

  /* Header: heading, legend and controls */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 0 0 8px;
  }
  [part='heading'] {
    flex: 1 1 100%;
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    flex: auto;
    color: var(--ai-timeline-muted);
    font-size: 0.9em;
  }
  [part='legend'] li,
  .detail-category {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    width: 12px;
    height: 12px;
    fill: var(--color);
    flex: none;
  }
  [part='controls'] {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-inline-start: auto;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part='controls'] button {
    white-space: nowrap;
    min-width: var(--ai-timeline-control-size);
    height: var(--ai-timeline-control-size);
    padding: 0 10px;
    border: 1px solid var(--ai-timeline-border);
    border-radius: var(--ai-timeline-radius);
    background: var(--ai-timeline-surface);
    font-size: 0.95em;
    line-height: 1;
  }
  [part='controls'] button:hover {
    border-color: var(--ai-timeline-muted);
  }
  [part='controls'] button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  [part='story'] {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin-right: 8px;
  }
  .story-counter {
    min-width: 5.5em;
    text-align: center;
    color: var(--ai-timeline-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  :focus-visible {
    outline: 2px solid var(--ai-timeline-focus);
    outline-offset: 2px;
  }

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

  /* Overview (its drawing's styles come with its code: render/overview-renderer.ts) */
  [part='overview'] {
    height: 52px;
    margin-top: 6px;
  }

  /* The wheel hint ("Ctrl + scroll to zoom") */
  [part='hint'] {
    position: absolute;
    left: 50%;
    top: 45%;
    z-index: 3;
    padding: 8px 14px;
    border-radius: var(--ai-timeline-radius);
    background: color-mix(in srgb, var(--ai-timeline-text) 88%, #0000);
    color: var(--ai-timeline-background);
    font-weight: 600;
    pointer-events: none;
    transform: translate(-50%, -50%);
  }

  [part='status'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--ai-timeline-muted);
    pointer-events: none;
  }

  /* Tooltip: positioned by the element (CSSOM, never a style attribute) */
  [part='tooltip'] {
    position: absolute;
    z-index: 2;
    max-width: min(320px, 90%);
    padding: 8px 10px;
    border: 1px solid var(--ai-timeline-border);
    border-radius: var(--ai-timeline-radius);
    background: var(--ai-timeline-background);
    box-shadow: var(--ai-timeline-shadow);
    pointer-events: none;
    font-size: 0.9em;
    transform: translate(-50%, calc(-100% - 12px));
  }
  .tooltip-title {
    font-weight: 700;
  }
  .tooltip-meta {
    color: var(--ai-timeline-muted);
  }

  /* Detail panel: its styles come with its code (render/detail-panel.ts) */
  .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    width: 30px;
    height: 30px;
    border: 0;
    border-radius: 50%;
    background: #0000;
    font-size: 1.2em;
    line-height: 1;
  }
  .close:hover {
    background: var(--ai-timeline-border);
  }

  /* User strings run in their own direction (dir=auto), aligned as the interface is. */
  [dir='auto'] {
    text-align: -webkit-match-parent; /* Chromium and WebKit */
    text-align: match-parent;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  /*
   * Right to left (dir="rtl", set or inherited): time runs from right to left. The whole plot is
   * mirrored, so zoom and drag keep following the pointer; the renderer mirrors each text back.
   */
  .plot-svg.rtl {
    transform: scaleX(-1);
  }

  /*
   * Vertical: the renderer lays the plot out with time along its width and the styles turn it a
   * quarter clockwise (time running down, the axis on the left), or transpose it right to left
   * (the axis on the right). The svg keeps the size of its frame; gestures follow the pointer.
   */
  [part='plot'].vertical {
    height: var(--ai-timeline-vertical-plot-height);
  }
  .plot-svg.down {
    inset: 0 auto auto 0;
    width: auto;
    height: auto;
    transform-origin: 0 0;
    transform: rotate(90deg) translateY(-100%);
  }
  .plot-svg.down.rtl {
    transform: matrix(0, 1, 1, 0, 0, 0);
  }

  /* Windows high contrast and other forced colours: the system's colours, marks still visible. */
  @media (forced-colors: active) {
    .swatch,
    .mark .dot,
    rect.mark.range,
    rect.cluster.bar,
    .cluster-ring circle,
    .stem,
    .period {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .mark .dot {
      stroke: Canvas;
    }
    .cluster-ring circle {
      fill: none;
    }
    .cluster-body,
    .label-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .label-title,
    .label-date,
    .cluster-count,
    .era-name,
    .lane-name,
    [part~='axis'] .tick text {
      fill: CanvasText;
    }
    .era-band,
    .era-strip {
      fill: GrayText;
    }
    .mark.selected .focus-ring,
    .mark:focus-visible .focus-ring,
    .label.selected .label-box,
    rect.mark.range.selected,
    .cluster:focus-visible .cluster-body {
      stroke: Highlight;
      stroke-width: 3;
    }
  }
`;
