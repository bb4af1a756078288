import { bisect } from './event-index.js';

/** Sizes, in pixels, that decide when point marks merge. */
export interface PointLodOptions {
  /** Closest two single marks may sit, centre to centre, before they collide. */
  minSpacing: number;
  /** Smallest bin width: marks are first grouped in time bins at least this wide. */
  cellWidth: number;
  /** Most same-instant events a stack shows one above the other; more make a cluster. */
  maxStack: number;
  /** Radius of a cluster of `count` events. */
  clusterRadius: (count: number) => number;
}

/** Marks in a run of sorted points `[from, to)`: one event, a stack of same-instant events, or a cluster. */
export interface PointGroup {
  from: number;
  to: number;
  cluster: boolean;
  /** Centre in the plot: the anchor of a single or stack, the mean anchor of a cluster. */
  x: number;
  /** Sum of members' anchors relative to the window start (for the mean). */
  sum: number;
}

/**
 * Level of detail for points: which visible points are drawn on their own and which merge into
 * clusters. Points are binned on a time grid whose bins are powers of two milliseconds at least
 * `cellWidth` wide, so zooming in splits a bin in halves and clusters mostly split rather than
 * reshuffle (a merge across bins can still regroup neighbours).
 * A bin whose marks would collide becomes a cluster; then neighbours closer than their radii merge.
 * Same-instant points form a stack (drawn one above the other) as long as it has room.
 * Only points within half a spacing of the view are grouped. O(visible points).
 */
export function groupPoints(
  anchors: Float64Array,
  domain: readonly [number, number],
  width: number,
  options: PointLodOptions,
  /** Prefix sums of `anchors[i] - anchors[0]` (see Lane): bins too full to show apart skip the scan. */
  anchorSums?: Float64Array,
): PointGroup[] {
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  if (!(k > 0) || anchors.length === 0) return [];
  const binMs = 2 ** Math.ceil(Math.log2(options.cellWidth / k));
  // Only points whose own mark would show: a cluster's centre (their mean) is then on screen too.
  const margin = options.minSpacing / 2 / k;
  const from = bisect(anchors, d0 - margin);
  const to = bisect(anchors, d1 + margin, true);
  const x = (t: number): number => (t - d0) * k;

  const binned: PointGroup[] = [];
  // More events than a bin could show apart (distinct instants at least minSpacing apart, each a
  // stack of at most maxStack) must cluster: such bins need no look at each event.
  const binCapacity = options.maxStack * ((binMs * k) / options.minSpacing + 1);
  for (let i = from; i < to;) {
    const bin = Math.floor(anchors[i]! / binMs);
    if (anchorSums) {
      const binEnd = Math.min(to, bisect(anchors, (bin + 1) * binMs, false, i));
      if (binEnd - i > binCapacity) {
        const count = binEnd - i;
        const sum = anchorSums[binEnd]! - anchorSums[i]! + count * (anchors[0]! - d0);
        binned.push({ from: i, to: binEnd, cluster: true, x: x(d0 + sum / count), sum });
        i = binEnd;
        continue;
      }
    }
    let end = i + 1;
    let crowded = false;
    let runStart = i;
    let sum = anchors[i]! - d0;
    for (; end < to && Math.floor(anchors[end]! / binMs) === bin; end++) {
      sum += anchors[end]! - d0;
      if (anchors[end] === anchors[end - 1]) {
        if (end - runStart >= options.maxStack) crowded = true;
      } else {
        runStart = end;
        if (x(anchors[end]!) - x(anchors[end - 1]!) < options.minSpacing) crowded = true;
      }
    }
    if (end - runStart > options.maxStack) crowded = true;
    if (crowded) {
      binned.push({ from: i, to: end, cluster: true, x: x(d0 + sum / (end - i)), sum });
    } else {
      // Every distinct instant in the bin has room: one group per instant (a single or a stack).
      for (let s = i; s < end;) {
        let e = s + 1;
        while (e < end && anchors[e] === anchors[s]) e++;
        const anchor = anchors[s]!;
        binned.push({ from: s, to: e, cluster: false, x: x(anchor), sum: (anchor - d0) * (e - s) });
        s = e;
      }
    }
    i = end;
  }

  const radius = (g: PointGroup): number =>
    g.cluster ? options.clusterRadius(g.to - g.from) : options.minSpacing / 2;
  const merged: PointGroup[] = [];
  for (const group of binned) {
    let current = group;
    // Merging moves the centre left, which may make it collide with the group before: repeat.
    for (let prev = merged.at(-1); prev; prev = merged.at(-1)) {
      if (current.x - prev.x >= radius(prev) + radius(current) + options.minSpacing / 4) break;
      merged.pop();
      const sum = prev.sum + current.sum;
      const count = current.to - prev.from;
      current = { from: prev.from, to: current.to, cluster: true, x: x(d0 + sum / count), sum };
    }
    merged.push(current);
  }
  return merged;
}
