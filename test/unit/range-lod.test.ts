import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { indexEvents } from '../../src/layout/event-index.js';
import { groupRanges, type RangeGroup, type RangeLodOptions } from '../../src/layout/range-lod.js';
import type { OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import type { NormalizedEvent } from '../../src/model/types.js';

const utc: OffsetAt = () => 0;
const MINUTE = 60_000;
/** One second past midnight, so epoch-millisecond inputs never read as whole days. */
const BASE = Date.UTC(2025, 0, 1) + 1000;
/** A multiple of every power-of-two bin used below, far from midnight. */
const T = 2 ** 40;

const OPTIONS: RangeLodOptions = {
  maxRows: 4,
  mergeGap: 2,
  minBarWidth: 2,
  budget: 600,
  cellWidth: 40,
};

type Span = readonly [start: number, end: number];

/** Packed rows of ranges given as [start, end] in milliseconds. */
function rowsOf(spans: readonly Span[]): readonly (readonly NormalizedEvent[])[] {
  const { events } = normalizeEvents(
    spans.map(([start, end], i) => ({ id: `r${i}`, title: `r${i}`, start, end })),
    utc,
  );
  return indexEvents(events).lanes[0]!.rangeRows;
}

const isVisible = (r: NormalizedEvent, [d0, d1]: readonly [number, number]): boolean =>
  r.end > d0 && r.start < d1;

const members = (g: RangeGroup): readonly NormalizedEvent[] => g.list.slice(g.from, g.to);

/** The guarantees of any result of groupRanges. */
function expectValidGroups(
  rows: readonly (readonly NormalizedEvent[])[],
  domain: readonly [number, number],
  width: number,
  options: RangeLodOptions,
  groups: readonly RangeGroup[],
): void {
  const [d0, d1] = domain;
  const k = width / (d1 - d0);
  const x = (t: number): number => (t - d0) * k;
  const overflowing = rows.length > options.maxRows;
  const shownRows = overflowing ? options.maxRows - 1 : rows.length;
  const count = new Map<NormalizedEvent, number>();
  const add = (r: NormalizedEvent): void => {
    count.set(r, (count.get(r) ?? 0) + 1);
  };
  const byRow: RangeGroup[][] = Array.from({ length: shownRows }, () => []);
  const overflow: RangeGroup[] = [];

  for (const g of groups) {
    const label = `row ${g.row} [${g.from}, ${g.to}) x ${g.x0}..${g.x1}`;
    expect(g.x1, label).to.be.at.least(g.x0 + options.minBarWidth - 1e-9);
    if (g.overflow) {
      // Rows that do not fit appear only here, gathered in the last row.
      expect(overflowing, label).to.equal(true);
      expect(g.row, label).to.equal(options.maxRows - 1);
      expect([g.from, g.to], label).to.deep.equal([0, g.list.length]);
      expect(g.list.length, label).to.be.greaterThan(0);
      for (const r of g.list) {
        expect(
          rows.slice(shownRows).some((row) => row.includes(r)),
          label,
        ).to.equal(true);
        expect(isVisible(r, domain), `${label}: ${r.id}`).to.equal(true);
        add(r);
      }
      const start = Math.min(...g.list.map((r) => r.start));
      const end = Math.max(...g.list.map((r) => r.end));
      // Clipped to its bin, which holds the start (or the view start) of each of its ranges; a
      // bar at the very end of its bin moves left to keep its minimum width inside the bin.
      expect(g.x0, label).to.be.within(
        x(start) - options.minBarWidth - 1e-9,
        x(Math.max(start, d0)) + 1e-9,
      );
      expect(g.x1, label).to.be.at.most(Math.max(x(end), g.x0 + options.minBarWidth) + 1e-9);
      overflow.push(g);
    } else {
      expect(g.row, label).to.be.within(0, shownRows - 1);
      expect(g.list, label).to.equal(rows[g.row]);
      expect(g.to, label).to.be.within(g.from + 1, g.list.length);
      for (const r of members(g)) {
        expect(isVisible(r, domain), `${label}: ${r.id}`).to.equal(true);
        add(r);
      }
      // A bar spans its members; each at least minBarWidth wide.
      const first = g.list[g.from]!;
      expect(g.x0, label).to.equal(x(first.start));
      const x1 = Math.max(
        ...members(g).map((r) => Math.max(x(r.end), x(r.start) + options.minBarWidth)),
      );
      expect(g.x1, label).to.equal(x1);
      if (g.to - g.from === 1) {
        expect(g.x1, label).to.equal(Math.max(x(first.end), x(first.start) + options.minBarWidth));
      }
      byRow[g.row]!.push(g);
    }
  }

  // Shown rows' bars come first, in row order; the overflow bars last.
  const order = groups.map((g) => (g.overflow ? shownRows : g.row));
  expect(order).to.deep.equal([...order].sort((a, b) => a - b));

  // Each visible range is in exactly one group; no other range is in any.
  for (const row of rows) {
    for (const r of row) {
      expect(count.get(r) ?? 0, r.id).to.equal(isVisible(r, domain) ? 1 : 0);
    }
  }

  // In a shown row, bars are in order, contiguous in the row and at least mergeGap apart.
  byRow.forEach((list, r) => {
    const visible = rows[r]!.map((e, i) => (isVisible(e, domain) ? i : -1)).filter((i) => i >= 0);
    if (visible.length === 0) {
      expect(list, `row ${r}`).to.deep.equal([]);
      return;
    }
    expect(list[0]!.from, `row ${r}`).to.equal(visible[0]);
    expect(list.at(-1)!.to, `row ${r}`).to.equal(visible.at(-1)! + 1);
    for (let i = 1; i < list.length; i++) {
      expect(list[i]!.from).to.equal(list[i - 1]!.to);
      expect(list[i]!.x0 - list[i - 1]!.x1, `row ${r}`).to.be.at.least(options.mergeGap);
    }
  });

  // Overflow bins are in order; they overlap by at most minBarWidth (see the skipped test).
  for (let i = 1; i < overflow.length; i++) {
    expect(overflow[i]!.x0).to.be.above(overflow[i - 1]!.x0);
    expect(overflow[i]!.x0).to.be.at.least(overflow[i - 1]!.x1 - options.minBarWidth - 1e-9);
  }

  // Within budget, unless the merge gap outgrew the width: then each shown row is one bar.
  if (groups.length > options.budget) {
    for (const list of byRow) expect(list.length).to.be.at.most(1);
  }
}

/** Random ranges in minutes: [start, length], some zero-length. */
const spansArb = fc
  .array(fc.tuple(fc.integer({ min: -60, max: 660 }), fc.integer({ min: 0, max: 150 })), {
    maxLength: 60,
  })
  .map((list) =>
    list.map(([start, length]): Span => [BASE + start * MINUTE, BASE + (start + length) * MINUTE]),
  );

const viewArb = fc
  .tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 600 }))
  .map(([from, length]) => [BASE + from * MINUTE, BASE + (from + length) * MINUTE] as const);

const optionsArb = fc.record({
  maxRows: fc.integer({ min: 1, max: 6 }),
  mergeGap: fc.constantFrom(1, 2, 4),
  minBarWidth: fc.constantFrom(1, 2, 3),
  budget: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(600)),
  cellWidth: fc.constantFrom(20, 40),
});

describe('groupRanges', () => {
  it('returns nothing without rows, rows to show or a view', () => {
    const rows = rowsOf([[T, T + 100]]);
    expect(groupRanges([], [T, T + 800], 800, OPTIONS)).to.deep.equal([]);
    expect(groupRanges(rows, [T, T + 800], 800, { ...OPTIONS, maxRows: 0 })).to.deep.equal([]);
    expect(groupRanges(rows, [T, T], 800, OPTIONS)).to.deep.equal([]);
    expect(groupRanges(rows, [T, T + 800], 0, OPTIONS)).to.deep.equal([]);
  });

  it('draws a lone range as its own bar, at least minBarWidth wide', () => {
    const rows = rowsOf([
      [T + 100, T + 300],
      [T + 500, T + 500], // zero-length
    ]);
    const groups = groupRanges(rows, [T, T + 800], 800, OPTIONS);
    expect(groups.map((g) => [g.row, g.from, g.to, g.x0, g.x1, g.overflow])).to.deep.equal([
      [0, 0, 1, 100, 300, false],
      [0, 1, 2, 500, 502, false],
    ]);
  });

  it('merges bars closer than mergeGap and leaves out ranges outside the view', () => {
    const rows = rowsOf([
      [T - 200, T - 100], // before the view
      [T - 50, T + 10], // runs into the view
      [T + 11, T + 20], // 1 px after: merges
      [T + 22, T + 40], // 2 px after: apart
      [T + 800, T + 900], // starts at the view end: out
    ]);
    const groups = groupRanges(rows, [T, T + 800], 800, OPTIONS);
    expect(groups.map((g) => [g.from, g.to, g.x0, g.x1])).to.deep.equal([
      [1, 3, -50, 20],
      [3, 4, 22, 40],
    ]);
    expectValidGroups(rows, [T, T + 800], 800, OPTIONS, groups);
  });

  it('gathers rows beyond maxRows - 1 in the last row, binned', () => {
    // Five overlapping ranges need five rows; with maxRows 3, rows 2 to 4 overflow into row 2.
    const rows = rowsOf([
      [T, T + 400],
      [T + 10, T + 400],
      [T + 20, T + 60],
      [T + 30, T + 60],
      [T + 300, T + 310],
      [T + 300, T + 310],
      [T + 300, T + 310],
    ]);
    expect(rows).to.have.length(5);
    const options = { ...OPTIONS, maxRows: 3 };
    const groups = groupRanges(rows, [T, T + 800], 800, options);
    expectValidGroups(rows, [T, T + 800], 800, options, groups);
    // One pixel per millisecond: 64 ms bins. Shown rows 0 and 1 keep their bars.
    expect(groups.filter((g) => !g.overflow).map((g) => [g.row, g.x0, g.x1])).to.deep.equal([
      [0, 0, 400],
      [1, 10, 400],
    ]);
    const overflow = groups.filter((g) => g.overflow);
    expect(overflow.map((g) => [g.row, g.x0, g.x1, g.list.length])).to.deep.equal([
      [2, 20, 60, 2], // bin [0, 64)
      [2, 300, 310, 3], // bin [256, 320)
    ]);
    expect(overflow.every((g) => g.from === 0 && g.to === g.list.length)).to.equal(true);
  });

  it('clips a long overflow range to its bin', () => {
    const rows = rowsOf([
      [T, T + 700],
      [T + 100, T + 700],
      [T + 100, T + 700],
    ]);
    // With maxRows 2, rows 1 and 2 overflow into row 1: one bin, [64, 128).
    const options = { ...OPTIONS, maxRows: 2 };
    const groups = groupRanges(rows, [T, T + 800], 800, options);
    expect(groups.filter((g) => g.overflow).map((g) => [g.row, g.x0, g.x1])).to.deep.equal([
      [1, 100, 128],
    ]);
  });

  it('doubles the merge gap until the bars fit the budget', () => {
    // 20 bars 10 px wide, 30 px apart: gaps 2, 4, 8, 16 keep 20 bars; 32 merges them all.
    const spans = Array.from({ length: 20 }, (_, i): Span => [T + 40 * i, T + 40 * i + 10]);
    const rows = rowsOf(spans);
    const all = groupRanges(rows, [T, T + 800], 800, OPTIONS);
    expect(all).to.have.length(20);
    const options = { ...OPTIONS, budget: 19 };
    const fitted = groupRanges(rows, [T, T + 800], 800, options);
    expect(fitted.map((g) => [g.from, g.to])).to.deep.equal([[0, 20]]);
    expectValidGroups(rows, [T, T + 800], 800, options, fitted);
  });

  it('gives up on the budget once the gap is wider than the view', () => {
    const rows = rowsOf([
      [T, T + 10],
      [T + 5, T + 15],
      [T + 100, T + 110],
      [T + 700, T + 710],
    ]);
    const groups = groupRanges(rows, [T, T + 800], 800, { ...OPTIONS, budget: 0 });
    expect(groups.map((g) => [g.row, g.from, g.to])).to.deep.equal([
      [0, 0, 3],
      [1, 0, 1],
    ]);
  });

  it('keeps every guarantee on random rows and views (property)', () => {
    fc.assert(
      fc.property(
        spansArb,
        viewArb,
        fc.integer({ min: 800, max: 1200 }),
        optionsArb,
        (spans, domain, width, options) => {
          const rows = rowsOf(spans);
          expectValidGroups(
            rows,
            domain,
            width,
            options,
            groupRanges(rows, domain, width, options),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('merges exactly the bars closer than mergeGap when the budget allows (property)', () => {
    fc.assert(
      fc.property(
        spansArb,
        viewArb,
        fc.integer({ min: 800, max: 1200 }),
        (spans, domain, width) => {
          const rows = rowsOf(spans);
          const options = { ...OPTIONS, budget: Infinity };
          const groups = groupRanges(rows, domain, width, options);
          const k = width / (domain[1] - domain[0]);
          const x = (t: number): number => (t - domain[0]) * k;
          for (const g of groups.filter((group) => !group.overflow)) {
            // Each member after the first starts less than mergeGap after the bar so far.
            let x1 = Math.max(
              x(g.list[g.from]!.end),
              x(g.list[g.from]!.start) + options.minBarWidth,
            );
            for (const r of members(g).slice(1)) {
              expect(x(r.start) - x1).to.be.below(options.mergeGap);
              x1 = Math.max(x1, x(r.end), x(r.start) + options.minBarWidth);
            }
            expect(g.x1).to.equal(x1);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('uses the first doubled gap that fits the budget, and wider gaps only merge (property)', () => {
    fc.assert(
      fc.property(
        spansArb,
        viewArb,
        fc.integer({ min: 800, max: 1200 }),
        fc.integer({ min: 0, max: 30 }),
        (spans, domain, width, budget) => {
          const rows = rowsOf(spans);
          const at = (mergeGap: number): RangeGroup[] =>
            groupRanges(rows, domain, width, { ...OPTIONS, mergeGap, budget: Infinity });
          let gap = OPTIONS.mergeGap;
          let previous = at(gap);
          while (previous.length > budget && gap <= width) {
            gap *= 2;
            const next = at(gap);
            // A wider gap only merges: every bar boundary it keeps was a boundary before.
            expect(next.length).to.be.at.most(previous.length);
            const starts = new Set(previous.map((g) => `${g.row}:${g.from}`));
            for (const g of next.filter((n) => !n.overflow)) {
              expect(starts.has(`${g.row}:${g.from}`)).to.equal(true);
            }
            previous = next;
          }
          expect(groupRanges(rows, domain, width, { ...OPTIONS, budget })).to.deep.equal(previous);
        },
      ),
      { numRuns: 100 },
    );
  });

  // Regression: the minimum bar width pushed a bar ending at its bin's end into the next bin.
  it('never overlaps overflow bars of neighbouring bins', () => {
    const rows = rowsOf([
      [T + 127, T + 128],
      [T + 128, T + 178],
      [T + 400, T + 500],
      [T + 400, T + 500],
    ]);
    expect(rows).to.have.length(2);
    const groups = groupRanges(rows, [T, T + 800], 800, { ...OPTIONS, maxRows: 1 });
    expect(groups.every((g) => g.overflow)).to.equal(true);
    for (let i = 1; i < groups.length; i++) {
      expect(groups[i]!.x0, `bar ${i}`).to.be.at.least(groups[i - 1]!.x1);
    }
  });
});
