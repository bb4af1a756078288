import type { NormalizedEvent } from '../model/types.js';
import type { Lane } from './event-index.js';
import { mostImportant, byImportance } from './importance.js';
import {
  BESIDE_STACK,
  clusterRadius,
  labelRowTop,
  type LaneFrame,
  type LayoutContext,
} from './layout-context.js';
import type { BarMark, ClusterMark, LabelCandidate, PointMark } from './layout-types.js';
import { groupPoints, type PointLodOptions } from './point-lod.js';
import { groupRanges } from './range-lod.js';
import type { RowOccupancy } from './row-occupancy.js';
import type { RunFacts } from './run-summary.js';

/** The most marks a stack of same-instant events shows before it becomes a cluster. */
const MAX_STACK = 12;
/** How many of a cluster's events (the most important) may label it. */
const CLUSTER_LABELS = 4;

/** One lane's marks, and the labels they ask for (in the order the marks were made). */
export interface LaneMarks {
  points: PointMark[];
  bars: BarMark[];
  clusters: ClusterMark[];
  candidates: LabelCandidate[];
}

/**
 * A lane's marks: points on the baseline (same-instant points stacked above it), ranges as bars
 * in packed rows under it, and clusters where either would collide (see point-lod.ts,
 * range-lod.ts). Marks that rise into the label rows are entered in `occupancy`, one per row,
 * so that labels keep off them.
 */
export function layoutLaneMarks(
  ctx: LayoutContext,
  lane: Lane,
  laneIndex: number,
  frame: LaneFrame,
  occupancy: RowOccupancy[],
): LaneMarks {
  const marks: LaneMarks = { points: [], bars: [], clusters: [], candidates: [] };
  layoutPoints(ctx, lane, laneIndex, frame, occupancy, marks);
  layoutRanges(ctx, lane, laneIndex, frame, marks);
  return marks;
}

/**
 * Keeps labels off a mark that rises into the label rows (a cluster, a stack) of half-width
 * `r` centred at `x`. Its own leader lines, which start at its top, may still climb from there.
 */
function blockRows(
  ctx: LayoutContext,
  frame: LaneFrame,
  occupancy: RowOccupancy[],
  x: number,
  r: number,
  top: number,
): void {
  for (let row = 0; row < frame.rowCount; row++) {
    if (labelRowTop(ctx, frame, row) + ctx.labelHeight <= top) break;
    occupancy[row]!.addBox(x - r, x + r, x);
  }
}

function layoutPoints(
  ctx: LayoutContext,
  lane: Lane,
  laneIndex: number,
  frame: LaneFrame,
  occupancy: RowOccupancy[],
  marks: LaneMarks,
): void {
  const { metrics: m, input, header, x } = ctx;
  const room = frame.baselineY - (frame.top + header + m.rowGap) - m.markRadius;
  const options: PointLodOptions = {
    minSpacing: m.markSpacing,
    cellWidth: m.clusterCell,
    maxStack: input.placeBeside
      ? BESIDE_STACK
      : Math.max(1, Math.min(MAX_STACK, Math.floor(room / m.stackStep) + 1)),
    clusterRadius,
  };
  for (const group of groupPoints(
    lane.anchors,
    input.domain,
    input.width,
    options,
    lane.anchorSums,
  )) {
    const y = frame.baselineY;
    if (group.cluster) {
      const cluster = clusterOf(
        lane.points,
        group.from,
        group.to,
        lane.summaries?.facts(group.from, group.to) ?? scanFacts(lane.points, group.from, group.to),
        {
          key: `p${laneIndex}:${lane.points[group.from]!.id}`,
          shape: 'circle',
          lane: laneIndex,
          x: group.x,
          y,
          r: clusterRadius(group.to - group.from),
        },
      );
      marks.clusters.push(cluster);
      blockRows(ctx, frame, occupancy, cluster.x, cluster.r, y - cluster.r);
      // Its most important events label it, their leader lines meeting at the cluster.
      const lead =
        lane.summaries?.mostImportant(group.from, group.to, CLUSTER_LABELS) ??
        mostImportant(lane.points, group.from, group.to, CLUSTER_LABELS);
      for (const event of lead) {
        marks.candidates.push({
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
    if (count > 1) blockRows(ctx, frame, occupancy, group.x, m.markRadius, top);
    for (let i = group.from; i < group.to; i++) {
      const event = lane.points[i]!;
      marks.points.push({
        event,
        x: group.x,
        y: y - (i - group.from) * m.stackStep,
        lane: laneIndex,
        periodX0: x(event.start),
        periodX1: x(event.end),
      });
      // A stack's labels share one leader line from its top mark.
      marks.candidates.push({ key: event.id, event, cluster: null, stemX: group.x, stemY1: top });
    }
  }
}

function layoutRanges(
  ctx: LayoutContext,
  lane: Lane,
  laneIndex: number,
  frame: LaneFrame,
  marks: LaneMarks,
): void {
  const { metrics: m, input, x } = ctx;
  const { width } = input;
  const groups = groupRanges(lane.rangeRows, input.domain, width, {
    maxRows: frame.maxRangeRows,
    mergeGap: 2,
    minBarWidth: 2,
    budget: Math.ceil(m.barBudget / ctx.laneCount),
    cellWidth: m.clusterCell,
  });
  for (const group of groups) {
    const y = frame.rangeTop + group.row * frame.rangeRowHeight;
    // Bars fill 80% of their row and stay at least 2 px tall, to be seen and hit.
    const barHeight = Math.max(2, frame.rangeRowHeight * 0.8);
    if (group.to - group.from === 1 && !group.overflow) {
      const event = group.list[group.from]!;
      marks.bars.push({
        event,
        x0: x(event.start),
        x1: x(event.end),
        y,
        height: barHeight,
        lane: laneIndex,
      });
      const stemX = Math.min(Math.max(x(event.start), 0), width);
      marks.candidates.push({ key: event.id, event, cluster: null, stemX, stemY1: y });
      continue;
    }
    const x0 = Math.max(group.x0, -2);
    const x1 = Math.min(group.x1, width + 2);
    marks.clusters.push(
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

/** A cluster mark at `place` standing for `list[from..to)`, whose facts are given. */
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
