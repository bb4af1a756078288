import type { Lane } from './event-index.js';
import { DEFAULT_METRICS, type LayoutInput, type LayoutMetrics } from './layout-types.js';

/** The most marks a stack shows beside a vertical axis, where it grows towards the labels. */
export const BESIDE_STACK = 3;

/**
 * What every stage of one layout reads: its input, the sizes in force and the time scale, so
 * that stages are plain functions of it rather than closures over one long function's locals.
 */
export interface LayoutContext {
  input: LayoutInput;
  /** The input's metrics, else the defaults. */
  metrics: LayoutMetrics;
  /** Wall-clock milliseconds to plot x. */
  x: (t: number) => number;
  /** Height of the era strips at the top of the plot. */
  eraStripHeight: number;
  /** Where the time axis runs, below every lane. */
  axisY: number;
  /** At least one: without events the plot still has its (empty) lane. */
  laneCount: number;
  laneHeight: number;
  /** Height of a lane's name strip: 0 unless the events are grouped into lanes. */
  header: number;
  /** Height of a label box (title and date lines, with padding). */
  labelHeight: number;
}

export function layoutContext(input: LayoutInput): LayoutContext {
  const metrics = input.metrics ?? DEFAULT_METRICS;
  const { width, height, index, domain } = input;
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  const eraStripHeight = index.eraRowCount * metrics.eraRowHeight;
  const axisY = height - metrics.axisHeight;
  const laneCount = Math.max(1, index.lanes.length);
  return {
    input,
    metrics,
    x: (t) => (t - d0) * k,
    eraStripHeight,
    axisY,
    laneCount,
    laneHeight: Math.max(0, axisY - eraStripHeight) / laneCount,
    header: index.grouped ? metrics.laneHeaderHeight : 0,
    labelHeight: metrics.titleLineHeight + metrics.dateLineHeight + 2 * metrics.labelPaddingY,
  };
}

/** Vertical geometry of one lane. */
export interface LaneFrame {
  top: number;
  labelsBottom: number;
  baselineY: number;
  rangeTop: number;
  rangeRowHeight: number;
  maxRangeRows: number;
  rowCount: number;
}

/** Height the lane's range rows take below its baseline. */
function rangeSpaceOf({ metrics: m, laneHeight, header }: LayoutContext, lane: Lane): number {
  const rows = lane.rangeRows.length;
  // Ranges take at most a share of the lane; beyond that their bars get thinner.
  return Math.min(rows * m.rangeRowHeight, Math.max(0, (laneHeight - header) * m.rangeShare));
}

/** Where a lane starting at `top` has its label rows, baseline and range rows. */
export function laneFrame(ctx: LayoutContext, lane: Lane, top: number): LaneFrame {
  const { metrics: m, laneHeight, header, labelHeight } = ctx;
  const rangeSpace = rangeSpaceOf(ctx, lane);
  const rows = lane.rangeRows.length;
  const maxRangeRows = Math.max(1, Math.floor(rangeSpace / m.minRangeRowHeight));
  const shownRows = Math.min(rows, maxRangeRows);
  const baselineY = top + laneHeight - rangeSpace - m.markRadius - 8;
  // Beside a vertical axis, labels keep clear of the tallest stack and the largest cluster.
  const labelsBottom =
    baselineY -
    (ctx.input.placeBeside
      ? Math.max(clusterRadius(1e6), (BESIDE_STACK - 1) * m.stackStep + m.markRadius)
      : m.markRadius) -
    m.rowGap;
  const labelsTop = top + header + m.rowGap;
  const rowCount = Math.max(
    0,
    Math.floor((labelsBottom - labelsTop + m.rowGap) / (labelHeight + m.rowGap)),
  );
  return {
    top,
    labelsBottom,
    baselineY,
    rangeTop: baselineY + m.markRadius + 8,
    rangeRowHeight: shownRows > 0 ? rangeSpace / shownRows : 0,
    maxRangeRows,
    rowCount,
  };
}

/** Top of a lane's label row `row`, counted upwards from the row nearest the marks. */
export function labelRowTop(ctx: LayoutContext, frame: LaneFrame, row: number): number {
  return frame.labelsBottom - row * (ctx.labelHeight + ctx.metrics.rowGap) - ctx.labelHeight;
}

/** Radius of a cluster mark: grows with the logarithm of its count. */
export function clusterRadius(count: number): number {
  return Math.min(18, 9 + 2.5 * Math.log10(count));
}
