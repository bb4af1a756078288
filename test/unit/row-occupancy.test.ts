import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RowOccupancy } from '../../src/layout/row-occupancy.js';

/** A plain list of what a row holds, to check RowOccupancy against. */
interface Taken {
  x0: number;
  x1: number;
  /** Edge stem x for a box (Infinity when none), NaN for a stem sliver. */
  stem: number;
}

function modelIsFree(taken: readonly Taken[], x0: number, x1: number): boolean {
  return taken.every((t) => !(t.x0 < x1 && x0 < t.x1));
}

/** A stem may pass unless it meets a box that does not hang from a stem at (about) its x. */
function modelMayPass(taken: readonly Taken[], x: number, hw: number): boolean {
  return taken.every(
    (t) => !(t.x0 < x + hw && x - hw < t.x1) || Number.isNaN(t.stem) || Math.abs(t.stem - x) < 0.5,
  );
}

/** Brute force: the free left edge in [lo, hi] nearest to `preferred`, as a distance. */
function bestDistance(
  taken: readonly Taken[],
  lo: number,
  hi: number,
  width: number,
  preferred: number,
): number | null {
  if (hi < lo) return null;
  const candidates = [lo, hi, Math.min(Math.max(preferred, lo), hi)];
  for (const t of taken) candidates.push(t.x1, t.x0 - width);
  let best: number | null = null;
  for (const c of candidates) {
    if (c < lo || c > hi || !modelIsFree(taken, c, c + width)) continue;
    const distance = Math.abs(c - preferred);
    if (best === null || distance < best) best = distance;
  }
  return best;
}

describe('RowOccupancy', () => {
  describe('isFree and addBox', () => {
    it('is free everywhere when empty', () => {
      const row = new RowOccupancy();
      expect(row.isFree(-1e9, 1e9)).to.equal(true);
      expect(row.isFree(0, 0)).to.equal(true);
    });

    it('treats boxes as half-open intervals', () => {
      const row = new RowOccupancy();
      row.addBox(10, 20);
      expect(row.isFree(0, 10)).to.equal(true); // ends where the box starts
      expect(row.isFree(20, 30)).to.equal(true); // starts where the box ends
      expect(row.isFree(0, 10.5)).to.equal(false);
      expect(row.isFree(19.5, 30)).to.equal(false);
      expect(row.isFree(12, 15)).to.equal(false); // inside
      expect(row.isFree(0, 100)).to.equal(false); // around
      expect(row.isFree(10, 20)).to.equal(false); // the same
    });

    it('keeps several boxes apart, whatever order they come in', () => {
      const row = new RowOccupancy();
      row.addBox(50, 60);
      row.addBox(10, 20);
      row.addBox(30, 40);
      expect(row.isFree(20, 30)).to.equal(true);
      expect(row.isFree(40, 50)).to.equal(true);
      expect(row.isFree(60, 1000)).to.equal(true);
      expect(row.isFree(25, 35)).to.equal(false);
      expect(row.isFree(45, 55)).to.equal(false);
      expect(row.isFree(-100, 11)).to.equal(false);
      expect(row.isFree(21, 29)).to.equal(true);
    });
  });

  describe('addStem and stemMayPass', () => {
    it('takes a sliver of twice the half width around the stem', () => {
      const row = new RowOccupancy();
      row.addStem(100, 3);
      expect(row.isFree(90, 97)).to.equal(true);
      expect(row.isFree(103, 110)).to.equal(true);
      expect(row.isFree(90, 97.5)).to.equal(false);
      expect(row.isFree(102.5, 110)).to.equal(false);
      expect(row.isFree(99, 101)).to.equal(false);
    });

    it('merges slivers that overlap', () => {
      const row = new RowOccupancy();
      row.addStem(100, 3);
      row.addStem(104, 3);
      row.addStem(200, 3);
      expect(row.isFree(97, 107)).to.equal(false);
      expect(row.isFree(90, 97)).to.equal(true);
      expect(row.isFree(107, 197)).to.equal(true);
      expect(row.isFree(103, 104)).to.equal(false); // the seam between the two slivers
      expect(row.findSpot(0, 300, 90, 97)).to.equal(107);
    });

    it('adds nothing when a label box already covers the stem', () => {
      const row = new RowOccupancy();
      row.addBox(97, 150, 100);
      row.addStem(100, 3);
      expect(row.isFree(150, 200)).to.equal(true);
      expect(row.isFree(0, 97)).to.equal(true);
      expect(row.stemMayPass(100, 3)).to.equal(true);
    });

    it('lets a stem pass through an empty row, or one with only other stems', () => {
      const row = new RowOccupancy();
      expect(row.stemMayPass(100, 3)).to.equal(true);
      row.addStem(102, 3);
      expect(row.stemMayPass(100, 3)).to.equal(true);
    });

    it('blocks a stem that would cross a label box', () => {
      const row = new RowOccupancy();
      row.addBox(50, 150);
      expect(row.stemMayPass(100, 3)).to.equal(false);
      expect(row.stemMayPass(52, 3)).to.equal(false); // its sliver reaches into the box
      expect(row.stemMayPass(148, 3)).to.equal(false);
      expect(row.stemMayPass(47, 3)).to.equal(true); // sliver [44, 50) only touches the box
      expect(row.stemMayPass(153, 3)).to.equal(true);
    });

    it('lets a stem run along the edge of a label hanging from a stem at the same x', () => {
      const row = new RowOccupancy();
      row.addBox(97, 200, 100); // hangs right of a stem at 100
      row.addBox(300, 403, 400); // hangs left of a stem at 400
      expect(row.stemMayPass(100, 3)).to.equal(true);
      expect(row.stemMayPass(100.3, 3)).to.equal(false); // another stem, however close
      expect(row.stemMayPass(400, 3)).to.equal(true);
      expect(row.stemMayPass(101, 3)).to.equal(false);
      expect(row.stemMayPass(150, 3)).to.equal(false);
      expect(row.stemMayPass(399, 3)).to.equal(false);
    });

    it('blocks a stem at the x of a box that does not hang at its edge', () => {
      const row = new RowOccupancy();
      row.addBox(60, 160); // default: no edge stem
      expect(row.stemMayPass(100, 3)).to.equal(false);
      expect(row.stemMayPass(63, 3)).to.equal(false);
    });
  });

  describe('findSpot', () => {
    it('returns the preferred position when it is free', () => {
      const row = new RowOccupancy();
      expect(row.findSpot(0, 100, 20, 40)).to.equal(40);
      row.addBox(0, 10);
      expect(row.findSpot(0, 100, 20, 40)).to.equal(40);
    });

    it('clamps the preferred position into [lo, hi]', () => {
      const row = new RowOccupancy();
      expect(row.findSpot(10, 50, 20, 0)).to.equal(10);
      expect(row.findSpot(10, 50, 20, 90)).to.equal(50);
    });

    it('returns null when hi < lo', () => {
      expect(new RowOccupancy().findSpot(10, 9, 5, 10)).to.equal(null);
    });

    it('moves to the nearest side of a box in the way', () => {
      const row = new RowOccupancy();
      row.addBox(40, 60);
      // Box of 20 preferred at 45: left spot 20 (distance 25), right spot 60 (distance 15).
      expect(row.findSpot(0, 100, 20, 45)).to.equal(60);
      // Preferred at 30: left spot 20 (distance 10), right 60 (distance 30).
      expect(row.findSpot(0, 100, 20, 30)).to.equal(20);
    });

    it('fits into a gap exactly as wide as the box, and not into a narrower one', () => {
      const row = new RowOccupancy();
      row.addBox(0, 10);
      row.addBox(30, 40);
      row.addBox(49, 60);
      expect(row.findSpot(0, 100, 20, 15)).to.equal(10);
      expect(row.findSpot(35, 100, 10, 40)).to.equal(60); // gap [40, 49) is too narrow
      expect(row.findSpot(0, 10, 20, 5)).to.equal(10);
      expect(row.findSpot(0, 45, 21, 5)).to.equal(null); // no gap of 21 starts before 45
    });

    it('returns null when no position in [lo, hi] is free', () => {
      const row = new RowOccupancy();
      row.addBox(0, 100);
      expect(row.findSpot(0, 80, 20, 40)).to.equal(null);
      expect(row.findSpot(50, 90, 20, 60)).to.equal(null);
      expect(row.findSpot(0, 100, 20, 60)).to.equal(100);
    });

    it('respects stem slivers like boxes', () => {
      const row = new RowOccupancy();
      row.addStem(50, 3);
      expect(row.findSpot(30, 60, 10, 45)).to.equal(37);
      expect(row.findSpot(30, 60, 10, 51)).to.equal(53);
    });

    it('finds the nearest free position, or null exactly when there is none (property)', () => {
      const op = fc.oneof(
        fc.record({
          kind: fc.constant('box' as const),
          x0: fc.integer({ min: -50, max: 500 }),
          width: fc.integer({ min: 1, max: 120 }),
          edge: fc.boolean(),
        }),
        fc.record({
          kind: fc.constant('stem' as const),
          x: fc.integer({ min: -50, max: 500 }),
          hw: fc.integer({ min: 1, max: 5 }),
        }),
      );
      const query = fc.record({
        lo: fc.integer({ min: -100, max: 500 }),
        span: fc.integer({ min: -10, max: 400 }),
        width: fc.integer({ min: 1, max: 150 }),
        preferred: fc.integer({ min: -150, max: 650 }),
      });
      fc.assert(
        fc.property(
          fc.array(op, { maxLength: 25 }),
          fc.array(query, { maxLength: 10 }),
          (ops, queries) => {
            const row = new RowOccupancy();
            const taken: Taken[] = [];
            for (const o of ops) {
              if (o.kind === 'box') {
                const x1 = o.x0 + o.width;
                expect(row.isFree(o.x0, x1)).to.equal(modelIsFree(taken, o.x0, x1));
                if (!modelIsFree(taken, o.x0, x1)) continue;
                const stem = o.edge ? o.x0 + 3 : Infinity;
                row.addBox(o.x0, x1, stem);
                taken.push({ x0: o.x0, x1, stem });
              } else {
                const x0 = o.x - o.hw;
                const x1 = o.x + o.hw;
                expect(row.stemMayPass(o.x, o.hw)).to.equal(modelMayPass(taken, o.x, o.hw));
                // A stem behind a box adds nothing (see above); keep the model simple.
                if (taken.some((t) => !Number.isNaN(t.stem) && t.x0 < x1 && x0 < t.x1)) continue;
                row.addStem(o.x, o.hw);
                taken.push({ x0, x1, stem: Number.NaN });
              }
            }
            for (const t of taken) {
              if (!Number.isFinite(t.stem)) continue;
              expect(row.stemMayPass(t.stem, 3)).to.equal(modelMayPass(taken, t.stem, 3));
              expect(row.stemMayPass(t.stem + 1, 3)).to.equal(modelMayPass(taken, t.stem + 1, 3));
            }
            for (const { lo, span, width, preferred } of queries) {
              const hi = lo + span;
              const spot = row.findSpot(lo, hi, width, preferred);
              const best = bestDistance(taken, lo, hi, width, preferred);
              const where = `findSpot(${lo}, ${hi}, ${width}, ${preferred}) in ${JSON.stringify(taken)}`;
              if (best === null) {
                expect(spot, where).to.equal(null);
              } else {
                expect(spot, where).to.not.equal(null);
                expect(spot!, where).to.be.within(lo, hi);
                expect(modelIsFree(taken, spot!, spot! + width), where).to.equal(true);
                expect(Math.abs(spot! - preferred), where).to.equal(best);
              }
            }
          },
        ),
        { numRuns: 200 },
      );
    });

    it('finds spots that stay free after boxes are added there (property)', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              width: fc.integer({ min: 5, max: 80 }),
              preferred: fc.integer({ min: 0, max: 400 }),
            }),
            { maxLength: 40 },
          ),
          (requests) => {
            const row = new RowOccupancy();
            const placed: [number, number][] = [];
            for (const { width, preferred } of requests) {
              const spot = row.findSpot(0, 400 - width, width, preferred);
              if (spot === null) continue;
              expect(row.isFree(spot, spot + width)).to.equal(true);
              row.addBox(spot, spot + width);
              placed.push([spot, spot + width]);
            }
            placed.sort((a, b) => a[0] - b[0]);
            for (let i = 1; i < placed.length; i++) {
              expect(placed[i]![0]).to.be.at.least(placed[i - 1]![1]);
            }
            for (const [x0, x1] of placed) {
              expect(x0).to.be.at.least(0);
              expect(x1).to.be.at.most(400);
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});
