import { placedAt } from '../model/timeline-model.js';
import type { NormalizedEvent } from '../model/types.js';

/** How many events fall in each of `bins` equal slices of a domain, per category. */
export interface Density {
  /** The domain binned, in wall-clock milliseconds. */
  domain: readonly [number, number];
  bins: number;
  /** Categories in order of their total, most first (null: events without one). */
  categories: (string | null)[];
  /** `counts[c][b]`: events of `categories[c]` in bin `b`. */
  counts: Uint32Array[];
  /** Events in each bin, all categories together. */
  totals: Uint32Array;
  /** The largest total. */
  max: number;
}

/**
 * Bins events by where they sit (a point's anchor, a range's start; eras are background and not
 * counted) into `bins` slices of `domain`, per category: one pass over the events, O(n + bins ×
 * categories). Events outside the domain go to the first or last bin.
 */
export function densityBins(
  events: readonly NormalizedEvent[],
  domain: readonly [number, number],
  bins: number,
): Density {
  const count = Math.max(1, Math.floor(bins));
  const [d0, d1] = domain;
  const span = d1 - d0 || 1;
  const byCategory = new Map<string | null, Uint32Array>();
  const sums = new Map<string | null, number>();
  const totals = new Uint32Array(count);
  for (const event of events) {
    if (event.type === 'era') continue;
    const at = placedAt(event);
    const bin = Math.min(count - 1, Math.max(0, Math.floor(((at - d0) / span) * count)));
    let row = byCategory.get(event.category);
    if (!row) byCategory.set(event.category, (row = new Uint32Array(count)));
    row[bin]!++;
    totals[bin]!++;
    sums.set(event.category, (sums.get(event.category) ?? 0) + 1);
  }
  const categories = [...byCategory.keys()].sort((a, b) => sums.get(b)! - sums.get(a)!);
  let max = 0;
  for (const total of totals) max = Math.max(max, total);
  return {
    domain: [d0, d1],
    bins: count,
    categories,
    counts: categories.map((c) => byCategory.get(c)!),
    totals,
    max,
  };
}
