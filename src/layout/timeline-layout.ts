import { layoutEras } from './era-layout.js';
import { placeLaneLabels } from './label-placement.js';
import { layoutLaneMarks } from './lane-marks.js';
import { laneFrame, layoutContext } from './layout-context.js';
import type { LayoutInput, TimelineLayout } from './layout-types.js';
import { RowOccupancy } from './row-occupancy.js';

// The layout's types live in layout-types.ts (so that its stages and the vertical placer share
// them without a cycle); importers keep reading them from here.
export {
  DEFAULT_METRICS,
  ERA_DATE_SEPARATOR,
  type BarMark,
  type BesideLabelPlacer,
  type ClusterMark,
  type EraBand,
  type LabelBox,
  type LabelCandidate,
  type LaneBand,
  type LayoutInput,
  type LayoutMetrics,
  type PointMark,
  type TimelineLayout,
} from './layout-types.js';
export { clusterRadius } from './layout-context.js';

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
  const ctx = layoutContext(input);
  const { index } = input;
  const layout: TimelineLayout = {
    eras: layoutEras(ctx),
    bars: [],
    points: [],
    clusters: [],
    labels: [],
    lanes: [],
    unlabelled: [],
    baselineY: 0,
    axisY: ctx.axisY,
    labelRowCount: 0,
    metrics: ctx.metrics,
  };

  index.lanes.forEach((lane, laneIndex) => {
    // Beside a vertical axis the first lane is the one next to the axis, so that lanes read from
    // the axis outwards (left to right, or right to left) as they read from the top otherwise.
    const slot = input.placeBeside ? ctx.laneCount - 1 - laneIndex : laneIndex;
    const top = ctx.eraStripHeight + slot * ctx.laneHeight;
    const frame = laneFrame(ctx, lane, top);
    if (laneIndex === 0) {
      layout.baselineY = frame.baselineY;
      layout.labelRowCount = frame.rowCount;
    }
    layout.lanes.push({
      key: lane.key,
      name: index.grouped ? (input.laneName?.(lane.key) ?? lane.key ?? '') : '',
      y: top,
      height: ctx.laneHeight,
      baselineY: frame.baselineY,
    });
    // What each label row of the lane holds so far: marks rising into it, labels, leader lines.
    const occupancy = Array.from({ length: frame.rowCount }, () => new RowOccupancy());
    const marks = layoutLaneMarks(ctx, lane, laneIndex, frame, occupancy);
    layout.points.push(...marks.points);
    layout.bars.push(...marks.bars);
    layout.clusters.push(...marks.clusters);
    const labels = placeLaneLabels(ctx, marks.candidates, laneIndex, frame, occupancy);
    layout.labels.push(...labels.placed);
    layout.unlabelled.push(...labels.waiting);
  });
  return layout;
}
