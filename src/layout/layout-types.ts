import type { NormalizedEvent } from '../model/types.js';
import type { TimelineIndex } from './event-index.js';

/*
 * What the layout takes and gives: its sizes, its input and the marks, bands and labels it
 * places. Kept apart from the stages that compute them so that every stage (and the vertical
 * label placer, loaded on its own) can name them without importing the orchestration.
 */

/** Sizes that decide the layout, in CSS pixels; the element reads them from its styles. */
export interface LayoutMetrics {
  /** Line heights of a label's title and date lines. */
  titleLineHeight: number;
  dateLineHeight: number;
  labelPaddingX: number;
  labelPaddingY: number;
  /** Vertical gap between label rows, and between the lowest row and the marks. */
  rowGap: number;
  markRadius: number;
  /** Vertical distance between the marks of a stack of same-instant events. */
  stackStep: number;
  /** Closest two marks may sit, centre to centre, before they merge into a cluster. */
  markSpacing: number;
  /** Smallest time bin, in pixels, used to group marks into clusters. */
  clusterCell: number;
  rangeRowHeight: number;
  /** Thinnest range row; lanes with more rows than fit gather the rest into the last row. */
  minRangeRowHeight: number;
  /** Most range bars drawn in the whole plot; nearby bars merge until they fit. */
  barBudget: number;
  eraRowHeight: number;
  /** Height of a swimlane's name strip. */
  laneHeaderHeight: number;
  axisHeight: number;
  /** Half the width of the space a stem keeps clear of labels. */
  stemHalfWidth: number;
  /** Most of a lane's height its range rows take (beyond it, their bars get thinner). */
  rangeShare: number;
}

/** Between an era's name and its dates in the strip. */
export const ERA_DATE_SEPARATOR = ' · ';

export const DEFAULT_METRICS: LayoutMetrics = {
  titleLineHeight: 17,
  dateLineHeight: 15,
  labelPaddingX: 6,
  labelPaddingY: 3,
  rowGap: 6,
  markRadius: 6,
  stackStep: 12,
  markSpacing: 16,
  clusterCell: 40,
  rangeRowHeight: 10,
  minRangeRowHeight: 4,
  barBudget: 600,
  eraRowHeight: 20,
  laneHeaderHeight: 20,
  axisHeight: 30,
  stemHalfWidth: 3,
  rangeShare: 0.25,
};

/**
 * Places the labels of a vertical layout (see beside-labels.ts, loaded when a timeline first
 * turns vertical): candidates in priority order, in one column by the marks.
 */
export type BesideLabelPlacer = (
  candidates: readonly LabelCandidate[],
  column: BesideColumn,
  text: BesideText,
) => { placed: LabelBox[]; waiting: NormalizedEvent[] };

/** The column a lane's labels take beside a vertical axis, in the layout's frame. */
export interface BesideColumn {
  /** Along the time axis: the plot's extent, in pixels. */
  length: number;
  /** Across it (layout y): the label column runs from `top` (far side) to `bottom` (by the marks). */
  top: number;
  bottom: number;
  lane: number;
}

/** What the vertical placer needs to size a label's text. */
export interface BesideText {
  measure: (text: string, role: 'title' | 'date') => number;
  dateText: (event: NormalizedEvent) => string;
  metrics: LayoutMetrics;
}

export interface LayoutInput {
  index: TimelineIndex;
  /** The visible window, in wall-clock milliseconds. */
  domain: readonly [number, number];
  width: number;
  height: number;
  /** Width of a label line; `role` tells the title (bold) from the date. */
  measure: (text: string, role: 'title' | 'date') => number;
  /** The date line of an event's label. */
  dateText: (event: NormalizedEvent) => string;
  /** The visible name of a lane (only used with lanes). */
  laneName?: (key: string | null) => string;
  metrics?: LayoutMetrics;
  /** An event whose label claims room first (the selected one), ahead of importance. */
  firstLabel?: string | null;
  /**
   * Vertical orientation: labels go beside the axis, one column per lane, placed by this.
   * The layout stays in its frame (time along x); the renderer turns it a quarter.
   */
  placeBeside?: BesideLabelPlacer;
}

export interface PointMark {
  event: NormalizedEvent;
  x: number;
  y: number;
  lane: number;
  /** The period its precision covers ("June 2025" spans June), in x. */
  periodX0: number;
  periodX1: number;
}

export interface BarMark {
  event: NormalizedEvent;
  x0: number;
  x1: number;
  y: number;
  height: number;
  lane: number;
}

/** Events merged into one mark because they would collide at this zoom. */
export interface ClusterMark {
  /** Stable while the same events are merged at the same level of detail. */
  key: string;
  /** `circle`: points on the baseline. `bar`: ranges in a row. */
  shape: 'circle' | 'bar';
  lane: number;
  /** Centre; for a circle its radius `r`, for a bar its extent x0–x1 and `height` from `y`. */
  x: number;
  y: number;
  r: number;
  x0: number;
  x1: number;
  height: number;
  count: number;
  /** Earliest start and latest end of its events, in wall-clock milliseconds. */
  start: number;
  end: number;
  /** How many of its events are in each category, most first. */
  categories: { category: string | null; count: number }[];
  /** The most important of its events (then the earliest): it names the cluster. */
  lead: NormalizedEvent;
  /** Its events are `list[from..to)`. */
  list: readonly NormalizedEvent[];
  from: number;
  to: number;
}

export interface EraBand {
  event: NormalizedEvent;
  x0: number;
  x1: number;
  /** Top of its strip, holding the era's name. */
  y: number;
  height: number;
  /** Where the name starts, or null when it does not fit at this zoom. */
  labelX: number | null;
  /** The span's dates, shown after the name when there is room for both; else null. */
  labelDate: string | null;
  /** Width the name (and date, when shown) takes in the strip. */
  labelWidth: number;
}

/** A swimlane: its band and name. */
export interface LaneBand {
  key: string | null;
  name: string;
  y: number;
  height: number;
  baselineY: number;
}

export interface LabelBox {
  /** The labelled event's id. */
  key: string;
  event: NormalizedEvent;
  /** The cluster its leader line runs to, when the event is merged into one. */
  cluster: ClusterMark | null;
  /** Box in plot coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  lane: number;
  row: number;
  title: string;
  /** Beside a vertical axis, the title's lines (it may wrap); else absent (one line). */
  lines?: string[];
  date: string;
  /** Leader line from the mark (y1) up to the label (y2) at x = stemX. */
  stemX: number;
  /** Beside a vertical axis, where a slanting leader line meets its label (else at stemX). */
  stemX2?: number;
  stemY1: number;
  stemY2: number;
  /** Which side of the stem the box hangs: `start` extends right of it, `end` left of it. */
  side: 'start' | 'end';
}

export interface TimelineLayout {
  eras: EraBand[];
  bars: BarMark[];
  points: PointMark[];
  clusters: ClusterMark[];
  labels: LabelBox[];
  lanes: LaneBand[];
  /** Visible single marks whose label waits for more room (zoom in to see it). */
  unlabelled: NormalizedEvent[];
  /** Baseline of the first lane. */
  baselineY: number;
  axisY: number;
  /** Label rows per lane. */
  labelRowCount: number;
  metrics: LayoutMetrics;
}

/** A label waiting for a place: its event, the cluster it labels (if any), and its leader line's foot. */
export interface LabelCandidate {
  key: string;
  event: NormalizedEvent;
  cluster: ClusterMark | null;
  stemX: number;
  stemY1: number;
}
