/**
 * The horizontal space taken in one label row: disjoint intervals kept sorted, so a free-space
 * test is a binary search. Labels own their box; a stem that runs through the row owns a sliver.
 */
export class RowOccupancy {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  /** For a label box, the x of the stem along its edge (Infinity when the stem meets it inside); NaN for a stem sliver. */
  readonly #stems: number[] = [];

  /** Whether [x0, x1) overlaps nothing in this row. */
  isFree(x0: number, x1: number): boolean {
    const i = this.#firstEndingAfter(x0);
    return i === this.#starts.length || this.#starts[i]! >= x1;
  }

  /**
   * Whether a stem at `x` may pass through this row: nothing is there, or it runs along the edge
   * of a label hanging from a stem at the same x (labels of simultaneous events share one stem).
   */
  stemMayPass(x: number, halfWidth: number): boolean {
    for (let i = this.#firstEndingAfter(x - halfWidth); i < this.#starts.length; i++) {
      if (this.#starts[i]! >= x + halfWidth) break;
      const stem = this.#stems[i]!;
      // Only a label on this very stem (same x) lets it through; NaN (a stem sliver) never blocks.
      if (!Number.isNaN(stem) && stem !== x) return false;
    }
    return true;
  }

  /**
   * Takes [x0, x1) for a label. `edgeStemX` is the x of its stem when the stem runs along the
   * box's edge (other stems at that x may pass), or Infinity. The caller has checked isFree.
   */
  addBox(x0: number, x1: number, edgeStemX = Infinity): void {
    this.#insert(x0, x1, edgeStemX);
  }

  /**
   * The free position for a box of `width` whose left edge lies in [lo, hi], nearest to
   * `preferred`, or null when there is none.
   */
  findSpot(lo: number, hi: number, width: number, preferred: number): number | null {
    if (hi < lo) return null;
    let best: number | null = null;
    let gapStart = -Infinity;
    for (let i = this.#firstEndingAfter(lo); i <= this.#starts.length; i++) {
      const gapEnd = i < this.#starts.length ? this.#starts[i]! : Infinity;
      if (i > 0 && i - 1 < this.#ends.length) gapStart = Math.max(gapStart, this.#ends[i - 1]!);
      const from = Math.max(lo, gapStart);
      const to = Math.min(hi, gapEnd - width);
      if (from <= to) {
        const spot = Math.min(Math.max(preferred, from), to);
        if (best === null || Math.abs(spot - preferred) < Math.abs(best - preferred)) best = spot;
        if (from >= preferred) break; // later gaps are only further away
      }
      if (gapEnd >= hi + width) break;
    }
    return best;
  }

  /** Takes a sliver for a stem passing through, merged with any slivers it touches. */
  addStem(x: number, halfWidth: number): void {
    let x0 = x - halfWidth;
    let x1 = x + halfWidth;
    const first = this.#firstEndingAfter(x0);
    let last = first;
    for (; last < this.#starts.length && this.#starts[last]! < x1; last++) {
      // A label on this same stem already keeps the line clear: nothing to add.
      if (this.#stems[last] === x) return;
      // Any other label here was placed after checking stemMayPass, so it cannot be in the way.
      x0 = Math.min(x0, this.#starts[last]!);
      x1 = Math.max(x1, this.#ends[last]!);
    }
    this.#starts.splice(first, last - first, x0);
    this.#ends.splice(first, last - first, x1);
    this.#stems.splice(first, last - first, Number.NaN);
  }

  #insert(x0: number, x1: number, stem: number): void {
    const i = this.#firstEndingAfter(x0);
    this.#starts.splice(i, 0, x0);
    this.#ends.splice(i, 0, x1);
    this.#stems.splice(i, 0, stem);
  }

  /** Index of the first interval whose end is after x (ends are sorted: intervals are disjoint). */
  #firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.#ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#ends[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
