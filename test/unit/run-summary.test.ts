import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { byImportance } from '../../src/layout/importance.js';
import { RunSummaries, TOP_PER_BLOCK } from '../../src/layout/run-summary.js';
import type { OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import type { NormalizedEvent } from '../../src/model/types.js';

const utc: OffsetAt = () => 0;

/** What a full scan of list[from..to) says. */
function scan(list: readonly NormalizedEvent[], from: number, to: number) {
  const run = list.slice(from, to);
  const counts = new Map<string | null, number>();
  for (const e of run) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return {
    ranked: [...run].sort(byImportance),
    start: Math.min(...run.map((e) => e.start)),
    end: Math.max(...run.map((e) => e.end)),
    counts,
  };
}

/** Points over two years, sorted as a lane keeps them; `categories` distinct categories. */
function points(rows: { day: number; importance: number; category: number }[]): NormalizedEvent[] {
  const { events } = normalizeEvents(
    rows.map((r, i) => ({
      title: `e${i}`,
      start: new Date(Date.UTC(2024, 0, 1) + r.day * 86_400_000).toISOString().slice(0, 10),
      importance: r.importance,
      category: r.category === 0 ? undefined : `c${r.category}`,
    })),
    utc,
  );
  return [...events].sort((a, b) => a.anchor - b.anchor || a.start - b.start || a.index - b.index);
}

describe('RunSummaries', () => {
  for (const categoryCount of [6, 40]) {
    it(`answers as a full scan does, with ${categoryCount} categories (property)`, () => {
      const row = fc.record({
        day: fc.integer({ min: 0, max: 730 }),
        importance: fc.integer({ min: 1, max: 5 }),
        category: fc.integer({ min: 0, max: categoryCount }),
      });
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 700 }),
          fc.nat(),
          fc.nat(),
          (rows, a, b) => {
            const list = points(rows);
            const from = a % list.length;
            const to = from + 1 + (b % (list.length - from));
            const summaries = new RunSummaries(list);
            const facts = summaries.facts(from, to);
            const expected = scan(list, from, to);
            expect(facts.lead).to.equal(expected.ranked[0]);
            expect(facts.start).to.equal(expected.start);
            expect(facts.end).to.equal(expected.end);
            expect(new Map(facts.categories.map((c) => [c.category, c.count]))).to.deep.equal(
              expected.counts,
            );
            for (let i = 1; i < facts.categories.length; i++) {
              expect(facts.categories[i - 1]!.count).to.be.at.least(facts.categories[i]!.count);
            }
            expect(summaries.mostImportant(from, to, TOP_PER_BLOCK)).to.deep.equal(
              expected.ranked.slice(0, TOP_PER_BLOCK),
            );
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
