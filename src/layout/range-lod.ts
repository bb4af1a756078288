import type { NormalizedEvent } from '../model/types.js';
import { firstEndingAfter } from './event-index.js';

export interface RangeLodOptions {
  /** Rows that fit; when a lane has more, the last one gathers all the others. */
  maxRows: number;
  /** Bars whose gap is narrower than this, in pixels, merge. */
  mergeGap: number;
  /** Narrowest bar drawn. */
  minBarWidth: number;
  /** Most bar marks drawn; the merge gap doubles until the bars fit. */
  budget: number;
  /** Smallest bin width for the gathered rows. */
  cellWidth: number;
}

/** A bar: one range, or ranges merged because they would touch (`list[from..to)`). */
export interface RangeGroup {
  /** Display row. */
  row: number;
  list: readonly NormalizedEvent[];
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** In the last row, gathering rows that do not fit: always drawn as a cluster. */
  overflow: boolean;
}

/**
 * Level of detail for ranges. Rows keep their packed order (so bars do not jump while zooming);
 * in each, bars closer than `mergeGap` merge into one cluster bar. Rows beyond `maxRows - 1` are
 * gathered into the last row, binned on a power-of-two time grid. O(visible ranges + rows).
 */
export function groupRanges(
  rows: readonly (readonly NormalizedEvent[])[],
  domain: readonly [number, number],
  width: number,
  options: RangeLodOptions,
): RangeGroup[] {
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  if (!(k > 0) || rows.length === 0 || options.maxRows < 1) return [];
  const x = (t: number): number => (t - d0) * k;
  const overflowing = rows.length > options.maxRows;
  const shownRows = overflowing ? options.maxRows - 1 : rows.length;

  const overflow: RangeGroup[] = [];
  if (overflowing) {
    const binMs = 2 ** Math.ceil(Math.log2(options.cellWidth / k));
    const bins = new Map<number, { list: NormalizedEvent[]; start: number; end: number }>();
    for (let r = shownRows; r < rows.length; r++) {
      const row = rows[r]!;
      for (let i = firstEndingAfter(row, d0); i < row.length && row[i]!.start < d1; i++) {
        const range = row[i]!;
        const bin = Math.floor(Math.max(range.start, d0) / binMs);
        const entry = bins.get(bin);
        if (entry) {
          entry.list.push(range);
          entry.start = Math.min(entry.start, range.start);
          entry.end = Math.max(entry.end, range.end);
        } else bins.set(bin, { list: [range], start: range.start, end: range.end });
      }
    }
    for (const [bin, { list, start, end }] of [...bins].sort((a, b) => a[0] - b[0])) {
      // Kept inside its bin (at least cellWidth wide), so neighbouring bins never overlap.
      const binEnd = x((bin + 1) * binMs);
      const x0 = Math.min(x(Math.max(start, bin * binMs)), binEnd - options.minBarWidth);
      const x1 = Math.max(x(Math.min(end, (bin + 1) * binMs)), x0 + options.minBarWidth);
      overflow.push({ row: shownRows, list, from: 0, to: list.length, x0, x1, overflow: true });
    }
  }

  for (let gap = options.mergeGap; ; gap *= 2) {
    const groups: RangeGroup[] = [];
    for (let r = 0; r < shownRows; r++) {
      const row = rows[r]!;
      let current: RangeGroup | null = null;
      for (let i = firstEndingAfter(row, d0); i < row.length && row[i]!.start < d1; i++) {
        const x0 = x(row[i]!.start);
        const x1 = Math.max(x(row[i]!.end), x0 + options.minBarWidth);
        if (current && x0 - current.x1 < gap) {
          current.to = i + 1;
          current.x1 = Math.max(current.x1, x1);
        } else {
          if (current) groups.push(current);
          current = { row: r, list: row, from: i, to: i + 1, x0, x1, overflow: false };
        }
      }
      if (current) groups.push(current);
    }
    if (groups.length + overflow.length <= options.budget || gap > width) {
      return groups.concat(overflow);
    }
  }
}
