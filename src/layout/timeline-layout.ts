import { laneFrame, layoutContext } from './layout-context.js';
import { layoutLanePoints, layoutLaneRanges } from './lane-marks.js';
import { placeLaneLabels } from './label-placement.js';
import { layoutEras } from './era-layout.js';
import type { LabelCandidate, LayoutInput, TimelineLayout } from './layout-types.js';

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
  const { layout } = ctx;
  layoutEras(ctx);
  index.lanes.forEach((lane, laneIndex) => {
    const frame = laneFrame(ctx, lane, laneIndex);
    if (laneIndex === 0) {
      layout.baselineY = frame.baselineY;
      layout.labelRowCount = frame.rowCount;
    }
    layout.lanes.push({
      key: lane.key,
      name: index.grouped ? (input.laneName?.(lane.key) ?? lane.key ?? '') : '',
      y: frame.top,
      height: ctx.laneHeight,
      baselineY: frame.baselineY,
    });
    // The labels its marks ask for, in the order the marks were made.
    const candidates: LabelCandidate[] = [];
    layoutLanePoints(ctx, lane, frame, candidates);
    layoutLaneRanges(ctx, lane, frame, candidates);
    placeLaneLabels(ctx, candidates, frame);
  });
  return layout;
}
