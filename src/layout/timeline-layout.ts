import type { NormalizedEvent } from '../model/types.js';
import type { Lane, TimelineIndex } from './event-index.js';
import { groupPoints, type PointLodOptions } from './point-lod.js';
import { groupRanges } from './range-lod.js';
import { RowOccupancy } from './row-occupancy.js';
import type { RunFacts } from './run-summary.js';
import { byImportance, mostImportant } from './importance.js';
import type { BesideColumn, BesideText } from './beside-labels.js';

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

/** The most marks a stack of same-instant events shows before it becomes a cluster. */
const MAX_STACK = 12;
/** The most marks a stack shows beside a vertical axis, where it grows towards the labels. */
const BESIDE_STACK = 3;
/** How many of a cluster's events (the most important) may label it. */
const CLUSTER_LABELS = 4;

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

/** Vertical geometry of one lane. */
interface LaneFrame {
  top: number;
  labelsBottom: number;
  baselineY: number;
  rangeTop: number;
  rangeRowHeight: number;
  maxRangeRows: number;
  rowCount: number;
}

/**
 * Places what is visible: eras as bands with a named strip at the top; per lane, points on the
 * baseline (same-instant points stacked above it), ranges as bars in packed rows under it, and
 * labels in rows above. Where marks would collide they merge into clusters (see point-lod.ts,
 * range-lod.ts), so the number of marks is bounded by the plot's size, not by the data.
 *
 * Guarantees: every visible event is in exactly one mark (its own or a cluster's); no two labels
 * overlap; no label covers a mark or another label's leader line; leader lines never run behind
 * a label or a mark; a label that finds no room waits for zoom (listed in `unlabelled`). More
 * important events claim room first, then earlier ones.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const m = input.metrics ?? DEFAULT_METRICS;
  const { width, height, index, domain } = input;
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  const x = (t: number): number => (t - d0) * k;

  const eraStripHeight = index.eraRowCount * m.eraRowHeight;
  const axisY = height - m.axisHeight;
  const labelHeight = m.titleLineHeight + m.dateLineHeight + 2 * m.labelPaddingY;
  const laneCount = Math.max(1, index.lanes.length);
  const laneHeight = Math.max(0, axisY - eraStripHeight) / laneCount;
  const header = index.grouped ? m.laneHeaderHeight : 0;

  const layout: TimelineLayout = {
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
    metrics: m,
  };

  layoutEras();

  index.lanes.forEach((lane, laneIndex) => {
    // Beside a vertical axis the first lane is the one next to the axis, so that lanes read from
    // the axis outwards (left to right, or right to left) as they read from the top otherwise.
    const slot = input.placeBeside ? laneCount - 1 - laneIndex : laneIndex;
    const top = eraStripHeight + slot * laneHeight;
    const frame = laneFrame(lane, top);
    if (laneIndex === 0) {
      layout.baselineY = frame.baselineY;
      layout.labelRowCount = frame.rowCount;
    }
    layout.lanes.push({
      key: lane.key,
      name: index.grouped ? (input.laneName?.(lane.key) ?? lane.key ?? '') : '',
      y: top,
      height: laneHeight,
      baselineY: frame.baselineY,
    });
    const occupancy = Array.from({ length: frame.rowCount }, () => new RowOccupancy());
    const candidates: LabelCandidate[] = [];
    layoutPoints(lane, laneIndex, frame, occupancy, candidates);
    layoutRanges(lane, laneIndex, frame, candidates);
    placeLabels(candidates, laneIndex, frame, occupancy);
  });
  return layout;

  function rangeSpaceOf(lane: Lane | undefined): number {
    const rows = lane?.rangeRows.length ?? 0;
    // Ranges take at most a share of the lane; beyond that their bars get thinner.
    return Math.min(rows * m.rangeRowHeight, Math.max(0, (laneHeight - header) * m.rangeShare));
  }

  function laneFrame(lane: Lane, top: number): LaneFrame {
    const rangeSpace = rangeSpaceOf(lane);
    const rows = lane.rangeRows.length;
    const maxRangeRows = Math.max(1, Math.floor(rangeSpace / m.minRangeRowHeight));
    const shownRows = Math.min(rows, maxRangeRows);
    const baselineY = top + laneHeight - rangeSpace - m.markRadius - 8;
    // Beside a vertical axis, labels keep clear of the tallest stack and the largest cluster.
    const labelsBottom =
      baselineY -
      (input.placeBeside
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

  function rowTop(frame: LaneFrame, row: number): number {
    return frame.labelsBottom - row * (labelHeight + m.rowGap) - labelHeight;
  }

  /**
   * Keeps labels off a mark that rises into the label rows (a cluster, a stack) of half-width
   * `r` centred at `x`. Its own leader lines, which start at its top, may still climb from there.
   */
  function blockRows(
    frame: LaneFrame,
    occupancy: RowOccupancy[],
    x: number,
    r: number,
    top: number,
  ): void {
    for (let row = 0; row < frame.rowCount; row++) {
      if (rowTop(frame, row) + labelHeight <= top) break;
      occupancy[row]!.addBox(x - r, x + r, x);
    }
  }

  function layoutPoints(
    lane: Lane,
    laneIndex: number,
    frame: LaneFrame,
    occupancy: RowOccupancy[],
    candidates: LabelCandidate[],
  ): void {
    const room = frame.baselineY - (frame.top + header + m.rowGap) - m.markRadius;
    const options: PointLodOptions = {
      minSpacing: m.markSpacing,
      cellWidth: m.clusterCell,
      maxStack: input.placeBeside
        ? BESIDE_STACK
        : Math.max(1, Math.min(MAX_STACK, Math.floor(room / m.stackStep) + 1)),
      clusterRadius,
    };
    for (const group of groupPoints(lane.anchors, domain, width, options, lane.anchorSums)) {
      const y = frame.baselineY;
      if (group.cluster) {
        const cluster = clusterOf(
          lane.points,
          group.from,
          group.to,
          lane.summaries?.facts(group.from, group.to) ??
            scanFacts(lane.points, group.from, group.to),
          {
            key: `p${laneIndex}:${lane.points[group.from]!.id}`,
            shape: 'circle',
            lane: laneIndex,
            x: group.x,
            y,
            r: clusterRadius(group.to - group.from),
          },
        );
        layout.clusters.push(cluster);
        blockRows(frame, occupancy, cluster.x, cluster.r, y - cluster.r);
        // Its most important events label it, their leader lines meeting at the cluster.
        const lead =
          lane.summaries?.mostImportant(group.from, group.to, CLUSTER_LABELS) ??
          mostImportant(lane.points, group.from, group.to, CLUSTER_LABELS);
        for (const event of lead) {
          candidates.push({
            key: event.id,
            event,
            cluster,
            stemX: cluster.x,
            stemY1: y - cluster.r,
          });
        }
        continue;
      }
      const count = group.to - group.from;
      const top = y - (count - 1) * m.stackStep - m.markRadius;
      if (count > 1) blockRows(frame, occupancy, group.x, m.markRadius, top);
      for (let i = group.from; i < group.to; i++) {
        const event = lane.points[i]!;
        layout.points.push({
          event,
          x: group.x,
          y: y - (i - group.from) * m.stackStep,
          lane: laneIndex,
          periodX0: x(event.start),
          periodX1: x(event.end),
        });
        // A stack's labels share one leader line from its top mark.
        candidates.push({ key: event.id, event, cluster: null, stemX: group.x, stemY1: top });
      }
    }
  }

  function layoutRanges(
    lane: Lane,
    laneIndex: number,
    frame: LaneFrame,
    candidates: LabelCandidate[],
  ): void {
    const groups = groupRanges(lane.rangeRows, domain, width, {
      maxRows: frame.maxRangeRows,
      mergeGap: 2,
      minBarWidth: 2,
      budget: Math.ceil(m.barBudget / laneCount),
      cellWidth: m.clusterCell,
    });
    for (const group of groups) {
      const y = frame.rangeTop + group.row * frame.rangeRowHeight;
      // Bars fill 80% of their row and stay at least 2 px tall, to be seen and hit.
      const barHeight = Math.max(2, frame.rangeRowHeight * 0.8);
      if (group.to - group.from === 1 && !group.overflow) {
        const event = group.list[group.from]!;
        layout.bars.push({
          event,
          x0: x(event.start),
          x1: x(event.end),
          y,
          height: barHeight,
          lane: laneIndex,
        });
        const stemX = Math.min(Math.max(x(event.start), 0), width);
        candidates.push({ key: event.id, event, cluster: null, stemX, stemY1: y });
        continue;
      }
      const x0 = Math.max(group.x0, -2);
      const x1 = Math.min(group.x1, width + 2);
      layout.clusters.push(
        clusterOf(group.list, group.from, group.to, scanFacts(group.list, group.from, group.to), {
          key: `r${laneIndex}:${group.row}:${group.list[group.from]!.id}`,
          shape: 'bar',
          lane: laneIndex,
          x: (x0 + x1) / 2,
          y,
          r: 0,
          x0,
          x1,
          height: barHeight,
        }),
      );
    }
  }

  function layoutEras(): void {
    const eraOccupancy = Array.from({ length: index.eraRowCount }, () => new RowOccupancy());
    for (const event of index.eras) {
      const x0 = x(event.start);
      const x1 = x(event.end);
      if (x1 < 0 || x0 > width) continue;
      const row = index.eraRow.get(event.id) ?? 0;
      layout.eras.push({
        event,
        x0,
        x1,
        y: row * m.eraRowHeight,
        height: m.eraRowHeight,
        labelX: null,
        labelDate: null,
        labelWidth: 0,
      });
    }
    // Era names: in their strip, from the visible start of the band, with the span's dates when
    // there is room for them too.
    for (const era of [...layout.eras].sort((a, b) => byImportance(a.event, b.event))) {
      const row = eraOccupancy[index.eraRow.get(era.event.id) ?? 0]!;
      const start = Math.max(era.x0, 0);
      const date = input.dateText(era.event);
      // Era names are set like titles (bold), so the title measure is the safe one.
      const nameWidth = input.measure(era.event.title, 'title') + 2 * m.labelPaddingX;
      const withDate = nameWidth + input.measure(`${ERA_DATE_SEPARATOR}${date}`, 'date');
      for (const [labelWidth, labelDate] of [
        [withDate, date],
        [nameWidth, null],
      ] as const) {
        if (start + labelWidth <= width && row.isFree(start, start + labelWidth)) {
          row.addBox(start, start + labelWidth);
          Object.assign(era, { labelX: start, labelDate, labelWidth });
          break;
        }
      }
    }
  }

  /**
   * Labels: greedy by importance, lowest free row above the mark first. A box hangs right of its
   * stem, else left of it, else slides sideways as long as its stem still meets its bottom edge.
   * The stem must climb through free space (or along the edge of a label on the same stem).
   */
  function placeLabels(
    candidates: LabelCandidate[],
    laneIndex: number,
    frame: LaneFrame,
    occupancy: RowOccupancy[],
  ): void {
    const first = (c: LabelCandidate) => (!c.cluster && c.event.id === input.firstLabel ? 0 : 1);
    candidates.sort(
      (a, b) =>
        first(a) - first(b) ||
        byImportance(a.event, b.event) ||
        (a.cluster ? 1 : 0) - (b.cluster ? 1 : 0),
    );
    if (input.placeBeside) {
      const { placed, waiting } = input.placeBeside(
        candidates,
        {
          length: width,
          top: frame.top + header + m.rowGap,
          bottom: frame.labelsBottom,
          lane: laneIndex,
        },
        { measure: input.measure, dateText: input.dateText, metrics: m },
      );
      layout.labels.push(...placed);
      layout.unlabelled.push(...waiting);
      return;
    }
    // No more labels fit than rows × (width / narrowest label): beyond a few times that many
    // tries, the rest (the least important) wait without being measured.
    let tries = frame.rowCount * Math.ceil(width / 60) * 3;
    for (const candidate of candidates) {
      const label = tries-- > 0 ? placeLabel(candidate) : null;
      if (label) layout.labels.push(label);
      else if (!candidate.cluster) layout.unlabelled.push(candidate.event);
    }

    function placeLabel({ key, event, cluster, stemX, stemY1 }: LabelCandidate): LabelBox | null {
      const title = event.title;
      const date = input.dateText(event);
      const boxWidth = Math.ceil(
        Math.max(input.measure(title, 'title'), input.measure(date, 'date')) + 2 * m.labelPaddingX,
      );
      const hw = m.stemHalfWidth;
      const lo = Math.max(0, stemX + hw - boxWidth);
      const hi = Math.min(width - boxWidth, stemX - hw);
      for (let row = 0; row < frame.rowCount; row++) {
        const y = rowTop(frame, row);
        // Rows wholly below where the stem starts (beside a tall stack or cluster) are not crossed.
        if (y >= stemY1) continue;
        // Rows the mark reaches into are crossed by the stem, but cannot hold its label.
        const usable = y + labelHeight <= stemY1 - m.rowGap / 2;
        const x0 = usable
          ? // Hanging from the stem on either side keeps the stem free for labels above on the
            // same stem (simultaneous events); otherwise slide to the nearest free spot.
            ([stemX, stemX - boxWidth].find(
              (edge) =>
                edge >= 0 &&
                edge + boxWidth <= width &&
                occupancy[row]!.isFree(edge, edge + boxWidth),
            ) ?? occupancy[row]!.findSpot(lo, hi, boxWidth, stemX - hw))
          : null;
        if (x0 === null) {
          // The stem climbs through this row to look higher up; stop once it cannot.
          if (!occupancy[row]!.stemMayPass(stemX, hw)) return null;
          continue;
        }
        const atEdge = x0 === stemX || x0 + boxWidth === stemX;
        occupancy[row]!.addBox(x0, x0 + boxWidth, atEdge ? stemX : Infinity);
        for (let below = 0; below < row; below++) {
          if (rowTop(frame, below) < stemY1) occupancy[below]!.addStem(stemX, hw);
        }
        return {
          key,
          event,
          cluster,
          x: x0,
          y,
          width: boxWidth,
          height: labelHeight,
          lane: laneIndex,
          row,
          title,
          date,
          stemX,
          stemY1,
          stemY2: y + labelHeight,
          side: x0 + boxWidth / 2 >= stemX ? 'start' : 'end',
        };
      }
      return null;
    }
  }

  function clusterOf(
    list: readonly NormalizedEvent[],
    from: number,
    to: number,
    facts: RunFacts,
    place: Omit<
      ClusterMark,
      | 'count'
      | 'start'
      | 'end'
      | 'categories'
      | 'lead'
      | 'x0'
      | 'x1'
      | 'height'
      | 'list'
      | 'from'
      | 'to'
    > &
      Partial<Pick<ClusterMark, 'x0' | 'x1' | 'height'>>,
  ): ClusterMark {
    return {
      x0: place.x - place.r,
      x1: place.x + place.r,
      height: 2 * place.r,
      ...place,
      ...facts,
      count: to - from,
      list,
      from,
      to,
    };
  }
}

/** A cluster's facts by looking at each of its events (ranges: rows and bins are short). */
function scanFacts(list: readonly NormalizedEvent[], from: number, to: number): RunFacts {
  let lead = list[from]!;
  let start = Infinity;
  let end = -Infinity;
  const counts = new Map<string | null, number>();
  for (let i = from; i < to; i++) {
    const event = list[i]!;
    if (byImportance(event, lead) < 0) lead = event;
    if (event.start < start) start = event.start;
    if (event.end > end) end = event.end;
    counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  }
  const categories = [...counts].map(([category, count]) => ({ category, count }));
  return { lead, start, end, categories: categories.sort((a, b) => b.count - a.count) };
}

/** Radius of a cluster mark: grows with the logarithm of its count. */
export function clusterRadius(count: number): number {
  return Math.min(18, 9 + 2.5 * Math.log10(count));
}
