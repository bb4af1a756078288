import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatEventDate } from '../../src/i18n/format.js';
import { estimateTextWidth } from '../support/text-width.js';
import { verticalMetrics, fit, placeLabelsBeside, wrap } from '../../src/layout/beside-labels.js';
import { layoutTimeline, type LabelBox } from '../../src/layout/timeline-layout.js';
import { indexEvents } from '../../src/layout/event-index.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import type { NormalizedEvent } from '../../src/model/types.js';

const DAY = 86_400_000;
const Y2025 = Date.UTC(2025, 0, 1);
const m = verticalMetrics();
const measure = (text: string, role: 'title' | 'date'): number =>
  estimateTextWidth(text, role === 'title' ? 13 : 12, role === 'title');
const titleWidth = (text: string): number => measure(text, 'title');
const dateText = (event: NormalizedEvent): string => formatEventDate(event, 'en');

/** A vertical layout: `length` px of time down the screen, `across` px wide. */
function layVertical(rows: readonly unknown[], length: number, across: number, groupBy = false) {
  const { events } = normalizeEvents(rows, () => 0);
  return layoutTimeline({
    index: indexEvents(events, groupBy ? { laneOf: (e) => e.category } : {}),
    domain: [Y2025, Y2025 + 365 * DAY],
    width: length,
    height: across,
    measure,
    dateText,
    metrics: m,
    placeBeside: placeLabelsBeside,
  });
}

const WORDS = ['Meta', 'hires', 'a', 'researcher', 'from', 'OpenAI', 'Scale', 'AI', 'stake', '49%'];
const rowsArbitrary: fc.Arbitrary<Row[]> = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 364 }),
    hour: fc.constantFrom(0, 12),
    words: fc.array(fc.constantFrom(...WORDS, 'Superintelligence', '超级智能实验室'), {
      minLength: 1,
      maxLength: 9,
    }),
    importance: fc.integer({ min: 1, max: 5 }),
    category: fc.constantFrom('model', 'hire', 'deal'),
    range: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
  }),
  { maxLength: 60 },
);

interface Row {
  day: number;
  hour: number;
  words: string[];
  importance: number;
  category: string;
  range: number | undefined;
}

function toRows(rows: readonly Row[]): unknown[] {
  return rows.map((row, i) => {
    const start = new Date(Y2025 + row.day * DAY + row.hour * 3_600_000).toISOString();
    return {
      id: `e${i}`,
      start,
      ...(row.range ? { end: new Date(Date.parse(start) + row.range * DAY).toISOString() } : {}),
      title: row.words.join(' '),
      importance: row.importance,
      category: row.category,
    };
  });
}

/** Do two segments cross (touching at a shared end does not count)? */
function cross([ax, ay, bx, by]: readonly number[], [cx, cy, dx, dy]: readonly number[]): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const d1 = side(ax!, ay!, bx!, by!, cx!, cy!);
  const d2 = side(ax!, ay!, bx!, by!, dx!, dy!);
  const d3 = side(cx!, cy!, dx!, dy!, ax!, ay!);
  const d4 = side(cx!, cy!, dx!, dy!, bx!, by!);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

describe('vertical layout: labels beside the axis', () => {
  it('keeps labels in their column, apart, straddling their mark or next to a sibling', () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        fc.integer({ min: 200, max: 1200 }),
        fc.integer({ min: 280, max: 600 }),
        fc.boolean(),
        (rows, length, across, grouped) => {
          const layout = layVertical(toRows(rows), length, across, grouped);
          const lanes = layout.lanes;
          for (const [i, a] of layout.labels.entries()) {
            // Along time: inside the plot. Across: inside its lane, beyond the marks' gutter.
            expect(a.x).to.be.at.least(-1e-6);
            expect(a.x + a.width).to.be.at.most(length + 1e-6);
            const lane = lanes[a.lane]!;
            expect(a.y).to.be.at.least(lane.y - 1e-6);
            expect(a.y + a.height).to.be.at.most(lane.baselineY - m.markRadius);
            // Its leader line meets it: across its time extent (slanting to its title line
            // when it sits next to a label of the same mark).
            const meet = a.stemX2 ?? a.stemX;
            expect(meet).to.be.within(a.x, a.x + a.width);
            expect(a.stemY2).to.equal(a.y + a.height);
            if (a.stemX2 !== undefined) {
              // Between the mark and this label, only labels of the same mark lie: nothing else
              // can have a leader line there.
              const lo = Math.min(a.stemX, a.stemX2);
              const hi = Math.max(a.stemX, a.stemX2);
              const covering = layout.labels.filter(
                (b) => b.lane === a.lane && b.stemX === a.stemX && b.x < hi && b.x + b.width > lo,
              );
              const covered = covering.reduce(
                (sum, b) => sum + Math.min(hi, b.x + b.width + 4) - Math.max(lo, b.x),
                0,
              );
              expect(covered).to.be.at.least(hi - lo - 1e-6);
            }
            for (const b of layout.labels.slice(i + 1)) {
              const apart =
                a.x + a.width <= b.x ||
                b.x + b.width <= a.x ||
                a.y + a.height <= b.y ||
                b.y + b.height <= a.y;
              expect(apart, `labels ${a.key} and ${b.key} overlap`).to.equal(true);
              // Leader lines never cross.
              const line = (l: LabelBox) => [l.stemX, l.stemY1, l.stemX2 ?? l.stemX, l.stemY2];
              expect(cross(line(a), line(b)), `lines of ${a.key} and ${b.key} cross`).to.equal(
                false,
              );
            }
          }
          // Every point is labelled, waiting for zoom, or merged (its cluster may be labelled).
          const labelled = new Set(layout.labels.map((l) => l.key));
          for (const event of layout.unlabelled) expect(labelled.has(event.id)).to.equal(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('wraps titles to two lines that fit, and ends what does not fit with an ellipsis', () => {
    const layout = layVertical(
      [
        {
          id: 'long',
          start: '2025-06-12',
          title: 'Meta takes a 49% stake in Scale AI and hires its founder to lead a new lab',
        },
      ],
      600,
      320,
    );
    const label = layout.labels[0]!;
    expect(label.lines).to.have.length(2);
    for (const line of label.lines!) {
      expect(titleWidth(line)).to.be.at.most(label.height - 2 * m.labelPaddingX + 1e-6);
    }
    expect(label.lines![0]).to.match(/^Meta takes a/);
    expect(label.lines![1]).to.match(/…$/);
    // Two title lines and a date, along time.
    expect(label.width).to.equal(2 * m.titleLineHeight + m.dateLineHeight + 2 * m.labelPaddingY);
  });

  it('labels every event of a sparse timeline, each level with its mark', () => {
    const rows = [10, 70, 130, 190, 250, 310].map((day, i) => ({
      id: `s${i}`,
      start: new Date(Y2025 + day * DAY).toISOString().slice(0, 10),
      title: `Event ${i}`,
    }));
    const layout = layVertical(rows, 900, 360);
    expect(layout.labels.map((l) => l.key)).to.have.members(rows.map((r) => r.id));
    for (const label of layout.labels) {
      expect(label.stemX2).to.equal(undefined);
      // The title line's middle is level with the mark.
      expect(label.x + m.labelPaddingY + m.titleLineHeight / 2).to.be.closeTo(label.stemX, 1e-6);
    }
  });

  it('gathers the labels of same-day events around their stack', () => {
    const rows = ['Lucas Beyer', 'Alexander Kolesnikov', 'Xiaohua Zhai'].map((name, i) => ({
      id: `h${i}`,
      start: '2025-06-25',
      title: `${name} joins`,
    }));
    const layout = layVertical(rows, 900, 360);
    expect(layout.labels).to.have.length(3);
    const stems = new Set(layout.labels.map((l) => l.stemX));
    expect(stems.size).to.equal(1);
    expect(layout.labels.filter((l) => l.stemX2 !== undefined)).to.have.length(2);
  });

  it('leaves labels to wait for zoom when the column is too narrow to read', () => {
    const layout = layVertical([{ id: 'x', start: '2025-03-01', title: 'Too narrow' }], 600, 120);
    expect(layout.labels).to.have.length(0);
    expect(layout.unlabelled.map((e) => e.id)).to.deep.equal(['x']);
  });
});

describe('wrap and fit', () => {
  it('breaks at spaces, keeps short titles whole, and cuts CJK anywhere', () => {
    expect(wrap('Llama 4 released', 200, titleWidth)).to.deep.equal(['Llama 4 released']);
    expect(wrap('Llama 4 Scout and Maverick released', 150, titleWidth)).to.deep.equal([
      'Llama 4 Scout and',
      'Maverick released',
    ]);
    const cjk = wrap('超级智能实验室成立并开始招聘研究人员', 80, titleWidth);
    expect(cjk).to.have.length(2);
    for (const line of cjk) expect(titleWidth(line)).to.be.at.most(80);
    expect(cjk[1]).to.match(/…$/);
  });

  it('never returns a line wider than asked (unless a single character is)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 20, max: 300 }),
        (text, width) => {
          const lines = wrap(text, width, titleWidth);
          expect(lines.length).to.be.within(1, 2);
          for (const line of lines) {
            if ([...line].length > 2) expect(titleWidth(line)).to.be.at.most(width + 1e-6);
          }
          const shown = lines.join(' ').replace(/…$/, '').replace(/\s+/g, '');
          expect(text.replace(/\s+/g, '').startsWith(shown)).to.equal(true);
          expect(fit(text, width, titleWidth).length).to.be.at.most(text.length + 1);
        },
      ),
    );
  });
});
