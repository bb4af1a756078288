import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { packRows, type Interval } from '../../src/layout/pack-rows.js';

/** Half-open overlap: [a.start, a.end) and [b.start, b.end) share some instant. */
function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The largest number of intervals covering one instant (ends before starts at a tie). */
function maxDepth(intervals: readonly Interval[]): number {
  const points: [number, number][] = [];
  for (const { start, end } of intervals) {
    points.push([start, 1], [end, -1]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let max = 0;
  for (const [, delta] of points) {
    depth += delta;
    max = Math.max(max, depth);
  }
  return max;
}

function expectValidPacking(intervals: readonly Interval[]): { rows: number[]; rowCount: number } {
  const result = packRows(intervals);
  const { rows, rowCount } = result;
  expect(rows).to.have.length(intervals.length);
  const used = new Set<number>();
  rows.forEach((row, i) => {
    expect(Number.isInteger(row), `row of ${i}`).to.equal(true);
    expect(row).to.be.within(0, rowCount - 1);
    used.add(row);
  });
  // Rows are numbered 0..rowCount-1 with none left empty.
  expect(used.size).to.equal(rowCount);
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      if (rows[i] === rows[j]) {
        expect(
          overlaps(intervals[i]!, intervals[j]!),
          `${JSON.stringify(intervals[i])} and ${JSON.stringify(intervals[j])} share row ${rows[i]}`,
        ).to.equal(false);
      }
    }
  }
  return result;
}

const positiveInterval = fc
  .record({
    start: fc.integer({ min: -1000, max: 1000 }),
    length: fc.integer({ min: 1, max: 400 }),
  })
  .map(({ start, length }) => ({ start, end: start + length }));

describe('packRows', () => {
  it('packs nothing into no rows', () => {
    expect(packRows([])).to.deep.equal({ rows: [], rowCount: 0 });
  });

  it('puts disjoint intervals in one row, in any order', () => {
    const intervals = [
      { start: 20, end: 30 },
      { start: 0, end: 10 },
      { start: 10, end: 20 }, // touching is not overlapping
    ];
    expect(packRows(intervals)).to.deep.equal({ rows: [0, 0, 0], rowCount: 1 });
  });

  it('stacks overlapping intervals and reuses freed rows, lowest first', () => {
    const intervals = [
      { start: 0, end: 100 },
      { start: 10, end: 20 },
      { start: 15, end: 50 },
      { start: 25, end: 30 }, // row 1 is free again after 20
      { start: 60, end: 70 }, // rows 1 and 2 free: takes 1
    ];
    expect(packRows(intervals)).to.deep.equal({ rows: [0, 1, 2, 1, 1], rowCount: 3 });
  });

  it('gives identical intervals separate rows in input order', () => {
    const same = { start: 5, end: 9 };
    expect(packRows([same, same, same])).to.deep.equal({ rows: [0, 1, 2], rowCount: 3 });
  });

  it('uses the input position to break ties between equal starts', () => {
    const { rows } = packRows([
      { start: 0, end: 5 },
      { start: 0, end: 50 },
      { start: 0, end: 10 },
    ]);
    expect(rows).to.deep.equal([0, 1, 2]);
  });

  it('works with fractional and very large values', () => {
    const day = 86_400_000;
    const base = Date.UTC(2025, 0, 1);
    expectValidPacking([
      { start: base, end: base + day },
      { start: base + 0.5 * day, end: base + 1.5 * day },
      { start: base + day, end: base + 2 * day },
      { start: -8.64e15, end: 8.64e15 },
    ]);
  });

  it('handles zero-length intervals without overlapping anything', () => {
    expectValidPacking([
      { start: 5, end: 5 },
      { start: 5, end: 5 },
      { start: 0, end: 10 },
      { start: 10, end: 10 },
    ]);
  });

  it('never puts overlapping intervals in one row and uses the fewest rows (property)', () => {
    fc.assert(
      fc.property(fc.array(positiveInterval, { maxLength: 60 }), (intervals) => {
        const { rowCount } = expectValidPacking(intervals);
        expect(rowCount).to.equal(maxDepth(intervals));
      }),
      { numRuns: 200 },
    );
  });

  it('places each interval in the lowest row free of earlier-starting intervals (property)', () => {
    fc.assert(
      fc.property(fc.array(positiveInterval, { maxLength: 40 }), (intervals) => {
        const { rows } = packRows(intervals);
        const order = intervals
          .map((_, i) => i)
          .sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
        order.forEach((i, position) => {
          const before = order.slice(0, position);
          for (let row = 0; row < rows[i]!; row++) {
            const blocked = before.some(
              (j) => rows[j] === row && overlaps(intervals[i]!, intervals[j]!),
            );
            expect(blocked, `interval ${i} could have used row ${row}`).to.equal(true);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('stays valid with zero-length and duplicate intervals mixed in (property)', () => {
    const interval = fc
      .record({ start: fc.integer({ min: 0, max: 50 }), length: fc.integer({ min: 0, max: 20 }) })
      .map(({ start, length }) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), (intervals) => {
        const { rowCount } = expectValidPacking(intervals);
        expect(rowCount).to.be.at.least(Math.min(1, intervals.length));
        expect(rowCount).to.be.at.most(intervals.length);
      }),
      { numRuns: 150 },
    );
  });

  it('does not modify its input', () => {
    const intervals = [
      { start: 3, end: 4 },
      { start: 1, end: 2 },
    ];
    const copy = intervals.map((i) => ({ ...i }));
    packRows(intervals);
    expect(intervals).to.deep.equal(copy);
  });
});
