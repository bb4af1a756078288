import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatEventDate } from '../../src/i18n/format.js';
import { estimateTextWidth } from '../support/text-width.js';
import { timeScaleUtc } from '../../src/layout/time-scale.js';
import {
  DEFAULT_METRICS,
  layoutTimeline,
  type LabelBox,
  type LayoutMetrics,
  type TimelineLayout,
} from '../../src/layout/timeline-layout.js';
import { indexEvents } from '../../src/layout/event-index.js';
import type { OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import type { NormalizedEvent } from '../../src/model/types.js';

const utc: OffsetAt = () => 0;
const DAY = 86_400_000;
const Y2025 = Date.UTC(2025, 0, 1);
const Y2026 = Date.UTC(2026, 0, 1);

const measure = (text: string, role: 'title' | 'date'): number =>
  estimateTextWidth(text, role === 'title' ? 13 : 12, role === 'title');
const dateText = (event: NormalizedEvent): string => formatEventDate(event, 'en');

interface Setup {
  /** The event whose label goes first (the selected one). */
  firstLabel?: string;
  width?: number;
  height?: number;
  domain?: [number, number];
  metrics?: LayoutMetrics;
  /** Splits events into lanes by this field. */
  groupBy?: 'category';
}

interface Laid {
  layout: TimelineLayout;
  events: readonly NormalizedEvent[];
  x: (ms: number) => number;
  width: number;
  height: number;
}

function lay(rows: readonly unknown[], setup: Setup = {}): Laid {
  const {
    width = 800,
    height = 400,
    domain = [Y2025, Y2026],
    metrics,
    groupBy,
    firstLabel,
  } = setup;
  const { events } = normalizeEvents(rows, utc);
  // The layout maps time to x linearly over the window, as the zoomed time scale does.
  const k = width / (domain[1] - domain[0]);
  const x = (ms: number): number => (ms - domain[0]) * k;
  expect(x(domain[0] + 12_345_678)).to.be.closeTo(
    timeScaleUtc(domain, [0, width])(domain[0] + 12_345_678),
    1e-6,
  );
  const index = indexEvents(events, groupBy ? { laneOf: (e) => e.category } : {});
  const layout = layoutTimeline({
    index,
    domain,
    width,
    height,
    measure,
    dateText,
    ...(metrics ? { metrics } : {}),
    firstLabel: firstLabel ?? null,
  });
  return { layout, events, x, width, height };
}

function labelOf(layout: TimelineLayout, title: string): LabelBox | undefined {
  return layout.labels.find((l) => l.title === title);
}

function boxesOverlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The order in which labels claim room: more important first, then earlier, then input order. */
function priority(a: NormalizedEvent, b: NormalizedEvent): number {
  return b.importance - a.importance || a.start - b.start || a.index - b.index;
}

/** Whether a label's leader line runs through another label's box. */
function stemCrosses(upper: LabelBox, lower: LabelBox): boolean {
  return (
    lower !== upper &&
    lower.y > upper.y &&
    lower.y < upper.stemY1 &&
    lower.x < upper.stemX &&
    upper.stemX < lower.x + lower.width &&
    // Labels of simultaneous events (or of one cluster) share one stem, along their edges.
    Math.abs(lower.stemX - upper.stemX) >= 0.5
  );
}

type Box = { x: number; y: number; width: number; height: number };

/** Checks everything layoutTimeline guarantees, for any input. */
function expectLayoutGuarantees({ layout, events, x, width }: Laid): void {
  const m = layout.metrics;
  const r = m.markRadius;

  // Every visible event is in exactly one mark: its own, or a cluster's; invisible ones in none.
  const markCount = new Map<string, number>();
  const count = (e: NormalizedEvent) => markCount.set(e.id, (markCount.get(e.id) ?? 0) + 1);
  layout.points.forEach((p) => count(p.event));
  layout.bars.forEach((b) => count(b.event));
  layout.eras.forEach((b) => count(b.event));
  for (const c of layout.clusters) {
    expect(c.count).to.equal(c.to - c.from);
    // A bar gathering rows that do not fit may hold a single range.
    if (c.shape === 'circle')
      expect(c.count, 'a cluster holds two events or more').to.be.at.least(2);
    for (let i = c.from; i < c.to; i++) count(c.list[i]!);
  }
  for (const event of events) {
    const marks = markCount.get(event.id) ?? 0;
    if (event.type === 'point') {
      const px = x(event.anchor);
      if (px >= 0 && px <= width) expect(marks, `visible point ${event.title}`).to.equal(1);
      else expect(marks).to.be.at.most(1);
    } else if (event.type === 'era') {
      const visible = x(event.end) >= 0 && x(event.start) <= width;
      expect(marks, `${event.type} ${event.title}`).to.equal(visible ? 1 : 0);
    } else {
      const visible = x(event.end) > 0 && x(event.start) < width;
      if (visible) expect(marks, `visible range ${event.title}`).to.equal(1);
      else expect(marks, `hidden range ${event.title}`).to.be.at.most(1);
    }
  }
  const lanes = layout.lanes;
  for (const p of layout.points) {
    const lane = lanes[p.lane]!;
    expect(p.event.type).to.equal('point');
    expect(p.x).to.equal(x(p.event.anchor));
    // On its lane's baseline, or stacked above it with other same-instant events.
    const step = (lane.baselineY - p.y) / m.stackStep;
    expect(step).to.be.at.least(0);
    expect(Math.abs(step - Math.round(step))).to.be.below(1e-9);
    if (step > 0) {
      const below = layout.points.find(
        (q) => q.lane === p.lane && q.x === p.x && Math.abs(q.y - (p.y + m.stackStep)) < 1e-9,
      );
      expect(below, `a stacked mark stands on another`).to.not.equal(undefined);
      expect(below!.event.anchor).to.equal(p.event.anchor);
    }
    expect(p.periodX0).to.equal(x(p.event.start));
    expect(p.periodX1).to.equal(x(p.event.end));
  }
  for (const b of layout.bars) {
    expect(b.event.type).to.equal('range');
    expect(b.x0).to.equal(x(b.event.start));
    expect(b.x1).to.equal(x(b.event.end));
    expect(b.y).to.be.at.least(lanes[b.lane]!.baselineY + r);
    // Inside its lane, when the lane has room for a baseline and bars at all.
    if (lanes[b.lane]!.height >= 40) {
      expect(b.y + b.height).to.be.at.most(lanes[b.lane]!.y + lanes[b.lane]!.height + 1e-6);
    }
    expect(b.height).to.be.above(0);
  }
  // Single marks never overlap one another (stacks step apart; clusters absorb collisions).
  const dots = layout.points.map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
  const circles: Box[] = layout.clusters
    .filter((c) => c.shape === 'circle')
    .map((c) => ({ x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r }));
  const markBoxes: Box[] = [
    ...dots,
    ...circles,
    ...layout.bars.map((b) => ({
      x: b.x0,
      y: b.y,
      width: Math.max(2, b.x1 - b.x0),
      height: b.height,
    })),
    ...layout.clusters
      .filter((c) => c.shape === 'bar')
      .map((c) => ({ x: c.x0, y: c.y, width: c.x1 - c.x0, height: c.height })),
  ];
  const circleMarks = [...dots, ...circles];
  for (const [i, a] of circleMarks.entries()) {
    for (const b of circleMarks.slice(i + 1)) {
      // Shrunk by a pixel: marks may touch, not overlap.
      const inner = (q: Box): Box => ({
        x: q.x + 1,
        y: q.y + 1,
        width: q.width - 2,
        height: q.height - 2,
      });
      expect(boxesOverlap(inner(a), inner(b)), 'two marks overlap').to.equal(false);
    }
  }

  const eraStrip = indexEvents(events).eraRowCount * m.eraRowHeight;
  for (const e of layout.eras) {
    expect(e.event.type).to.equal('era');
    expect(e.x0).to.equal(x(e.event.start));
    expect(e.x1).to.equal(x(e.event.end));
    expect(e.y + e.height).to.be.at.most(eraStrip);
  }

  // Era names stay on screen and apart within their strip.
  const names = layout.eras
    .filter((e) => e.labelX !== null)
    .map((e) => ({
      y: e.y,
      x0: e.labelX!,
      x1: e.labelX! + e.labelWidth,
      bandX0: e.x0,
    }));
  for (const [i, a] of names.entries()) {
    expect(a.x0).to.be.at.least(0);
    expect(a.x0).to.be.at.least(a.bandX0);
    expect(a.x1).to.be.at.most(width + 1e-6);
    for (const b of names.slice(i + 1)) {
      if (a.y === b.y) expect(a.x0 < b.x1 && b.x0 < a.x1, 'era names overlap').to.equal(false);
    }
  }

  // Every single point and bar is either labelled or listed as unlabelled, once.
  const marked = [...layout.points.map((p) => p.event), ...layout.bars.map((b) => b.event)];
  const own = layout.labels.filter((l) => l.cluster === null);
  expect(own.length + layout.unlabelled.length).to.equal(marked.length);
  const labelled = new Set(layout.labels.map((l) => l.event.id));
  const waiting = new Set(layout.unlabelled.map((e) => e.id));
  expect(labelled.size, 'an event has at most one label').to.equal(layout.labels.length);
  expect(waiting.size).to.equal(layout.unlabelled.length);
  for (const e of marked) {
    expect(labelled.has(e.id) !== waiting.has(e.id), `${e.title} labelled xor waiting`).to.equal(
      true,
    );
  }

  for (const [i, label] of layout.labels.entries()) {
    const what = `label "${label.title}"`;
    const lane = lanes[label.lane]!;
    // On screen, above its lane's marks, inside its lane, below the era strip, in a real row.
    expect(label.x, what).to.be.at.least(0);
    expect(label.x + label.width, what).to.be.at.most(width);
    expect(label.y + label.height, what).to.be.at.most(lane.baselineY - r);
    expect(label.y, what).to.be.at.least(Math.max(eraStrip, lane.y));
    expect(label.row, what).to.be.within(0, layout.labelRowCount - 1);
    // Its own stem meets its bottom edge, within the box.
    expect(label.stemX, what).to.be.within(label.x, label.x + label.width);
    expect(label.stemY2, what).to.equal(label.y + label.height);
    expect(label.stemY1, what).to.be.at.least(label.stemY2);
    expect(label.side).to.equal(label.x + label.width / 2 >= label.stemX ? 'start' : 'end');
    // The box fits its text.
    expect(label.title).to.equal(label.event.title);
    expect(label.date).to.equal(dateText(label.event));
    expect(label.width).to.be.at.least(measure(label.title, 'title') + 2 * m.labelPaddingX);
    expect(label.width).to.be.at.least(measure(label.date, 'date') + 2 * m.labelPaddingX);
    // Its stem starts at its mark: the top of its stack, its bar, or its cluster.
    if (label.cluster) {
      expect(label.cluster.shape).to.equal('circle');
      expect(label.stemX).to.equal(label.cluster.x);
      expect(label.stemY1).to.equal(label.cluster.y - label.cluster.r);
      const members = label.cluster.list.slice(label.cluster.from, label.cluster.to);
      expect(members, 'a cluster is labelled by its own events').to.include(label.event);
    } else if (label.event.type === 'point') {
      const point = layout.points.find((p) => p.event === label.event)!;
      const top = Math.min(
        ...layout.points.filter((p) => p.x === point.x && p.lane === point.lane).map((p) => p.y),
      );
      expect(label.stemX).to.equal(point.x);
      expect(label.stemY1).to.equal(top - r);
    } else {
      const bar = layout.bars.find((b) => b.event === label.event)!;
      expect(label.stemX).to.equal(Math.min(Math.max(bar.x0, 0), width));
      expect(label.stemY1).to.equal(bar.y);
    }
    // No label overlaps another label or a mark; no leader line runs behind a label.
    for (const other of layout.labels.slice(i + 1)) {
      expect(boxesOverlap(label, other), `${what} overlaps "${other.title}"`).to.equal(false);
    }
    for (const mark of markBoxes) {
      expect(boxesOverlap(label, mark), `${what} covers a mark`).to.equal(false);
    }
    for (const other of layout.labels) {
      expect(stemCrosses(label, other), `stem of ${what} runs behind "${other.title}"`).to.equal(
        false,
      );
    }
  }
  // A lower row sits lower on screen (within a lane).
  for (const a of layout.labels) {
    for (const b of layout.labels) {
      if (a.lane === b.lane && a.row < b.row) expect(a.y).to.be.above(b.y + b.height);
    }
  }

  // Labels are placed in priority order, in one pass.
  for (let i = 1; i < layout.labels.length; i++) {
    const [a, b] = [layout.labels[i - 1]!, layout.labels[i]!];
    if (a.lane === b.lane) expect(priority(a.event, b.event), 'placement order').to.be.at.most(0);
  }

  // Among events that need exactly the same room, the one with priority keeps its label.
  for (const a of marked) {
    for (const b of marked) {
      const twins =
        a !== b &&
        a.type === b.type &&
        a.start === b.start &&
        a.end === b.end &&
        a.title === b.title &&
        priority(a, b) < 0;
      if (twins && labelled.has(b.id)) {
        expect(labelled.has(a.id), `"${a.title}" (${a.importance}) lost its label`).to.equal(true);
      }
    }
  }
}

describe('layoutTimeline', () => {
  it('lays out nothing for no events', () => {
    const { layout } = lay([]);
    expect(layout.points).to.deep.equal([]);
    expect(layout.bars).to.deep.equal([]);
    expect(layout.eras).to.deep.equal([]);
    expect(layout.labels).to.deep.equal([]);
    expect(layout.unlabelled).to.deep.equal([]);
    expect(layout.axisY).to.equal(400 - DEFAULT_METRICS.axisHeight);
    expect(layout.baselineY).to.be.below(layout.axisY);
    expect(layout.labelRowCount).to.be.above(2);
    expect(layout.metrics).to.equal(DEFAULT_METRICS);
  });

  it('puts a point on the baseline with its label hanging right of its stem', () => {
    const laid = lay([{ start: '2025-06-12', title: 'Launch' }]);
    const { layout, x } = laid;
    const point = layout.points[0]!;
    expect(layout.points).to.have.length(1);
    expect(point.x).to.equal(x(Date.UTC(2025, 5, 12, 12)));
    expect(point.periodX1 - point.periodX0).to.be.closeTo(800 / 365, 1e-9);
    const label = layout.labels[0]!;
    expect(label.title).to.equal('Launch');
    expect(label.date).to.equal('June 12, 2025');
    expect(label.row).to.equal(0);
    expect(label.side).to.equal('start');
    expect(label.stemX).to.equal(point.x);
    // It hangs right of its stem: the stem meets the box at (or just inside) its left edge.
    expect(label.stemX - label.x).to.be.within(0, DEFAULT_METRICS.stemHalfWidth);
    expect(label.stemY1).to.equal(layout.baselineY - DEFAULT_METRICS.markRadius);
    expect(label.y + label.height).to.equal(
      layout.baselineY - DEFAULT_METRICS.markRadius - DEFAULT_METRICS.rowGap,
    );
    expectLayoutGuarantees(laid);
  });

  it('hangs a label left of its stem near the right edge', () => {
    const laid = lay([{ start: '2025-12-20T12:00Z', title: 'Near the end of the year' }]);
    const label = laid.layout.labels[0]!;
    expect(label.side).to.equal('end');
    expect(label.x + label.width).to.be.at.most(800);
    expect(label.x + label.width).to.be.at.least(label.stemX);
    expect(label.x).to.be.below(label.stemX - label.width / 2);
    expectLayoutGuarantees(laid);
  });

  it('leaves out events outside the visible window', () => {
    const laid = lay([
      { start: '2024-06-01', title: 'before' },
      { start: '2026-06-01', title: 'after' },
      { start: '2023', end: '2023', title: 'range before' },
      { start: '2027', end: '2028', type: 'era', title: 'era after' },
      { start: '2025-06-01', title: 'inside' },
    ]);
    expect(laid.layout.points.map((p) => p.event.title)).to.deep.equal(['inside']);
    expect(laid.layout.bars).to.deep.equal([]);
    expect(laid.layout.eras).to.deep.equal([]);
    expectLayoutGuarantees(laid);
  });

  it('keeps a point whose anchor is just off the edge, within its radius', () => {
    const { layout } = lay([{ start: '2026-01-01T00:00Z', title: 'edge' }], {
      domain: [Y2025, Y2026 - 60_000],
    });
    expect(layout.points).to.have.length(1);
  });

  it('draws ranges as bars below the baseline, in their packed rows', () => {
    const laid = lay([
      { start: '2025-02', end: '2025-05', title: 'First' },
      { start: '2025-04', end: '2025-08', title: 'Second' },
    ]);
    const [first, second] = laid.layout.bars;
    expect(laid.layout.bars).to.have.length(2);
    expect(first!.y).to.be.above(laid.layout.baselineY);
    expect(second!.y).to.be.above(first!.y);
    expect(first!.x0).to.equal(laid.x(Date.UTC(2025, 1, 1)));
    expect(first!.x1).to.equal(laid.x(Date.UTC(2025, 5, 1)));
    expect(second!.y + second!.height).to.be.at.most(laid.layout.axisY);
    const label = labelOf(laid.layout, 'First')!;
    expect(label.stemX).to.equal(first!.x0);
    expect(label.stemY1).to.equal(first!.y);
    expectLayoutGuarantees(laid);
  });

  it('keeps range bars within a quarter of the plot, making them thinner', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      start: '2025-02',
      end: '2025-05',
      title: `r${i}`,
    }));
    const laid = lay(rows, { height: 300 });
    const { layout } = laid;
    const bottom = Math.max(...layout.bars.map((b) => b.y));
    expect(bottom - layout.baselineY).to.be.at.most((layout.axisY - 0) / 4 + 20);
    expect(layout.bars.every((b) => b.height >= 2)).to.equal(true);
    expectLayoutGuarantees(laid);
  });

  // Regression: in the committed version a range whose start had scrolled off the left edge got
  // its stem clamped to x = 0 and could then never be labelled (the box's left edge had to lie in
  // [0, -3]). The hang-from-the-stem placement being added to placeLabel fixes it.
  it('labels a range that starts before the visible window', () => {
    const laid = lay([{ start: '2024-06-01', end: '2025-06-01', title: 'Clipped range' }]);
    expect(laid.layout.bars).to.have.length(1);
    expect(laid.layout.unlabelled).to.deep.equal([]);
    const label = labelOf(laid.layout, 'Clipped range')!;
    expect(label.x).to.be.at.least(0);
  });

  it('draws eras as bands with their name at the visible start of the band', () => {
    const laid = lay([
      { start: '2024-06-01', end: '2025-03-01', type: 'era', title: 'Clipped era' },
      { start: '2025-05-01', end: '2025-11-01', type: 'era', title: 'Inner era' },
      { start: '2025-02-01', end: '2025-09-01', type: 'era', title: 'Overlapping era' },
    ]);
    const { layout, x } = laid;
    expect(layout.eras).to.have.length(3);
    const clipped = layout.eras.find((e) => e.event.title === 'Clipped era')!;
    const inner = layout.eras.find((e) => e.event.title === 'Inner era')!;
    const overlapping = layout.eras.find((e) => e.event.title === 'Overlapping era')!;
    expect(clipped.labelX).to.equal(0);
    expect(inner.labelX).to.equal(x(Date.UTC(2025, 4, 1)));
    expect(overlapping.y).to.not.equal(clipped.y);
    expect(inner.y).to.equal(clipped.y);
    expect(layout.labels).to.deep.equal([]);
    expect(layout.unlabelled).to.deep.equal([]);
    expectLayoutGuarantees(laid);
  });

  it('leaves out an era name that does not fit on screen', () => {
    const { layout } = lay(
      [{ start: '2025-12-01', end: '2026-06-01', type: 'era', title: 'A very long era name' }],
      { width: 800, domain: [Y2025, Date.UTC(2025, 11, 15)] },
    );
    expect(layout.eras).to.have.length(1);
    expect(layout.eras[0]!.labelX).to.equal(null);
  });

  it('keeps labels below the era strip', () => {
    const laid = lay([
      { start: '2024', end: '2027', type: 'era', title: 'Era one' },
      { start: '2024', end: '2027', type: 'era', title: 'Era two' },
      { start: '2025-06', title: 'Point' },
    ]);
    const label = labelOf(laid.layout, 'Point')!;
    expect(label.y).to.be.at.least(2 * DEFAULT_METRICS.eraRowHeight);
    expectLayoutGuarantees(laid);
  });

  it('gives the label to the more important of two events at the same spot', () => {
    // Two same-day events stack; above the stack there is one row, just wider than one label:
    // only one of the two can be labelled.
    const date = Date.UTC(2025, 2, 1, 12);
    const boxWidth = Math.ceil(
      Math.max(measure('Major', 'title'), measure('March 1, 2025', 'date')) +
        2 * DEFAULT_METRICS.labelPaddingX,
    );
    expect(measure('Minor', 'title')).to.equal(measure('Major', 'title'));
    for (const rows of [
      [
        { start: '2025-03-01', title: 'Minor', importance: 1 },
        { start: '2025-03-01', title: 'Major', importance: 5 },
      ],
      [
        { start: '2025-03-01', title: 'Major', importance: 5 },
        { start: '2025-03-01', title: 'Minor', importance: 1 },
      ],
    ]) {
      const laid = lay(rows, {
        height: 170,
        width: boxWidth + 20,
        domain: [date - 10 * DAY, date + 10 * DAY],
      });
      expect(laid.layout.labelRowCount).to.equal(2);
      expect(laid.layout.labels[0]!.row).to.equal(1);
      expect(laid.layout.labels.map((l) => l.title)).to.deep.equal(['Major']);
      expect(laid.layout.unlabelled.map((e) => e.title)).to.deep.equal(['Minor']);
      expect(laid.layout.points).to.have.length(2);
      expectLayoutGuarantees(laid);
    }
  });

  it('gives the label to the earlier row when importance ties at the same spot', () => {
    const date = Date.UTC(2025, 2, 1, 12);
    const boxWidth = Math.ceil(
      Math.max(measure('Second', 'title'), measure('March 1, 2025', 'date')) +
        2 * DEFAULT_METRICS.labelPaddingX,
    );
    const { layout } = lay(
      [
        { start: '2025-03-01', title: 'Second', importance: 2 },
        { start: '2025-03-01', title: 'Second', importance: 2 },
      ],
      { height: 170, width: boxWidth + 20, domain: [date - 10 * DAY, date + 10 * DAY] },
    );
    expect(layout.labels.map((l) => l.event.index)).to.deep.equal([0]);
    expect(layout.unlabelled.map((e) => e.index)).to.deep.equal([1]);
  });

  it('stacks labels of simultaneous events on one shared stem', () => {
    const laid = lay([
      { start: '2025-03-01', title: 'One' },
      { start: '2025-03-01', title: 'Two' },
      { start: '2025-03-01', title: 'Three' },
    ]);
    const { labels } = laid.layout;
    expect(labels).to.have.length(3);
    expect(new Set(labels.map((l) => l.stemX)).size).to.equal(1);
    // At most one label on each side of the stem per row, so they take at least two rows.
    expect(new Set(labels.map((l) => l.row)).size).to.be.at.least(2);
    expectLayoutGuarantees(laid);
  });

  it('never runs a leader line behind a label: a label with no clear path waits', () => {
    // "Wide" hangs right of its stem; "Inside" sits under Wide's box, so its stem would have to
    // climb through Wide's box to reach any higher row: it waits for zoom instead.
    const laid = lay([
      { start: '2025-03-01', title: 'A wide and important label', importance: 5 },
      { start: '2025-03-20', title: 'Inside', importance: 4 },
      { start: '2025-09-01', title: 'Elsewhere', importance: 1 },
    ]);
    const wide = labelOf(laid.layout, 'A wide and important label')!;
    expect(wide.row).to.equal(0);
    expect(labelOf(laid.layout, 'Inside')).to.equal(undefined);
    expect(laid.layout.unlabelled.map((e) => e.title)).to.deep.equal(['Inside']);
    expect(laid.layout.labels.map((l) => l.title)).to.deep.equal([
      'A wide and important label',
      'Elsewhere',
    ]);
    expectLayoutGuarantees(laid);
  });

  it('keeps a stem clear of labels placed after it', () => {
    // One pixel per day. "B" cannot fit in row 0 (its box would run into A's), so it climbs to
    // row 1 through free space; "C", placed last, would fit in row 0 right over B's stem.
    const from = Date.UTC(2000, 0, 1);
    const on = (day: number): string => new Date(from + day * DAY).toISOString().slice(0, 10);
    const laid = lay(
      [
        { start: on(130), title: 'A', importance: 5 },
        { start: on(20), title: 'A rather long title for event B', importance: 4 },
        { start: on(10), title: 'C', importance: 1 },
      ],
      { width: 1000, domain: [from, from + 1000 * DAY] },
    );
    const b = labelOf(laid.layout, 'A rather long title for event B')!;
    expect(b.row).to.be.at.least(1);
    expect(laid.layout.labels).to.have.length(3);
    for (const label of laid.layout.labels) {
      if (label.row < b.row) {
        expect(
          label.x < b.stemX && b.stemX < label.x + label.width,
          `"${label.title}" covers the stem of B`,
        ).to.equal(false);
      }
    }
    expectLayoutGuarantees(laid);
  });

  it('labels nothing when there is no room for a label row, but still draws every mark', () => {
    const laid = lay(
      [
        { start: '2025-03-01', title: 'A' },
        { start: '2025-04', end: '2025-06', title: 'B' },
      ],
      { height: 80 },
    );
    expect(laid.layout.labelRowCount).to.equal(0);
    expect(laid.layout.labels).to.deep.equal([]);
    expect(laid.layout.unlabelled).to.have.length(2);
    expect(laid.layout.points).to.have.length(1);
    expect(laid.layout.bars).to.have.length(1);
    expectLayoutGuarantees(laid);
  });

  it('leaves a label out when it is wider than the plot', () => {
    const laid = lay([{ start: '2025-06-01', title: 'W'.repeat(60) }], { width: 200 });
    expect(laid.layout.labels).to.deep.equal([]);
    expect(laid.layout.unlabelled).to.have.length(1);
  });

  it('uses the metrics it is given', () => {
    const metrics: LayoutMetrics = { ...DEFAULT_METRICS, titleLineHeight: 40, rowGap: 10 };
    const roomy = lay([{ start: '2025-06', title: 'x' }]).layout;
    const tall = lay([{ start: '2025-06', title: 'x' }], { metrics }).layout;
    expect(tall.metrics).to.equal(metrics);
    expect(tall.labelRowCount).to.be.below(roomy.labelRowCount);
    expect(tall.labels[0]!.height).to.equal(40 + 15 + 2 * 3);
  });

  describe('guarantees (property)', () => {
    /** One event, placed relative to the visible window so that most of them are on screen. */
    const eventSpec = fc.record({
      /** Where it starts, in thousandths of the window (some before it, some after it). */
      at: fc.integer({ min: -200, max: 1200 }),
      /** How long a range or era lasts, in thousandths of the window. */
      length: fc.integer({ min: 0, max: 1500 }),
      precision: fc.constantFrom('day', 'day', 'month', 'minute', 'minute'),
      kind: fc.constantFrom('point', 'point', 'point', 'point', 'range', 'range', 'era'),
      title: fc.string({ minLength: 1, maxLength: 60 }).map((t) => `${t.trim()}x`.slice(0, 60)),
      importance: fc.integer({ min: 1, max: 5 }),
      /** How many copies with other importances compete for exactly the same room. */
      twins: fc.constantFrom(0, 0, 0, 1, 2),
    });
    type EventSpec = typeof eventSpec extends fc.Arbitrary<infer T> ? T : never;
    /** An ISO date at the given precision. */
    const isoAt = (ms: number, precision: string): string => {
      const text = new Date(ms).toISOString();
      if (precision === 'minute') return `${text.slice(0, 16)}Z`;
      return text.slice(0, precision === 'month' ? 7 : 10);
    };
    function rowsFor(specs: readonly EventSpec[], from: number, span: number): object[] {
      return specs.flatMap((spec) => {
        const startMs = from + (spec.at / 1000) * span;
        const base = {
          start: isoAt(startMs, spec.precision),
          title: spec.title,
          importance: spec.importance,
          ...(spec.kind === 'point'
            ? {}
            : {
                end: isoAt(startMs + (spec.length / 1000) * span, spec.precision),
                type: spec.kind,
              }),
        };
        return [
          base,
          ...Array.from({ length: spec.twins }, (_, i) => ({
            ...base,
            importance: ((spec.importance + 2 * i) % 5) + 1,
          })),
        ];
      });
    }
    const window = fc.record({
      from: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
      days: fc
        .constantFrom(2, 30, 365, 3650, 36500)
        .chain((days) => fc.integer({ min: Math.ceil(days / 2), max: days * 2 })),
    });

    it('places every visible mark and keeps labels apart, on screen and off the marks', () => {
      let labelled = 0;
      let clustered = 0;
      fc.assert(
        fc.property(
          fc.array(eventSpec, { minLength: 5, maxLength: 40, size: 'medium' }),
          fc.integer({ min: 200, max: 2000 }),
          fc.integer({ min: 150, max: 800 }),
          window,
          (specs, width, height, { from, days }) => {
            const span = days * DAY;
            const laid = lay(rowsFor(specs, from, span), {
              width,
              height,
              domain: [from, from + span],
            });
            expectLayoutGuarantees(laid);
            labelled += laid.layout.labels.length;
            clustered += laid.layout.clusters.length;
          },
        ),
        { numRuns: 150 },
      );
      // The properties above must have had something to check.
      expect(labelled).to.be.above(150 * 3);
      expect(clustered).to.be.above(20);
    });

    it('holds in crowded plots where most labels must wait', () => {
      let unlabelled = 0;
      fc.assert(
        fc.property(
          fc.array(eventSpec, { minLength: 20, maxLength: 40 }),
          fc.integer({ min: 200, max: 500 }),
          fc.integer({ min: 150, max: 300 }),
          fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
          (specs, width, height, from) => {
            const span = 60 * DAY;
            const laid = lay(rowsFor(specs, from, span), {
              width,
              height,
              domain: [from, from + span],
            });
            expectLayoutGuarantees(laid);
            unlabelled += laid.layout.unlabelled.length;
          },
        ),
        { numRuns: 100 },
      );
      expect(unlabelled).to.be.above(100);
    });
  });
});

describe('layoutTimeline: the selected label first', () => {
  it('places the label named by firstLabel ahead of more important ones', () => {
    // Twelve events a day apart in a narrow plot: there is room for a few labels only.
    const rows = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      start: `2025-03-${String(i + 1).padStart(2, '0')}`,
      title: `Quite a long title for event ${i}`,
      importance: i === 7 ? 1 : 4,
    }));
    const setup = {
      width: 400,
      height: 140,
      domain: [Date.UTC(2025, 1, 25), Date.UTC(2025, 2, 16)] as [number, number],
    };
    const plain = lay(rows, setup).layout;
    expect(plain.unlabelled.map((e) => e.id)).to.include('e7');
    const preferred = lay(rows, { ...setup, firstLabel: 'e7' }).layout;
    expect(preferred.labels.map((l) => l.event.id)).to.include('e7');
  });
});
