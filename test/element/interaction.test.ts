import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimelineSelectDetail } from '../../src/events.js';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { doubleClick, wheel } from '../support/commands.js';
import {
  SAMPLE,
  labels,
  marks,
  part,
  rangeChange,
  renderTimeline,
  settle,
} from '../support/fixtures.js';

function span(el: AiTimeline): number {
  const range = el.visibleRange!;
  return range.end.getTime() - range.start.getTime();
}

function centreOf(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

function tickTexts(el: AiTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map(
    (t) => t.textContent!,
  );
}

describe('<ai-timeline> zoom and pan', () => {
  it('zooms with Ctrl + wheel and reports the settled range once', async () => {
    const el = await renderTimeline();
    const before = span(el);
    const changed = rangeChange(el);
    const { x, y } = centreOf(part(el, 'plot')!);
    await wheel({ x, y, deltaY: -300, ctrlKey: true });
    const { detail } = await changed;
    expect(detail.start).to.be.instanceOf(Date);
    expect(span(el)).to.be.lessThan(before / 1.5);
    expect(detail.end.getTime() - detail.start.getTime()).to.be.closeTo(span(el), 1000);
  });

  it('leaves a plain vertical wheel to the page', async () => {
    const el = await renderTimeline();
    const before = span(el);
    let prevented = false;
    el.addEventListener('wheel', (e) => queueMicrotask(() => (prevented = e.defaultPrevented)));
    const { x, y } = centreOf(part(el, 'plot')!);
    await wheel({ x, y, deltaY: 200 });
    await settle(el);
    expect(span(el)).to.equal(before);
    expect(prevented).to.equal(false);
  });

  it('zooms with a plain wheel when wheel="zoom"', async () => {
    const el = await renderTimeline(SAMPLE, { wheel: 'zoom' });
    const before = span(el);
    const { x, y } = centreOf(part(el, 'plot')!);
    await wheel({ x, y, deltaY: -200 });
    await settle(el);
    expect(span(el)).to.be.lessThan(before);
  });

  it('pans with a horizontal wheel', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-03-01', '2024-05-01');
    await settle(el);
    const start = el.visibleRange!.start.getTime();
    const { x, y } = centreOf(part(el, 'plot')!);
    await wheel({ x, y, deltaX: 200 });
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
  });

  it('pans by dragging', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-03-01', '2024-05-01');
    await settle(el);
    const start = el.visibleRange!.start.getTime();
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const y = Math.round(plot.top + 40);
    await sendMouse({ type: 'move', position: [Math.round(plot.left + 400), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(plot.left + 200), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
  });

  it('zooms with the + / − buttons and fits with "Fit"', async () => {
    const el = await renderTimeline();
    const fitted = span(el);
    const [zoomIn, zoomOut, fit] = [...part(el, 'controls')!.querySelectorAll('button')];
    let changed = rangeChange(el);
    zoomIn!.click();
    await changed;
    expect(span(el)).to.be.lessThan(fitted);
    changed = rangeChange(el);
    zoomOut!.click();
    zoomOut!.click();
    await changed;
    expect(span(el)).to.be.greaterThan(fitted);
    changed = rangeChange(el);
    fit!.click();
    await changed;
    expect(span(el)).to.be.closeTo(fitted, 1000);
  });

  it('zooms with + / − and pans with ← / → when the plot has focus', async () => {
    const el = await renderTimeline();
    const fitted = span(el);
    part(el, 'plot')!.focus();
    let changed = rangeChange(el);
    await sendKeys({ press: '+' });
    await changed;
    const zoomed = span(el);
    expect(zoomed).to.be.lessThan(fitted);
    const start = el.visibleRange!.start.getTime();
    changed = rangeChange(el);
    await sendKeys({ press: 'ArrowRight' });
    await changed;
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
    changed = rangeChange(el);
    await sendKeys({ press: '-' });
    await changed;
    expect(span(el)).to.be.greaterThan(zoomed);
  });

  it('zooms in by double-click', async () => {
    const el = await renderTimeline();
    const before = span(el);
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const changed = rangeChange(el);
    await doubleClick({ x: Math.round(plot.left + 300), y: Math.round(plot.top + 30) });
    await changed;
    expect(span(el)).to.be.lessThan(before);
  });

  it('zoomTo and fit change the range and fire rangechange', async () => {
    const el = await renderTimeline();
    const fitted = span(el);
    let changed = rangeChange(el);
    el.zoomTo('2024-06-01', '2024-06-30');
    const { detail } = await changed;
    expect(detail.start.getMonth()).to.equal(5);
    expect((detail.end.getTime() - detail.start.getTime()) / 86_400_000).to.be.closeTo(30, 0.1);
    changed = rangeChange(el);
    el.fit();
    await changed;
    expect(span(el)).to.be.closeTo(fitted, 1000);
  });

  it('adapts axis ticks from years to months, days and hours', async () => {
    const el = await renderTimeline(
      [
        { id: 'a', start: '2015-01-01', title: 'Start' },
        { id: 'b', start: '2025-01-01', title: 'End' },
      ],
      { locale: 'en' },
    );
    expect(tickTexts(el).every((t) => /^\d{4}$/.test(t))).to.equal(true);
    el.zoomTo('2020-01', '2020-06');
    await settle(el);
    expect(tickTexts(el)).to.include('Mar');
    el.zoomTo('2020-03-01', '2020-03-10');
    await settle(el);
    expect(tickTexts(el).some((t) => /^Mar \d+$/.test(t))).to.equal(true);
    el.zoomTo('2020-03-05', '2020-03-05');
    await settle(el);
    expect(tickTexts(el).some((t) => /\d{1,2}:\d{2}/.test(t))).to.equal(true);
  });
});

describe('<ai-timeline> selection, tooltip and detail', () => {
  it('shows a tooltip on hover', async () => {
    const el = await renderTimeline();
    const mark = el.shadowRoot!.querySelector('[data-id="a"]')!;
    const { x, y } = centreOf(mark);
    await sendMouse({ type: 'move', position: [x, y] });
    await el.updateComplete;
    const tooltip = part(el, 'tooltip')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('Alpha launch');
    expect(tooltip.textContent).to.contain('January 10, 2024');
    await sendMouse({ type: 'move', position: [x, y + 200] });
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(true);
  });

  it('selects on click, fires ai-timeline-select and opens the detail panel', async () => {
    const el = await renderTimeline();
    const selected = oneEvent(el, 'ai-timeline-select');
    const { x, y } = centreOf(el.shadowRoot!.querySelector('[data-id="e"] .dot')!);
    await sendMouse({ type: 'click', position: [x, y] });
    const event = (await selected) as CustomEvent<TimelineSelectDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.event!.id).to.equal('e');
    await el.updateComplete;
    expect(el.selected).to.equal('e');
    expect(el.getAttribute('selected')).to.equal('e');
    const panel = part(el, 'detail')!;
    expect(panel.querySelector('h3')!.textContent).to.equal('Epsilon keynote');
    expect(panel.textContent).to.contain('product');
    expect(panel.textContent).to.contain('A keynote about <b>Epsilon</b>.');
    const link = panel.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/keynote');
    expect(link.textContent).to.equal('Example News');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('selects by clicking a label', async () => {
    const el = await renderTimeline();
    const label = labels(el).find((l) => l.dataset.id === 'a')!;
    const selected = oneEvent(el, 'ai-timeline-select');
    const { x, y } = centreOf(label);
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = (await selected) as CustomEvent<TimelineSelectDetail>;
    expect(detail.event!.id).to.equal('a');
  });

  it('selects with Enter on a focused event and clears with Escape', async () => {
    const el = await renderTimeline();
    const first = marks(el).find((m) => m.getAttribute('tabindex') === '0')!;
    expect(first.dataset.id).to.equal('a');
    first.focus();
    await el.updateComplete;
    expect(part(el, 'tooltip')!.hidden).to.equal(false);
    let selected = oneEvent(el, 'ai-timeline-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<TimelineSelectDetail>).detail.event!.id).to.equal('a');
    // Arrow keys move between events in time order.
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('d');
    selected = oneEvent(el, 'ai-timeline-select');
    await sendKeys({ press: 'Escape' });
    expect(((await selected) as CustomEvent<TimelineSelectDetail>).detail.event).to.equal(null);
    await el.updateComplete;
    expect(part(el, 'detail')).to.equal(null);
  });

  it('select() selects without firing ai-timeline-select', async () => {
    const el = await renderTimeline();
    let fired = false;
    el.addEventListener('ai-timeline-select', () => (fired = true));
    el.select('c');
    await el.updateComplete;
    expect(part(el, 'detail')!.textContent).to.contain('Gamma trial');
    el.select(null);
    await el.updateComplete;
    expect(part(el, 'detail')).to.equal(null);
    expect(fired).to.equal(false);
  });

  it('select() brings an off-screen event into view', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-01-01', '2024-01-31');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-id="e"]')).to.equal(null);
    el.select('e');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-id="e"]')).to.not.equal(null);
  });

  it('renders only what is visible', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      id: `n${i}`,
      start: new Date(Date.UTC(2020, 0, 1 + i * 3)).toISOString().slice(0, 10),
      title: `Event number ${i}`,
    }));
    const el = await renderTimeline(many);
    el.zoomTo('2020-03-01', '2020-03-31');
    await settle(el);
    const shown = marks(el).length;
    expect(shown).to.be.within(9, 13);
  });
});

describe('<ai-timeline> motion and colour preferences', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('zooms without animation under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderTimeline();
    const before = span(el);
    part(el, 'controls')!.querySelector('button')!.click();
    // No transition: the new window is there at once.
    expect(span(el)).to.be.lessThan(before / 1.5);
  });

  it('animates button zooms otherwise', async () => {
    const el = await renderTimeline();
    const before = span(el);
    part(el, 'controls')!.querySelector('button')!.click();
    expect(span(el)).to.equal(before);
    await rangeChange(el);
    expect(span(el)).to.be.lessThan(before / 1.5);
  });

  it('follows a dark system setting with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await renderTimeline();
    expect(getComputedStyle(el).getPropertyValue('--ai-timeline-background').trim()).to.equal(
      '#15171a',
    );
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(el).getPropertyValue('--ai-timeline-background').trim()).to.equal(
      '#ffffff',
    );
  });

  it('moves focus to the first and last events with Home and End from the plot', async () => {
    const el = await renderTimeline();
    part(el, 'plot')!.focus();
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('e');
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('a');
  });
});
