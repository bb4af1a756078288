import type { Lane } from './event-index.js';
import {
  DEFAULT_METRICS,
  type LayoutInput,
  type LayoutMetrics,
  type TimelineLayout,
} from './layout-types.js';
import { RowOccupancy } from './row-occupancy.js';

/** The most marks a stack shows beside a vertical axis, where it grows towards the labels. */
export const BESIDE_STACK = 3;

/**
 * One layout in the making: its input (metrics resolved), the sizes and time scale that follow
 * from it, which every stage reads, and the layout the stages fill. Stages are plain functions
 * of it rather than closures over one long function's locals.
 */
export interface LayoutContext extends LayoutInput {
  /** The input's metrics, else the defaults. */
  metrics: LayoutMetrics;
  /** What the stages have placed so far; each adds its marks, bands or labels. */
  layout: TimelineLayout;
  /** Wall-clock milliseconds to plot x. */
  x: (t: number) => number;
  /** Height of the era strips at the top of the plot. */
  eraStripHeight: number;
  /** At least one: without events the plot still has its (empty) lane. */
  laneCount: number;
  laneHeight: number;
  /** Height of a label box (title and date lines, with padding). */
  labelHeight: number;
}

/** A layout's context, with nothing placed yet. */
export function layoutContext(input: LayoutInput): LayoutContext {
  const metrics = input.metrics ?? DEFAULT_METRICS;
  const { width, height, index, domain } = input;
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  const eraStripHeight = index.eraRowCount * metrics.eraRowHeight;
  const axisY = height - metrics.axisHeight;
  const laneCount = Math.max(1, index.lanes.length);
  return {
    ...input,
    metrics,
    layout: {
      eras: [],
      bars: [],
      points: [],
      clusters: [],
      labels: [],
      lanes: [],
      unlabelled: [],
      baselineY: 0,
      axisY,
      labelRowCount: 0,
      metrics,
    },
    x: (t) => (t - d0) * k,
    eraStripHeight,
    laneCount,
    laneHeight: Math.max(0, axisY - eraStripHeight) / laneCount,
    labelHeight: metrics.titleLineHeight + metrics.dateLineHeight + 2 * metrics.labelPaddingY,
  };
}

/** One lane in the making: its index, its vertical geometry, and what its label rows hold. */
export interface LaneFrame {
  index: number;
  /** Per label row (0 nearest the marks): marks rising into it, labels and leader lines so far. */
  occupancy: RowOccupancy[];
  top: number;
  /** Highest a label may reach: below the lane's name strip, if any. */
  labelsTop: number;
  labelsBottom: number;
  baselineY: number;
  rangeTop: number;
  rangeRowHeight: number;
  maxRangeRows: number;
  rowCount: number;
}

/** Where lane `laneIndex` sits, and where it has its label rows, baseline and range rows. */
export function laneFrame(ctx: LayoutContext, lane: Lane, laneIndex: number): LaneFrame {
  const { metrics: m, laneHeight, labelHeight } = ctx;
  // Beside a vertical axis the first lane is the one next to the axis, so that lanes read from
  // the axis outwards (left to right, or right to left) as they read from the top otherwise.
  const slot = ctx.placeBeside ? ctx.laneCount - 1 - laneIndex : laneIndex;
  const top = ctx.eraStripHeight + slot * laneHeight;
  const header = ctx.index.grouped ? m.laneHeaderHeight : 0;
  const rows = lane.rangeRows.length;
  // Ranges take at most a share of the lane; beyond that their bars get thinner.
  const rangeSpace = Math.min(
    rows * m.rangeRowHeight,
    Math.max(0, (laneHeight - header) * m.rangeShare),
  );
  const maxRangeRows = Math.max(1, Math.floor(rangeSpace / m.minRangeRowHeight));
  const shownRows = Math.min(rows, maxRangeRows);
  const baselineY = top + laneHeight - rangeSpace - m.markRadius - 8;
  // Beside a vertical axis, labels keep clear of the tallest stack and the largest cluster.
  const labelsBottom =
    baselineY -
    (ctx.placeBeside
      ? Math.max(clusterRadius(1e6), (BESIDE_STACK - 1) * m.stackStep + m.markRadius)
      : m.markRadius) -
    m.rowGap;
  const labelsTop = top + header + m.rowGap;
  const rowCount = Math.max(
    0,
    Math.floor((labelsBottom - labelsTop + m.rowGap) / (labelHeight + m.rowGap)),
  );
  return {
    index: laneIndex,
    occupancy: Array.from({ length: rowCount }, () => new RowOccupancy()),
    top,
    labelsTop,
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
