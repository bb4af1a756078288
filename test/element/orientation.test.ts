import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { wheel } from '../support/commands.js';
import {
  SAMPLE,
  clusteredCount,
  labels,
  marks,
  overlaps,
  part,
  rangeChange,
  renderTimeline,
  settle,
} from '../support/fixtures.js';
import { span, until } from '../support/navigation.js';
import { centre, isVertical, markOf, referenceEvents } from '../support/vertical.js';

let reference: TimelineEvent[] = [];

function svg(el: AiTimeline): SVGSVGElement {
  return el.shadowRoot!.querySelector('svg.plot-svg')!;
}

/** How a text is drawn on screen: [a, b, c, d] of its screen matrix (1, 0, 0, 1 is upright). */
function screenMatrix(node: SVGGraphicsElement): number[] {
  const m = node.getScreenCTM()!;
  return [m.a, m.b, m.c, m.d].map((v) => Math.round(v * 1000) / 1000 + 0);
}

/** Checks what every vertical view must hold: labels upright, beside their marks, apart. */
function expectReadableLabels(el: AiTimeline, side: 'right' | 'left'): void {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  const axis = el.shadowRoot!.querySelector('[part~="axis"] .domain')!.getBoundingClientRect();
  const shown = labels(el);
  expect(shown.length, 'labels on screen').to.be.greaterThan(2);
  const boxes = shown.map((l) => l.querySelector('rect')!.getBoundingClientRect());
  for (const [i, label] of shown.entries()) {
    const box = boxes[i]!;
    // Upright: a label's text is never turned or mirrored on screen.
    const text = label.querySelector<SVGGraphicsElement>('tspan.label-title')!;
    expect(screenMatrix(text), `"${text.textContent}" is upright`).to.deep.equal([1, 0, 0, 1]);
    // Inside the plot, beside the axis on the reading side.
    expect(box.left).to.be.at.least(plot.left - 0.5);
    expect(box.right).to.be.at.most(plot.right + 0.5);
    if (side === 'right') expect(box.left).to.be.greaterThan(axis.right);
    else expect(box.right).to.be.lessThan(axis.left);
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(box, boxes[j]!), `labels ${i} and ${j} overlap`).to.equal(false);
    }
  }
  // Each leader line runs from its mark to its label's near edge.
  const stems = [...el.shadowRoot!.querySelectorAll<SVGLineElement>('.stems line')];
  expect(stems.length).to.equal(shown.length);
  for (const stem of stems) {
    const m = stem.getScreenCTM()!;
    const point = (x: string, y: string) =>
      new DOMPoint(Number(stem.getAttribute(x)), Number(stem.getAttribute(y))).matrixTransform(m);
    // Its far end lies on the near edge of a label…
    const end = point('x2', 'y2');
    const edge = (box: DOMRect) => (side === 'right' ? box.left : box.right);
    const meets = boxes.filter(
      (box) => Math.abs(end.x - edge(box)) < 1.5 && end.y > box.top && end.y < box.bottom,
    );
    expect(meets.length, 'a leader line meets one label').to.equal(1);
    // …and its near end is on the marks' side of the labels.
    const start = point('x1', 'y1');
    if (side === 'right') expect(start.x).to.be.lessThan(end.x);
    else expect(start.x).to.be.greaterThan(end.x);
  }
}

describe('<ai-timeline> orientation', () => {
  before(async () => {
    reference = await referenceEvents();
  });
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('turns vertical below 600 px in auto, and horizontal from there', async () => {
    const wide = await renderTimeline(SAMPLE, { locale: 'en' }, 760);
    expect(wide.orientation).to.equal('auto');
    expect(isVertical(wide)).to.equal(false);
    const narrow = await renderTimeline(SAMPLE, { locale: 'en' }, 420);
    await until(() => isVertical(narrow), 'the narrow timeline to turn vertical');
    // The plot is taller than wide, and the svg's frame (time along its width) is turned.
    const plot = narrow.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
    expect(plot.height).to.be.greaterThan(plot.width);
    expect(Number(svg(narrow).getAttribute('width'))).to.be.closeTo(plot.height, 1);
    const box = svg(narrow).getBoundingClientRect();
    expect(box.width).to.be.closeTo(plot.width, 1.5);
    expect(box.height).to.be.closeTo(plot.height, 1.5);
  });

  it('follows orientation="vertical" and "horizontal" whatever the width', async () => {
    const el = await renderTimeline(SAMPLE, { orientation: 'vertical', locale: 'en' }, 900);
    await until(() => isVertical(el), 'vertical');
    el.style.width = '400px';
    el.orientation = 'horizontal';
    await settle(el);
    await settle(el);
    expect(isVertical(el)).to.equal(false);
    el.removeAttribute('orientation');
    await until(() => isVertical(el), 'auto at 400 px to be vertical');
  });

  it('runs time down the screen, to scale', async () => {
    const el = await renderTimeline(SAMPLE, { orientation: 'vertical', locale: 'en' }, 420);
    await until(() => isVertical(el), 'vertical');
    // Where each sits in time: a day's and a month's middle, and an instant (± the runner's
    // time zone, small beside months).
    const times = {
      a: Date.UTC(2024, 0, 10, 12),
      b: Date.UTC(2024, 2, 16, 12),
      e: Date.UTC(2024, 6, 1, 9, 30),
    };
    const points = (['a', 'b', 'e'] as const).map((id) => ({
      t: times[id],
      ...centre(markOf(el, id)),
    }));
    // Later is lower; equal times per pixel between any two (proportional, not evenly spaced).
    expect(points[0]!.y).to.be.lessThan(points[1]!.y);
    expect(points[1]!.y).to.be.lessThan(points[2]!.y);
    const rate = (i: number, j: number) =>
      (points[j]!.y - points[i]!.y) / (points[j]!.t - points[i]!.t);
    expect(rate(0, 1) / rate(0, 2)).to.be.closeTo(1, 0.03);
    // The points share one axis line.
    expect(points[0]!.x).to.be.closeTo(points[2]!.x, 0.5);
    // The range is a bar along the time axis: taller than wide.
    const bar = markOf(el, 'c').getBoundingClientRect();
    expect(bar.height).to.be.greaterThan(bar.width);
  });

  it('sets labels upright beside the axis, apart, with leader lines to their marks', async () => {
    const el = await renderTimeline(reference, { locale: 'en' }, 360);
    await until(() => isVertical(el), 'vertical');
    expect(marks(el).length + clusteredCount(el)).to.equal(23);
    expectReadableLabels(el, 'right');
    // Zoomed into the dense June 2025, and further.
    for (const [from, to] of [
      ['2025-06-01', '2025-07-05'],
      ['2025-06-20', '2025-07-01'],
    ] as const) {
      const changed = rangeChange(el);
      el.zoomTo(from, to);
      await changed;
      await settle(el);
      expectReadableLabels(el, 'right');
    }
  });

  it('mirrors to the axis on the right with dir="rtl", labels still upright', async () => {
    const el = await renderTimeline(reference, { locale: 'ar', dir: 'rtl' }, 360);
    await until(() => isVertical(el), 'vertical');
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const axis = el.shadowRoot!.querySelector('[part~="axis"] .domain')!.getBoundingClientRect();
    expect(axis.left).to.be.greaterThan(plot.left + plot.width / 2);
    expectReadableLabels(el, 'left');
    // Time still runs down.
    const early = centre(markOf(el, 'llama2'));
    const later = centre(markOf(el, 'llama3'));
    expect(early.y).to.be.lessThan(later.y);
    // Axis labels are upright too.
    for (const tick of el.shadowRoot!.querySelectorAll<SVGGraphicsElement>('.tick text')) {
      expect(screenMatrix(tick)).to.deep.equal([1, 0, 0, 1]);
    }
  });

  for (const [orientation, dir] of [
    ['vertical', 'ltr'],
    ['vertical', 'rtl'],
    ['horizontal', 'rtl'],
  ] as const) {
    it(`never mirrors the "today" label (${orientation}, ${dir})`, async () => {
      const el = await renderTimeline(SAMPLE, { orientation, dir, now: '2024-04-15' }, 420);
      await until(() => !!el.shadowRoot!.querySelector('.now-label'), 'the today line');
      await settle(el);
      const text = el.shadowRoot!.querySelector<SVGGraphicsElement>('.now-label')!;
      const [a, b, c, d] = screenMatrix(text);
      // A turn keeps a positive determinant; a mirror makes it negative.
      expect(a! * d! - b! * c!, text.textContent!).to.equal(1);
      const line = el.shadowRoot!.querySelector('.now-line')!.getBoundingClientRect();
      const box = text.getBoundingClientRect();
      // Beside its line.
      if (orientation === 'vertical') expect(box.top).to.be.closeTo(line.top, 40);
      else
        expect(
          Math.min(Math.abs(box.left - line.right), Math.abs(box.right - line.left)),
        ).to.be.lessThan(8);
    });
  }

  for (const dir of ['ltr', 'rtl']) {
    it(`orders swimlanes from the axis outwards (${dir})`, async () => {
      const el = await renderTimeline(
        reference,
        {
          orientation: 'vertical',
          dir,
          'group-by': 'category',
          categories: JSON.stringify({ model: {}, strategy: {}, talent: {} }),
        },
        560,
      );
      await until(() => isVertical(el), 'vertical');
      const names = [...el.shadowRoot!.querySelectorAll('[part~="lane-name"]')]
        .map((n) => ({ name: n.textContent!.trim(), x: centre(n).x }))
        .sort((a, b) => (dir === 'ltr' ? a.x - b.x : b.x - a.x))
        .map((n) => n.name);
      expect(names.slice(0, 3)).to.deep.equal(['model', 'strategy', 'talent']);
    });
  }

  it('keeps the visible window when it turns (a resize across 600 px)', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' }, 800);
    const changed = rangeChange(el);
    el.zoomTo('2024-02-01', '2024-05-01');
    await changed;
    const before = el.visibleRange!;
    el.style.width = '380px';
    await until(() => isVertical(el), 'vertical');
    await settle(el);
    const after = el.visibleRange!;
    const day = 86_400_000;
    expect(after.start.getTime()).to.be.closeTo(before.start.getTime(), day);
    expect(after.end.getTime()).to.be.closeTo(before.end.getTime(), day);
  });

  it('zooms around the pointer: the time under it stays under it', async () => {
    const el = await renderTimeline(SAMPLE, { orientation: 'vertical', locale: 'en' }, 420);
    await until(() => isVertical(el), 'vertical');
    const mark = markOf(el, 'b');
    const at = centre(mark);
    const before = span(el);
    const changed = rangeChange(el);
    await wheel({ x: Math.round(at.x), y: Math.round(at.y), deltaY: -300, ctrlKey: true });
    await changed;
    await settle(el);
    expect(span(el)).to.be.lessThan(before * 0.8);
    expect(centre(markOf(el, 'b')).y).to.be.closeTo(at.y, 3);
  });

  it('moves focus with ↓ / ↑ in time order', async () => {
    const el = await renderTimeline(SAMPLE, { orientation: 'vertical', locale: 'en' }, 420);
    await until(() => isVertical(el), 'vertical');
    markOf(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('d');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('b');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('d');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations vertical, in the ${theme} theme, with and without a selection`, async () => {
      const el = await renderTimeline(reference, { theme, locale: 'en', heading: 'Meta' }, 360);
      await until(() => isVertical(el), 'vertical');
      await expect(el).to.be.accessible();
      el.select('scale-ai');
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});
