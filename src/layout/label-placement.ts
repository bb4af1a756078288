import { byImportance } from './importance.js';
import { labelRowTop, type LaneFrame, type LayoutContext } from './layout-context.js';
import type { LabelBox, LabelCandidate } from './layout-types.js';

/**
 * Labels: greedy by importance, lowest free row above the mark first. A box hangs right of its
 * stem, else left of it, else slides sideways as long as its stem still meets its bottom edge.
 * The stem must climb through free space (or along the edge of a label on the same stem).
 * Beside a vertical axis, the input's placer places them instead, in the same order. Labels
 * that find no room are listed in the layout's `unlabelled`. Sorts `candidates` in place.
 */
export function placeLaneLabels(
  ctx: LayoutContext,
  candidates: LabelCandidate[],
  frame: LaneFrame,
): void {
  const { metrics: m, layout } = ctx;
  const first = (c: LabelCandidate) => (!c.cluster && c.event.id === ctx.firstLabel ? 0 : 1);
  candidates.sort(
    (a, b) =>
      first(a) - first(b) ||
      byImportance(a.event, b.event) ||
      (a.cluster ? 1 : 0) - (b.cluster ? 1 : 0),
  );
  if (ctx.placeBeside) {
    const { placed, waiting } = ctx.placeBeside(
      candidates,
      {
        length: ctx.width,
        top: frame.labelsTop,
        bottom: frame.labelsBottom,
        lane: frame.index,
      },
      { measure: ctx.measure, dateText: ctx.dateText, metrics: m },
    );
    layout.labels.push(...placed);
    layout.unlabelled.push(...waiting);
    return;
  }
  // No more labels fit than rows × (width / narrowest label): beyond a few times that many
  // tries, the rest (the least important) wait without being measured.
  let tries = frame.rowCount * Math.ceil(ctx.width / 60) * 3;
  for (const candidate of candidates) {
    const label = tries-- > 0 ? placeAbove(ctx, candidate, frame) : null;
    if (label) layout.labels.push(label);
    else if (!candidate.cluster) layout.unlabelled.push(candidate.event);
  }
}

/** One label in the lowest row above its mark that has room, or null when none has. */
function placeAbove(
  ctx: LayoutContext,
  { key, event, cluster, stemX, stemY1 }: LabelCandidate,
  frame: LaneFrame,
): LabelBox | null {
  const { metrics: m, labelHeight, width } = ctx;
  const { occupancy } = frame;
  const title = event.title;
  const date = ctx.dateText(event);
  const boxWidth = Math.ceil(
    Math.max(ctx.measure(title, 'title'), ctx.measure(date, 'date')) + 2 * m.labelPaddingX,
  );
  const hw = m.stemHalfWidth;
  const lo = Math.max(0, stemX + hw - boxWidth);
  const hi = Math.min(width - boxWidth, stemX - hw);
  for (let row = 0; row < frame.rowCount; row++) {
    const y = labelRowTop(ctx, frame, row);
    // Rows wholly below where the stem starts (beside a tall stack or cluster) are not crossed.
    if (y >= stemY1) continue;
    // Rows the mark reaches into are crossed by the stem, but cannot hold its label.
    const usable = y + labelHeight <= stemY1 - m.rowGap / 2;
    const x0 = usable
      ? // Hanging from the stem on either side keeps the stem free for labels above on the
        // same stem (simultaneous events); otherwise slide to the nearest free spot.
        ([stemX, stemX - boxWidth].find(
          (edge) =>
            edge >= 0 && edge + boxWidth <= width && occupancy[row]!.isFree(edge, edge + boxWidth),
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
      if (labelRowTop(ctx, frame, below) < stemY1) occupancy[below]!.addStem(stemX, hw);
    }
    return {
      key,
      event,
      cluster,
      x: x0,
      y,
      width: boxWidth,
      height: labelHeight,
      lane: frame.index,
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
