import type { NormalizedEvent } from '../model/types.js';
import { packRows } from './pack-rows.js';
import type { RunSummaries } from './run-summary.js';

/**
 * One swimlane's events, arranged once per data set so that each frame only touches what is
 * visible: points sorted by where they sit, ranges packed into rows and sorted within each row.
 */
export interface Lane {
  /** The group value (`group-by`), or null for events without one (and for the single lane). */
  readonly key: string | null;
  /** Points sorted by anchor, then start, then input order. */
  readonly points: readonly NormalizedEvent[];
  /** `points[i].anchor`, packed for binary search and binning. */
  readonly anchors: Float64Array;
  /** `anchorSums[i]`: the sum of `anchors[j] - anchors[0]` for j < i (a cluster's mean in O(1)). */
  readonly anchorSums: Float64Array;
  /**
   * Facts about runs of points (a cluster's lead, span and categories) without scanning them;
   * built for big lanes only, when the module that makes them is at hand (see IndexOptions).
   */
  readonly summaries: RunSummaries | null;
  /** Ranges by packed row; within a row they are disjoint and sorted, so starts and ends both ascend. */
  readonly rangeRows: readonly (readonly NormalizedEvent[])[];
}

export interface TimelineIndex {
  readonly lanes: readonly Lane[];
  /** Eras span every lane; they are few, so they stay a plain list with packed rows. */
  readonly eras: readonly NormalizedEvent[];
  readonly eraRow: ReadonlyMap<string, number>;
  readonly eraRowCount: number;
  /** Whether events are split into lanes by `group-by`. */
  readonly grouped: boolean;
}

export interface IndexOptions {
  /** The value that puts an event in a lane, or undefined for a single lane. */
  laneOf?: (event: NormalizedEvent) => string | null;
  /** Lane keys that come first, in this order (the `categories` order for `group-by="category"`). */
  laneOrder?: readonly string[];
  /** Makes run summaries for lanes of more than SUMMARISED_POINTS points (from run-summary.ts). */
  summarise?: (points: readonly NormalizedEvent[]) => RunSummaries;
}

/**
 * Arranges events for layout. Lanes follow `laneOrder`, then first appearance in the input; events
 * without a lane value share a last lane. O(n log n).
 */
export function indexEvents(
  events: readonly NormalizedEvent[],
  options: IndexOptions = {},
): TimelineIndex {
  const { laneOf, laneOrder = [], summarise } = options;
  const eras = events.filter((e) => e.type === 'era');
  const packedEras = packRows(eras);
  const members = new Map<string | null, NormalizedEvent[]>();
  if (laneOf) {
    for (const key of laneOrder) members.set(key, []);
    let hasUngrouped = false;
    for (const event of [...events].sort((a, b) => a.index - b.index)) {
      if (event.type === 'era') continue;
      const key = laneOf(event);
      if (key === null) hasUngrouped = true;
      else if (!members.has(key)) members.set(key, []);
    }
    if (hasUngrouped) members.set(null, []);
  } else {
    members.set(null, []);
  }
  for (const event of events) {
    if (event.type === 'era') continue;
    members.get(laneOf ? laneOf(event) : null)!.push(event);
  }
  const lanes = [...members]
    .filter(([, laneEvents]) => laneEvents.length > 0 || !laneOf)
    .map(([key, laneEvents]) => buildLane(key, laneEvents, summarise));
  return {
    lanes,
    eras,
    eraRow: new Map(eras.map((e, i) => [e.id, packedEras.rows[i]!])),
    eraRowCount: packedEras.rowCount,
    grouped: Boolean(laneOf),
  };
}

/** Lanes with more points than this get run summaries: smaller clusters are cheap to scan. */
export const SUMMARISED_POINTS = 2048;

function buildLane(
  key: string | null,
  events: readonly NormalizedEvent[],
  summarise: IndexOptions['summarise'],
): Lane {
  const points = events
    .filter((e) => e.type === 'point')
    .sort((a, b) => a.anchor - b.anchor || a.start - b.start || a.index - b.index);
  const ranges = events.filter((e) => e.type === 'range');
  const packed = packRows(ranges);
  const rangeRows: NormalizedEvent[][] = Array.from({ length: packed.rowCount }, () => []);
  ranges.forEach((range, i) => rangeRows[packed.rows[i]!]!.push(range));
  // By start, then end: an empty range may share its start with the next one in its row.
  for (const row of rangeRows) {
    row.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  }
  const anchors = Float64Array.from(points, (p) => p.anchor);
  const anchorSums = new Float64Array(anchors.length + 1);
  for (let i = 0; i < anchors.length; i++) {
    anchorSums[i + 1] = anchorSums[i]! + (anchors[i]! - anchors[0]!);
  }
  const summaries = summarise && points.length > SUMMARISED_POINTS ? summarise(points) : null;
  return { key, points, anchors, anchorSums, summaries, rangeRows };
}

/** Index of the first element of a sorted array that is ≥ value (or > value when `after`). */
export function bisect(
  sorted: ArrayLike<number>,
  value: number,
  after = false,
  lo = 0,
  hi = sorted.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v < value || (after && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first range in a row (disjoint, sorted) that ends after `time`. */
export function firstEndingAfter(row: readonly NormalizedEvent[], time: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (row[mid]!.end <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
