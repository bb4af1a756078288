import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  bisect,
  firstEndingAfter,
  indexEvents,
  type TimelineIndex,
} from '../../src/layout/event-index.js';
import type { OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import type { NormalizedEvent } from '../../src/model/types.js';

const utc: OffsetAt = () => 0;
const MINUTE = 60_000;
/** One second past midnight, so epoch-millisecond inputs never read as whole days. */
const BASE = Date.UTC(2025, 0, 1) + 1000;

function normalize(rows: readonly unknown[]): readonly NormalizedEvent[] {
  return normalizeEvents(rows, utc).events;
}

/** Half-open overlap, where a zero-length range [t, t) overlaps nothing. */
function overlaps(a: NormalizedEvent, b: NormalizedEvent): boolean {
  return a.start < b.end && b.start < a.end;
}

const ids = (events: readonly NormalizedEvent[]): string[] => events.map((e) => e.id);

/** Random rows: points, ranges and eras at minute offsets, with categories from a small set. */
function rowsOf(minLength: number): fc.Arbitrary<object[]> {
  const row = fc.record({
    kind: fc.constantFrom('point', 'range', 'range', 'era'),
    start: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: minLength, max: 60 }),
    category: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }),
  });
  return fc.array(row, { maxLength: 40 }).map((rows) =>
    rows.map(({ kind, start, length, category }, i) => ({
      title: `event ${i}`,
      start: BASE + start * MINUTE,
      ...(kind === 'point' ? {} : { end: BASE + (start + length) * MINUTE, type: kind }),
      ...(category ? { category } : {}),
    })),
  );
}

const rowsArb = rowsOf(0);

/** Checks what holds of every lane, whatever the grouping. */
function expectValidLanes(index: TimelineIndex, events: readonly NormalizedEvent[]): void {
  const seen = new Map<string, number>();
  for (const lane of index.lanes) {
    // Points: sorted by anchor, then start, then input order; anchors mirror them.
    expect(lane.anchors).to.be.instanceOf(Float64Array);
    expect(Array.from(lane.anchors)).to.deep.equal(lane.points.map((p) => p.anchor));
    for (const p of lane.points) expect(p.type).to.equal('point');
    for (let i = 1; i < lane.points.length; i++) {
      const a = lane.points[i - 1]!;
      const b = lane.points[i]!;
      const order = a.anchor - b.anchor || a.start - b.start || a.index - b.index;
      expect(order, `points ${a.id} and ${b.id} out of order`).to.be.below(0);
    }
    // Ranges: no empty row; within a row disjoint and sorted, so starts and ends both ascend.
    for (const row of lane.rangeRows) {
      expect(row.length).to.be.greaterThan(0);
      for (const r of row) expect(r.type).to.equal('range');
      for (let i = 1; i < row.length; i++) {
        const a = row[i - 1]!;
        const b = row[i]!;
        expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).to.equal(false);
        expect(a.start).to.be.at.most(b.start);
        expect(a.end, `ends ascend in a row`).to.be.at.most(b.end);
      }
      for (let i = 0; i < row.length; i++) {
        for (let j = i + 1; j < row.length; j++) {
          expect(overlaps(row[i]!, row[j]!)).to.equal(false);
        }
      }
    }
    for (const e of [...lane.points, ...lane.rangeRows.flat()]) {
      seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    }
  }
  // Every non-era event is in exactly one lane; eras are apart, in input-array order.
  for (const e of events) {
    expect(seen.get(e.id) ?? 0, `lanes holding ${e.id}`).to.equal(e.type === 'era' ? 0 : 1);
  }
  expect(seen.size).to.equal(events.filter((e) => e.type !== 'era').length);
  expect(ids(index.eras)).to.deep.equal(ids(events.filter((e) => e.type === 'era')));
  // Era rows: a packing with rows 0..eraRowCount-1 and no two overlapping eras in one row.
  expect(index.eraRow.size).to.equal(index.eras.length);
  for (const era of index.eras) {
    const row = index.eraRow.get(era.id)!;
    expect(row).to.be.within(0, index.eraRowCount - 1);
  }
  for (const a of index.eras) {
    for (const b of index.eras) {
      if (a !== b && index.eraRow.get(a.id) === index.eraRow.get(b.id)) {
        expect(overlaps(a, b), `eras ${a.id} and ${b.id} share a row`).to.equal(false);
      }
    }
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('indexEvents', () => {
  it('gives no events one empty ungrouped lane', () => {
    const index = indexEvents([]);
    expect(index.grouped).to.equal(false);
    expect(index.lanes).to.have.length(1);
    expect(index.lanes[0]!.key).to.equal(null);
    expect(index.lanes[0]!.points).to.deep.equal([]);
    expect(index.lanes[0]!.anchors.length).to.equal(0);
    expect(index.lanes[0]!.rangeRows).to.deep.equal([]);
    expect(index.eras).to.deep.equal([]);
    expect(index.eraRowCount).to.equal(0);
  });

  it('gives no events no lanes when grouped', () => {
    const index = indexEvents([], { laneOf: (e) => e.category, laneOrder: ['x', 'y'] });
    expect(index.grouped).to.equal(true);
    expect(index.lanes).to.deep.equal([]);
  });

  it('puts everything but eras in one lane without laneOf', () => {
    const events = normalize([
      { id: 'p2', title: 'P2', start: '2025-03-01', category: 'b' },
      { id: 'p1', title: 'P1', start: '2025-02-01', category: 'a' },
      { id: 'r1', title: 'R1', start: '2025-01-01', end: '2025-06-30' },
      { id: 'r2', title: 'R2', start: '2025-03-01', end: '2025-04-30' },
      { id: 'r3', title: 'R3', start: '2025-07-01', end: '2025-08-31' },
      { id: 'era', title: 'Era', start: '2025-01-01', end: '2025-12-31', type: 'era' },
    ]);
    const index = indexEvents(events);
    expect(index.grouped).to.equal(false);
    expect(index.lanes).to.have.length(1);
    const lane = index.lanes[0]!;
    expect(lane.key).to.equal(null);
    expect(ids(lane.points)).to.deep.equal(['p1', 'p2']);
    // A "month" point sits mid-period; the anchors are those of the points.
    expect(Array.from(lane.anchors)).to.deep.equal(lane.points.map((p) => p.anchor));
    // r3 starts after r1 ends, so it reuses row 0.
    expect(lane.rangeRows.map(ids)).to.deep.equal([['r1', 'r3'], ['r2']]);
    expect(ids(index.eras)).to.deep.equal(['era']);
    expect(index.eraRow.get('era')).to.equal(0);
    expect(index.eraRowCount).to.equal(1);
  });

  it('orders lanes by laneOrder, then first appearance, then the lane without a value', () => {
    const events = normalize([
      { id: 'x1', title: 'X', start: '2025-09-01', category: 'x' }, // index 0, starts last
      { id: 'n1', title: 'N', start: '2025-01-01' },
      { id: 'y1', title: 'Y', start: '2025-05-01', category: 'y' },
      { id: 'b1', title: 'B', start: '2025-02-01', category: 'b' },
      { id: 'x2', title: 'X2', start: '2025-01-15', end: '2025-02-15', category: 'x' },
    ]);
    // normalizeEvents sorts by start, so the array order is not the input order.
    expect(ids(events)[0]).to.equal('n1');
    const index = indexEvents(events, {
      laneOf: (e) => e.category,
      // 'unused' has no events and is dropped; 'b' comes first although it appears late.
      laneOrder: ['unused', 'b'],
    });
    expect(index.grouped).to.equal(true);
    expect(index.lanes.map((l) => l.key)).to.deep.equal(['b', 'x', 'y', null]);
    const x = index.lanes[1]!;
    expect(ids(x.points)).to.deep.equal(['x1']);
    expect(x.rangeRows.map(ids)).to.deep.equal([['x2']]);
    expect(ids(index.lanes[3]!.points)).to.deep.equal(['n1']);
  });

  it('leaves out a null lane when every event has a lane value', () => {
    const events = normalize([
      { title: 'A', start: '2025-01-01', category: 'a' },
      { title: 'E', start: '2025-01-01', end: '2025-02-01', type: 'era' }, // eras are not laned
    ]);
    const index = indexEvents(events, { laneOf: (e) => e.category });
    expect(index.lanes.map((l) => l.key)).to.deep.equal(['a']);
    expect(index.eras).to.have.length(1);
  });

  it('sorts same-anchor points by start, then input order', () => {
    const events = normalize([
      { id: 'late', title: 'L', start: '2025-06-15T12:00Z' }, // anchor = start = noon
      { id: 'day', title: 'D', start: '2025-06-15' }, // anchor = noon, start = midnight
      { id: 'late2', title: 'L2', start: '2025-06-15T12:00Z' },
      { id: 'first', title: 'F', start: '2025-06-14' },
    ]);
    const lane = indexEvents(events).lanes[0]!;
    expect(ids(lane.points)).to.deep.equal(['first', 'day', 'late', 'late2']);
  });

  it('packs identical and touching ranges without overlap', () => {
    const row = (start: number, end: number): object => ({
      title: 't',
      start: BASE + start * MINUTE,
      end: BASE + end * MINUTE,
    });
    const events = normalize([row(0, 10), row(0, 10), row(10, 20), row(5, 5), row(5, 5)]);
    const index = indexEvents(events);
    expectValidLanes(index, events);
    expect(index.lanes[0]!.rangeRows.map((r) => r.length)).to.deep.equal([2, 1, 2]);
  });

  it('keeps every guarantee for normalized input, grouped or not (property)', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, grouped) => {
        const events = normalize(rows);
        const laneOrder = ['c', 'a'];
        const index = grouped
          ? indexEvents(events, { laneOf: (e) => e.category, laneOrder })
          : indexEvents(events);
        expect(index.grouped).to.equal(grouped);
        expectValidLanes(index, events);
        const laned = events.filter((e) => e.type !== 'era');
        if (!grouped) {
          expect(index.lanes.map((l) => l.key)).to.deep.equal([null]);
          return;
        }
        // Each event sits in the lane of its own key.
        for (const lane of index.lanes) {
          for (const e of [...lane.points, ...lane.rangeRows.flat()]) {
            expect(e.category).to.equal(lane.key);
          }
        }
        // Lane order: laneOrder keys that have events, then first appearance by input index,
        // then null. No lane is empty.
        const byIndex = [...laned].sort((a, b) => a.index - b.index);
        const keys = byIndex.map((e) => e.category);
        const present = new Set(keys);
        const expected = [
          ...laneOrder.filter((k) => present.has(k)),
          ...[...new Set(keys.filter((k): k is string => k !== null))].filter(
            (k) => !laneOrder.includes(k),
          ),
          ...(present.has(null) ? [null] : []),
        ];
        expect(index.lanes.map((l) => l.key)).to.deep.equal(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps lane order by input index when the array is shuffled (property)', () => {
    // Positive-length ranges only: see the skipped test below for zero-length ones.
    fc.assert(
      fc.property(rowsOf(1), fc.integer(), (list, seed) => {
        const events = normalize(list);
        const mixed = shuffled(events, seed);
        const index = indexEvents(mixed, { laneOf: (e) => e.category });
        expectValidLanes(index, mixed);
        const keys = [...events]
          .filter((e) => e.type !== 'era')
          .sort((a, b) => a.index - b.index)
          .map((e) => e.category);
        const expected: (string | null)[] = [...new Set(keys.filter((k) => k !== null))];
        if (keys.includes(null)) expected.push(null);
        expect(index.lanes.map((l) => l.key)).to.deep.equal(expected);
        // The lanes are the same as for the sorted array.
        const sorted = indexEvents(events, { laneOf: (e) => e.category });
        expect(index.lanes.map((l) => ids(l.points))).to.deep.equal(
          sorted.lanes.map((l) => ids(l.points)),
        );
      }),
      { numRuns: 100 },
    );
  });

  // Regression: rows were sorted by start then index, so a zero-length range with a larger
  // index could follow a longer range with the same start and break the ascending ends.
  it('keeps ends ascending in a row for a zero-length range given out of order', () => {
    const [zero, long] = normalize([
      { id: 'zero', title: 'Z', start: '2025-06-01T00:05Z', end: '2025-06-01T00:05Z' },
      { id: 'long', title: 'L', start: '2025-06-01T00:05Z', end: '2025-06-01T00:10Z' },
    ]);
    expect(zero!.start).to.equal(zero!.end);
    const reindexed = [
      { ...zero!, index: 9 },
      { ...long!, index: 1 },
    ];
    const row = indexEvents(reindexed).lanes[0]!.rangeRows[0]!;
    expect(row.map((r) => r.end)).to.deep.equal([...row.map((r) => r.end)].sort((a, b) => a - b));
    // The longer range ends after 00:07, so it is the first to do so.
    expect(row[firstEndingAfter(row, Date.UTC(2025, 5, 1, 0, 7))]!.id).to.equal('long');
  });

  it('does not modify its input', () => {
    const events = normalize([
      { title: 'B', start: '2025-03-01' },
      { title: 'A', start: '2025-01-01', end: '2025-02-01' },
    ]);
    const copy = [...events];
    indexEvents(shuffled(events, 3));
    indexEvents(events, { laneOf: () => null });
    expect(events).to.deep.equal(copy);
  });
});

/** Reference lower bound: first index whose value is ≥ value (> value when after), in [lo, hi). */
function linearBisect(
  sorted: readonly number[],
  value: number,
  after: boolean,
  lo: number,
  hi: number,
): number {
  for (let i = lo; i < hi; i++) {
    if (after ? sorted[i]! > value : sorted[i]! >= value) return i;
  }
  return hi;
}

describe('bisect', () => {
  it('finds the first element ≥ value, or > value when after', () => {
    const sorted = [1, 2, 2, 2, 5];
    expect(bisect(sorted, 0)).to.equal(0);
    expect(bisect(sorted, 2)).to.equal(1);
    expect(bisect(sorted, 2, true)).to.equal(4);
    expect(bisect(sorted, 3)).to.equal(4);
    expect(bisect(sorted, 6)).to.equal(5);
    expect(bisect([], 1)).to.equal(0);
    expect(bisect(Float64Array.from(sorted), 5, true)).to.equal(5);
  });

  it('agrees with a linear scan, within any bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 }),
        fc.integer({ min: -25, max: 25 }),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        (values, value, after, a, b) => {
          const sorted = [...values].sort((x, y) => x - y);
          const n = sorted.length;
          const lo = Math.min(a, b) % (n + 1);
          const hi = Math.max(lo, Math.max(a, b) % (n + 1));
          expect(bisect(sorted, value, after)).to.equal(linearBisect(sorted, value, after, 0, n));
          expect(bisect(Float64Array.from(sorted), value, after, lo, hi)).to.equal(
            linearBisect(sorted, value, after, lo, hi),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('firstEndingAfter', () => {
  it('finds the first range of a row that ends after a time', () => {
    const events = normalize([
      { id: 'a', title: 'A', start: BASE, end: BASE + 10 * MINUTE },
      { id: 'b', title: 'B', start: BASE + 10 * MINUTE, end: BASE + 20 * MINUTE },
      { id: 'c', title: 'C', start: BASE + 30 * MINUTE, end: BASE + 40 * MINUTE },
    ]);
    const row = indexEvents(events).lanes[0]!.rangeRows[0]!;
    expect(ids(row)).to.deep.equal(['a', 'b', 'c']);
    expect(firstEndingAfter(row, BASE - 1)).to.equal(0);
    expect(firstEndingAfter(row, BASE + 10 * MINUTE)).to.equal(1); // a ends exactly then
    expect(firstEndingAfter(row, BASE + 25 * MINUTE)).to.equal(2);
    expect(firstEndingAfter(row, BASE + 40 * MINUTE)).to.equal(3);
    expect(firstEndingAfter([], 0)).to.equal(0);
  });

  it('agrees with a linear scan on every packed row (property)', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: -10, max: 270 }), (rows, minutes) => {
        const time = BASE + minutes * MINUTE;
        for (const lane of indexEvents(normalize(rows)).lanes) {
          for (const row of lane.rangeRows) {
            const linear = row.findIndex((r) => r.end > time);
            expect(firstEndingAfter(row, time)).to.equal(linear === -1 ? row.length : linear);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
