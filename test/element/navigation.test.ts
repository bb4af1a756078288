import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimelineErrorDetail } from '../../src/events.js';
import { wheel } from '../support/commands.js';
import { SAMPLE, part, rangeChange, renderTimeline, settle } from '../support/fixtures.js';
import { brushSelection, centreOf, span, until } from '../support/navigation.js';

const DAY = 86_400_000;

describe('<ai-timeline> overview', () => {
  it('shows the whole span by default, with a density strip coloured by category', async () => {
    const el = await renderTimeline();
    const overview = part(el, 'overview')!;
    expect(overview.hidden).to.equal(false);
    const selection = await brushSelection(el);
    // Fitted: the window covers the whole strip.
    const strip = overview.querySelector('svg')!.getBoundingClientRect();
    expect(Number(selection.getAttribute('width'))).to.be.closeTo(strip.width, 2);
    const bars = [...overview.querySelectorAll<SVGPathElement>('.overview-density')];
    // product, research and no category (eras are background and not counted).
    expect(bars.map((b) => b.getAttribute('class')!.split(' ')[1]).sort()).to.deep.equal([
      'cat-1',
      'cat-2',
    ]);
    expect(bars.every((b) => (b.getAttribute('d') ?? '').length > 0)).to.equal(true);
    expect(getComputedStyle(bars[0]!).fill).to.not.equal('rgb(0, 0, 0)');
  });

  it('moves the window when the view zooms or pans', async () => {
    const el = await renderTimeline();
    const fitted = span(el);
    const selection = await brushSelection(el);
    const strip = part(el, 'overview')!.querySelector('svg')!.getBoundingClientRect().width;
    el.zoomTo('2024-03-01', '2024-04-30');
    await settle(el);
    const width = Number(selection.getAttribute('width'));
    expect(width).to.be.closeTo((strip * span(el)) / fitted, 2);
    const x = Number(selection.getAttribute('x'));
    el.shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!.focus();
    const changed = rangeChange(el);
    await sendKeys({ press: 'ArrowRight' });
    await changed;
    expect(Number(selection.getAttribute('x'))).to.be.greaterThan(x + 5);
    expect(Number(selection.getAttribute('width'))).to.be.closeTo(width, 1);
  });

  it('pans by dragging the window and zooms by resizing it, without feedback', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-03-01', '2024-04-30');
    await settle(el);
    const selection = await brushSelection(el);
    const before = el.visibleRange!;
    const width = span(el);
    // Drag the window 120px to the right: later dates, same span.
    const { x, y } = centreOf(selection);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'move', position: [x + 120, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(before.start.getTime() + 10 * DAY);
    expect(span(el)).to.be.closeTo(width, DAY);
    // The window stays where the reader left it (the brush and the zoom do not chase each other).
    const settled = el.visibleRange!.start.getTime();
    await settle(el);
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.equal(settled);
    // Resize: drag the right edge to the left, narrowing the window.
    const box = selection.getBoundingClientRect();
    const edge = Math.round(box.right - 1);
    await sendMouse({ type: 'move', position: [edge, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [edge - 40, y] });
    await sendMouse({ type: 'move', position: [edge - 100, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(span(el)).to.be.lessThan(width * 0.8);
  });

  it('centres the window where the strip is clicked outside it', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await renderTimeline();
      el.zoomTo('2024-01-01', '2024-01-31');
      await settle(el);
      await brushSelection(el);
      const width = span(el);
      const strip = part(el, 'overview')!.querySelector('svg')!.getBoundingClientRect();
      const x = Math.round(strip.left + strip.width * 0.8);
      await sendMouse({ type: 'click', position: [x, Math.round(strip.top + 12)] });
      await settle(el);
      const range = el.visibleRange!;
      const middle = (range.start.getTime() + range.end.getTime()) / 2;
      expect(middle).to.be.greaterThan(new Date('2024-05-15').getTime());
      expect(span(el)).to.be.closeTo(width, DAY);
      // The brush is back, around the new window.
      const selection = await brushSelection(el);
      expect(centreOf(selection).x).to.be.closeTo(x, 3);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('is hidden with overview="off", and by default when the plot is short', async () => {
    const off = await renderTimeline(SAMPLE, { overview: 'off' });
    expect(part(off, 'overview')!.hidden).to.equal(true);
    expect(getComputedStyle(part(off, 'overview')!).display).to.equal('none');
    const short = await renderTimeline(SAMPLE, { style: '--ai-timeline-plot-height: 150px' });
    expect(part(short, 'overview')!.hidden).to.equal(true);
    const forced = await renderTimeline(SAMPLE, {
      style: '--ai-timeline-plot-height: 150px',
      overview: 'on',
    });
    expect(part(forced, 'overview')!.hidden).to.equal(false);
    await brushSelection(forced);
  });
});

describe('<ai-timeline> bounds', () => {
  it('zooms out no further than the data span with its margin, and pans no further', async () => {
    const el = await renderTimeline();
    const fitted = span(el);
    const fittedStart = el.visibleRange!.start.getTime();
    const fittedEnd = el.visibleRange!.end.getTime();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const zoomOut = part(el, 'controls')!.querySelectorAll('button')[1]!;
      for (let i = 0; i < 8; i++) zoomOut.click();
      await settle(el);
      expect(span(el)).to.be.closeTo(fitted * 2, fitted * 0.01);
      el.zoomTo('2024-06-01', '2024-06-30');
      await settle(el);
      const { x, y } = centreOf(part(el, 'plot')!);
      for (let i = 0; i < 12; i++) await wheel({ x, y, deltaX: 800 });
      await settle(el);
      expect(el.visibleRange!.end.getTime()).to.be.closeTo(fittedEnd + fitted / 2, DAY);
      for (let i = 0; i < 24; i++) await wheel({ x, y, deltaX: -800 });
      await settle(el);
      expect(el.visibleRange!.start.getTime()).to.be.closeTo(fittedStart - fitted / 2, DAY);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('zooms in to an hour at most by default, and to min-span when set', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-03-01T10:00', '2024-03-01T10:05');
    await settle(el);
    expect(span(el)).to.be.closeTo(3_600_000, 60_000);
    const bounded = await renderTimeline(SAMPLE, { 'min-span': 'P1D' });
    await until(() => {
      bounded.zoomTo('2024-03-01T10:00', '2024-03-01T10:05');
      return span(bounded) > DAY - 60_000;
    }, 'min-span to apply');
    expect(span(bounded)).to.be.closeTo(DAY, 60_000);
    const { x, y } = centreOf(part(bounded, 'plot')!);
    await wheel({ x, y, deltaY: -600, ctrlKey: true });
    await settle(bounded);
    expect(span(bounded)).to.be.at.least(DAY - 60_000);
  });

  it('zooms out to max-span at most', async () => {
    const el = await renderTimeline(SAMPLE, { 'max-span': 'P30D' });
    await until(() => {
      el.fit();
      return span(el) < 31 * DAY;
    }, 'max-span to apply');
    expect(span(el)).to.be.closeTo(30 * DAY, DAY / 10);
    el.zoomTo('2020-01-01', '2030-01-01');
    await settle(el);
    expect(span(el)).to.be.closeTo(30 * DAY, DAY / 10);
  });

  it('reports a bad min-span or max-span through ai-timeline-error and ignores it', async () => {
    const el = document.createElement('ai-timeline');
    el.events = SAMPLE;
    el.setAttribute('max-span', 'fifty years');
    const error = oneEvent(el, 'ai-timeline-error') as Promise<CustomEvent<TimelineErrorDetail>>;
    await fixture(html`<div style="width: 700px">${el}</div>`);
    const { detail } = await error;
    expect(detail.errors[0]!.field).to.equal('max-span');
    expect(detail.errors[0]!.message).to.contain('ISO 8601 duration');
    await settle(el);
    expect(part(el, 'notice')!.textContent).to.contain('max-span');
  });

  it('settles quietly on a window past the dates a Date can hold (an event at the edge of time)', async () => {
    const el = await renderTimeline(SAMPLE, { hash: '' });
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      const settled = oneEvent(el, 'ai-timeline-rangechange');
      el.events = [...SAMPLE, { id: 'edge', start: 8.6e15, title: 'At the edge of time' }];
      await settled;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught, 'an exception escaped').to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      history.replaceState(null, '', location.pathname);
    }
  });
});

describe('<ai-timeline> zoom to an event, clusters, now', () => {
  it('zooms to the selected event from the detail panel', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    el.select('c');
    await settle(el);
    const button = part(el, 'detail')!.querySelector<HTMLButtonElement>('.zoom-to-event')!;
    expect(button.textContent!.trim()).to.equal('Zoom to event');
    const changed = rangeChange(el);
    button.click();
    await changed;
    const { start, end } = el.visibleRange!;
    // Gamma trial runs 2 May – 20 June 2024: all of it, with a margin, and little else.
    expect(start.getTime()).to.be.lessThan(new Date('2024-05-02').getTime());
    expect(end.getTime()).to.be.greaterThan(new Date('2024-06-20').getTime());
    expect(span(el)).to.be.lessThan(80 * DAY);
  });

  it('zooms to a cluster when it is clicked', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      start: `2024-06-${String(1 + (i % 28)).padStart(2, '0')}`,
      title: `Event ${i}`,
    }));
    const el = await renderTimeline([...many, { id: 'far', start: '2030-01-01', title: 'Far' }]);
    const cluster = el.shadowRoot!.querySelector('[part~="cluster"]')!;
    const before = span(el);
    const changed = rangeChange(el);
    const { x, y } = centreOf(cluster);
    await sendMouse({ type: 'click', position: [x, y] });
    await changed;
    expect(span(el)).to.be.lessThan(before / 20);
  });

  it('draws a labelled "today" line with now', async () => {
    const el = await renderTimeline(SAMPLE, { now: '2024-04-15', locale: 'en' });
    await until(() => !!el.shadowRoot!.querySelector('[part="now"] line'), 'the now line');
    const line = el.shadowRoot!.querySelector('[part="now"] line')!;
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const { start, end } = el.visibleRange!;
    // Mid-day on 15 April (a calendar day), on the reader's clock.
    const at = new Date(2024, 3, 15, 12).getTime();
    const expected = (plot.width * (at - start.getTime())) / (end.getTime() - start.getTime());
    expect(Number(line.getAttribute('x1'))).to.be.closeTo(expected, 1.5);
    expect(el.shadowRoot!.querySelector('[part="now"] text')!.textContent).to.equal('Today');
    el.removeAttribute('now');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="now"]')!.getAttribute('display')).to.equal('none');
  });

  it('puts the line at the current moment with a bare now', async () => {
    const today = new Date();
    const rows = [
      { id: 'x', start: new Date(today.getTime() - 20 * DAY), title: 'Before' },
      { id: 'y', start: new Date(today.getTime() + 20 * DAY), title: 'After' },
    ];
    const el = await renderTimeline(rows, { now: '', locale: 'it' });
    await until(() => !!el.shadowRoot!.querySelector('[part="now"] line'), 'the now line');
    const line = el.shadowRoot!.querySelector('[part="now"] line')!;
    const plot = part(el, 'plot')!.getBoundingClientRect();
    // Halfway between the two events, give or take the axis margin rounding.
    expect(Number(line.getAttribute('x1'))).to.be.closeTo(plot.width / 2, plot.width * 0.02);
    expect(el.shadowRoot!.querySelector('[part="now"] text')!.textContent).to.equal('Oggi');
  });
});
