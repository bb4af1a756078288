import type { NormalizedEvent } from '../model/types.js';
import { packRows } from './pack-rows.js';
import { RowOccupancy } from './row-occupancy.js';

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
  rangeRowHeight: number;
  eraRowHeight: number;
  axisHeight: number;
  /** Half the width of the space a stem keeps clear of labels. */
  stemHalfWidth: number;
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
  rangeRowHeight: 10,
  eraRowHeight: 20,
  axisHeight: 30,
  stemHalfWidth: 3,
};

export interface LayoutInput {
  /** All accepted events, sorted by start. */
  events: readonly NormalizedEvent[];
  /** Maps wall-clock milliseconds to x in the plot (the zoomed scale). */
  x: (wallMs: number) => number;
  width: number;
  height: number;
  /** Width of a label line; `role` tells the title (bold) from the date. */
  measure: (text: string, role: 'title' | 'date') => number;
  /** The date line of an event's label. */
  dateText: (event: NormalizedEvent) => string;
  /** Row of each range and era, from packRanges; stable across zooms. */
  rows: RangeRows;
  metrics?: LayoutMetrics;
}

export interface PointMark {
  event: NormalizedEvent;
  x: number;
  y: number;
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

export interface LabelBox {
  event: NormalizedEvent;
  /** Box in plot coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  row: number;
  title: string;
  date: string;
  /** Leader line from the mark (y1) up to the label (y2) at x = stemX. */
  stemX: number;
  stemY1: number;
  stemY2: number;
  /** Which side of the stem the box hangs: `start` extends right of it, `end` left of it. */
  side: 'start' | 'end';
}

export interface TimelineLayout {
  eras: EraBand[];
  bars: BarMark[];
  points: PointMark[];
  labels: LabelBox[];
  /** Visible marks whose label waits for more room (zoom in to see it). */
  unlabelled: NormalizedEvent[];
  baselineY: number;
  axisY: number;
  labelRowCount: number;
  metrics: LayoutMetrics;
}

/** The rows of ranges and eras: packed once per data set so bars keep their row while zooming. */
export interface RangeRows {
  rangeRow: ReadonlyMap<string, number>;
  rangeRowCount: number;
  eraRow: ReadonlyMap<string, number>;
  eraRowCount: number;
}

export function packRanges(events: readonly NormalizedEvent[]): RangeRows {
  const ranges = events.filter((e) => e.type === 'range');
  const eras = events.filter((e) => e.type === 'era');
  const packedRanges = packRows(ranges);
  const packedEras = packRows(eras);
  return {
    rangeRow: new Map(ranges.map((e, i) => [e.id, packedRanges.rows[i]!])),
    rangeRowCount: packedRanges.rowCount,
    eraRow: new Map(eras.map((e, i) => [e.id, packedEras.rows[i]!])),
    eraRowCount: packedEras.rowCount,
  };
}

/**
 * Places every visible event: eras as bands with a named strip at the top, ranges as bars in
 * packed rows under the baseline, points as marks on the baseline, and labels in rows above.
 *
 * Guarantees: every visible event gets its mark; no two labels overlap; no label covers another
 * label's stem or a mark; a label that finds no room is left out (listed in `unlabelled`) until
 * zooming makes room. More important events claim room first, then earlier ones.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const m = input.metrics ?? DEFAULT_METRICS;
  const { width, height, x, rows } = input;

  const eraStripHeight = rows.eraRowCount * m.eraRowHeight;
  const axisY = height - m.axisHeight;
  const rangeBlock = rows.rangeRowCount * m.rangeRowHeight;
  // Ranges may take at most a quarter of the plot; beyond that their bars get thinner.
  const rangeSpace = Math.min(rangeBlock, Math.max(0, (axisY - eraStripHeight) / 4));
  const rangeRowHeight = rows.rangeRowCount > 0 ? rangeSpace / rows.rangeRowCount : 0;
  const baselineY = axisY - rangeSpace - m.markRadius - 8;
  const labelHeight = m.titleLineHeight + m.dateLineHeight + 2 * m.labelPaddingY;
  const labelsBottom = baselineY - m.markRadius - m.rowGap;
  const labelsTop = eraStripHeight + m.rowGap;
  const labelRowCount = Math.max(
    0,
    Math.floor((labelsBottom - labelsTop + m.rowGap) / (labelHeight + m.rowGap)),
  );

  const eras: EraBand[] = [];
  const bars: BarMark[] = [];
  const points: PointMark[] = [];
  const candidates: { event: NormalizedEvent; stemX: number; stemY1: number }[] = [];
  const eraOccupancy = Array.from({ length: rows.eraRowCount }, () => new RowOccupancy());

  for (const event of input.events) {
    if (event.type === 'point') {
      const px = x(event.anchor);
      if (px < -m.markRadius || px > width + m.markRadius) continue;
      points.push({ event, x: px, y: baselineY, periodX0: x(event.start), periodX1: x(event.end) });
      candidates.push({ event, stemX: px, stemY1: baselineY - m.markRadius });
      continue;
    }
    const x0 = x(event.start);
    const x1 = x(event.end);
    if (x1 < 0 || x0 > width) continue;
    if (event.type === 'era') {
      const row = rows.eraRow.get(event.id) ?? 0;
      eras.push({
        event,
        x0,
        x1,
        y: row * m.eraRowHeight,
        height: m.eraRowHeight,
        labelX: null,
        labelDate: null,
        labelWidth: 0,
      });
    } else {
      const row = rows.rangeRow.get(event.id) ?? 0;
      const y = baselineY + m.markRadius + 8 + row * rangeRowHeight;
      // Bars fill 80% of their row and stay at least 2 px tall, to be seen and hit; beyond about
      // 40 rows in the range block neighbouring rows touch (dense ranges are for clustering).
      bars.push({ event, x0, x1, y, height: Math.max(2, rangeRowHeight * 0.8) });
      const stemX = Math.min(Math.max(x0, 0), width);
      candidates.push({ event, stemX, stemY1: y });
    }
  }

  // More important events claim room first, then earlier ones.
  const byImportance = (a: { event: NormalizedEvent }, b: { event: NormalizedEvent }) =>
    b.event.importance - a.event.importance ||
    a.event.start - b.event.start ||
    a.event.index - b.event.index;

  // Era names: in their strip, from the visible start of the band, with the span's dates when
  // there is room for them too.
  for (const era of [...eras].sort(byImportance)) {
    const row = eraOccupancy[rows.eraRow.get(era.event.id) ?? 0]!;
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

  // Labels: greedy by importance, lowest free row first. A box hangs right of its stem, else left
  // of it, else slides sideways as long as its stem still meets its bottom edge. First pass: the
  // stem must climb through free space (or along the edge of a label on the same stem). Second
  // pass, for labels still without room: the stem may run behind a lower label.
  const occupancy = Array.from({ length: labelRowCount }, () => new RowOccupancy());
  const labels: LabelBox[] = [];
  let pending = candidates.sort(byImportance);
  for (const strictStems of [true, false]) {
    const stillPending: typeof pending = [];
    for (const candidate of pending) {
      const label = placeLabel(candidate, strictStems);
      if (label) labels.push(label);
      else stillPending.push(candidate);
    }
    pending = stillPending;
  }
  const unlabelled = pending.map((c) => c.event);

  function placeLabel(
    { event, stemX, stemY1 }: { event: NormalizedEvent; stemX: number; stemY1: number },
    strictStems: boolean,
  ): LabelBox | null {
    const title = event.title;
    const date = input.dateText(event);
    const boxWidth = Math.ceil(
      Math.max(input.measure(title, 'title'), input.measure(date, 'date')) + 2 * m.labelPaddingX,
    );
    const hw = m.stemHalfWidth;
    const lo = Math.max(0, stemX + hw - boxWidth);
    const hi = Math.min(width - boxWidth, stemX - hw);
    for (let row = 0; row < labelRowCount; row++) {
      // The stem climbs through every lower row; stop once it cannot.
      if (strictStems && row > 0 && !occupancy[row - 1]!.stemMayPass(stemX, hw)) return null;
      // Hanging from the stem on either side keeps the stem free for labels above on the same
      // stem (simultaneous events); otherwise slide to the nearest free spot.
      const x0 =
        [stemX, stemX - boxWidth].find(
          (edge) =>
            edge >= 0 && edge + boxWidth <= width && occupancy[row]!.isFree(edge, edge + boxWidth),
        ) ?? occupancy[row]!.findSpot(lo, hi, boxWidth, stemX - hw);
      if (x0 === null) continue;
      const atEdge = x0 === stemX || x0 + boxWidth === stemX;
      occupancy[row]!.addBox(x0, x0 + boxWidth, atEdge ? stemX : Infinity);
      for (let below = 0; below < row; below++) occupancy[below]!.addStem(stemX, hw);
      const y = labelsBottom - row * (labelHeight + m.rowGap) - labelHeight;
      return {
        event,
        x: x0,
        y,
        width: boxWidth,
        height: labelHeight,
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

  return { eras, bars, points, labels, unlabelled, baselineY, axisY, labelRowCount, metrics: m };
}
