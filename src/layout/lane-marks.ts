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
import type { ClusterMark, LabelCandidate } from './layout-types.js';
import { groupPoints, type PointLodOptions } from './point-lod.js';
import { groupRanges } from './range-lod.js';
import type { RunFacts } from './run-summary.js';

/** The most marks a stack of same-instant events shows before it becomes a cluster. */
const MAX_STACK = 12;
/** How many of a cluster's events (the most important) may label it. */
const CLUSTER_LABELS = 4;

/**
 * Keeps labels off a mark that rises into the label rows (a cluster, a stack) of half-width
 * `r` centred at `x`. Its own leader lines, which start at its top, may still climb from there.
 */
function blockRows(ctx: LayoutContext, frame: LaneFrame, x: number, r: number, top: number): void {
  for (let row = 0; row < frame.rowCount; row++) {
    if (labelRowTop(ctx, frame, row) + ctx.labelHeight <= top) break;
    frame.occupancy[row]!.addBox(x - r, x + r, x);
  }
}

/**
 * A lane's points, into the layout: on the baseline, same-instant points stacked above it, and
 * clusters where they would collide (see point-lod.ts). Marks that rise into the label rows are
 * entered in the frame's occupancy so that labels keep off them. Adds the labels they ask for
 * to `candidates`.
 */
export function layoutLanePoints(
  ctx: LayoutContext,
  lane: Lane,
  frame: LaneFrame,
  candidates: LabelCandidate[],
): void {
  const { metrics: m, x, layout } = ctx;
  const room = frame.baselineY - frame.labelsTop - m.markRadius;
  const options: PointLodOptions = {
    minSpacing: m.markSpacing,
    cellWidth: m.clusterCell,
    maxStack: ctx.placeBeside
      ? BESIDE_STACK
      : Math.max(1, Math.min(MAX_STACK, Math.floor(room / m.stackStep) + 1)),
    clusterRadius,
  };
  for (const group of groupPoints(lane.anchors, ctx.domain, ctx.width, options, lane.anchorSums)) {
    const y = frame.baselineY;
    if (group.cluster) {
      const cluster = clusterOf(
        lane.points,
        group.from,
        group.to,
        lane.summaries?.facts(group.from, group.to) ?? scanFacts(lane.points, group.from, group.to),
        {
          key: `p${frame.index}:${lane.points[group.from]!.id}`,
          shape: 'circle',
          lane: frame.index,
          x: group.x,
          y,
          r: clusterRadius(group.to - group.from),
        },
      );
      layout.clusters.push(cluster);
      blockRows(ctx, frame, cluster.x, cluster.r, y - cluster.r);
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
    if (count > 1) blockRows(ctx, frame, group.x, m.markRadius, top);
    for (let i = group.from; i < group.to; i++) {
      const event = lane.points[i]!;
      layout.points.push({
        event,
        x: group.x,
        y: y - (i - group.from) * m.stackStep,
        lane: frame.index,
        periodX0: x(event.start),
        periodX1: x(event.end),
      });
      // A stack's labels share one leader line from its top mark.
      candidates.push({ key: event.id, event, cluster: null, stemX: group.x, stemY1: top });
    }
  }
}

/**
 * A lane's ranges, into the layout: bars in packed rows under the baseline, merged into
 * clusters where they would collide or the rows run out (see range-lod.ts). Adds the labels
 * they ask for to `candidates`.
 */
export function layoutLaneRanges(
  ctx: LayoutContext,
  lane: Lane,
  frame: LaneFrame,
  candidates: LabelCandidate[],
): void {
  const { metrics: m, x, layout, width } = ctx;
  const groups = groupRanges(lane.rangeRows, ctx.domain, width, {
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
      layout.bars.push({
        event,
        x0: x(event.start),
        x1: x(event.end),
        y,
        height: barHeight,
        lane: frame.index,
      });
      const stemX = Math.min(Math.max(x(event.start), 0), width);
      candidates.push({ key: event.id, event, cluster: null, stemX, stemY1: y });
      continue;
    }
    const x0 = Math.max(group.x0, -2);
    const x1 = Math.min(group.x1, width + 2);
    layout.clusters.push(
      clusterOf(group.list, group.from, group.to, scanFacts(group.list, group.from, group.to), {
        key: `r${frame.index}:${group.row}:${group.list[group.from]!.id}`,
        shape: 'bar',
        lane: frame.index,
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
