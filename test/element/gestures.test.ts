import { expect } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { enableTouch, pinch, swipe, tap, wheel } from '../support/commands.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { centre, isVertical, markOf, referenceEvents } from '../support/vertical.js';
import { SAMPLE, part, rangeChange, renderTimeline, settle } from '../support/fixtures.js';
import { centreOf, span, until } from '../support/navigation.js';

function hint(el: AiTimeline): HTMLElement {
  return part(el, 'hint')!;
}

describe('<ai-timeline> wheel hint', () => {
  it('shows "Ctrl + scroll to zoom" when a plain wheel scrolls the page', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    expect(hint(el).hasAttribute('hidden')).to.equal(true);
    const before = span(el);
    const { x, y } = centreOf(part(el, 'plot')!);
    await wheel({ x, y, deltaY: 120 });
    await until(() => !hint(el).hasAttribute('hidden'), 'the hint');
    expect(hint(el).textContent!.trim()).to.equal('Ctrl + scroll to zoom');
    expect(getComputedStyle(hint(el)).display).to.not.equal('none');
    expect(span(el)).to.equal(before);
    // …and hides again by itself.
    await until(() => hint(el).hasAttribute('hidden'), 'the hint to go', 600);
  });

  it('names ⌘ on macOS, and speaks Italian', async () => {
    const platform = Object.getOwnPropertyDescriptor(Navigator.prototype, 'platform')!;
    Object.defineProperty(navigator, 'platform', { value: 'MacIntel', configurable: true });
    try {
      const el = await renderTimeline(SAMPLE, { locale: 'en' });
      const { x, y } = centreOf(part(el, 'plot')!);
      await wheel({ x, y, deltaY: 120 });
      await until(() => !hint(el).hasAttribute('hidden'), 'the hint');
      expect(hint(el).textContent!.trim()).to.equal('⌘ + scroll to zoom');
      el.parentElement!.remove(); // the next one takes its place on screen
    } finally {
      delete (navigator as unknown as Record<string, unknown>).platform;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'platform')).to.deep.equal(
        platform,
      );
    }
    const it = await renderTimeline(SAMPLE, { locale: 'it' });
    const { x, y } = centreOf(part(it, 'plot')!);
    await wheel({ x, y, deltaY: 120 });
    await until(() => !hint(it).hasAttribute('hidden'), 'the hint');
    expect(hint(it).textContent!.trim()).to.equal('Ctrl + rotellina per ingrandire');
  });

  it('stays hidden when the wheel zooms (Ctrl + wheel, or wheel="zoom")', async () => {
    const el = await renderTimeline();
    let { x, y } = centreOf(part(el, 'plot')!);
    let changed = rangeChange(el);
    await wheel({ x, y, deltaY: -200, ctrlKey: true });
    await changed;
    expect(hint(el).hasAttribute('hidden')).to.equal(true);
    el.parentElement!.remove(); // the next one takes its place on screen
    const zooming = await renderTimeline(SAMPLE, { wheel: 'zoom' });
    ({ x, y } = centreOf(part(zooming, 'plot')!));
    changed = rangeChange(zooming);
    await wheel({ x, y, deltaY: -200 });
    await changed;
    expect(hint(zooming).hasAttribute('hidden')).to.equal(true);
  });
});

describe('<ai-timeline> touch', () => {
  let spacer: HTMLElement | undefined;
  before(async () => {
    await enableTouch();
  });

  /** Renders a timeline at the top of a page that has room to scroll. */
  async function onLongPage(): Promise<AiTimeline> {
    const el = await renderTimeline();
    spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    window.scrollTo(0, 0);
    await settle(el);
    return el;
  }
  afterEach(() => {
    spacer?.remove();
    window.scrollTo(0, 0);
  });

  it('lets the browser take vertical swipes: touch-action pan-y on the plot', async () => {
    const el = await onLongPage();
    expect(getComputedStyle(part(el, 'plot')!).touchAction).to.equal('pan-y');
    expect(getComputedStyle(part(el, 'overview')!).touchAction).to.equal('pan-y');
  });

  it('pans with a horizontal swipe', async () => {
    const el = await onLongPage();
    el.zoomTo('2024-03-01', '2024-05-01');
    await settle(el);
    const start = el.visibleRange!.start.getTime();
    const width = span(el);
    const { x, y } = centreOf(part(el, 'plot')!);
    const changed = rangeChange(el);
    await swipe({ x: x + 150, y: y - 60, dx: -300, dy: 0 });
    await changed;
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start + width * 0.2);
    expect(span(el)).to.be.closeTo(width, 1000);
    expect(window.scrollY).to.equal(0);
  });

  it('scrolls the page with a vertical swipe, leaving the view alone', async () => {
    const el = await onLongPage();
    el.zoomTo('2024-03-01', '2024-05-01');
    await settle(el);
    const before = el.visibleRange!;
    const { x, y } = centreOf(part(el, 'plot')!);
    await swipe({ x, y: y + 100, dx: 0, dy: -250 });
    await until(() => window.scrollY > 50, 'the page to scroll');
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.be.closeTo(before.start.getTime(), 60_000);
    expect(span(el)).to.be.closeTo(before.end.getTime() - before.start.getTime(), 1000);
  });
  it('zooms in and out with a two-finger touch pinch', async () => {
    const el = await renderTimeline();
    const before = span(el);
    const { x, y } = centreOf(part(el, 'plot')!);
    let changed = rangeChange(el);
    await pinch({ x, y, from: 30, to: 150 });
    await changed;
    const zoomed = span(el);
    expect(zoomed).to.be.lessThan(before / 2);
    changed = rangeChange(el);
    await pinch({ x, y, from: 150, to: 50 });
    await changed;
    expect(span(el)).to.be.greaterThan(zoomed * 2);
  });
});

// Vertical timelines on a phone. Every touch test is in this one file (one page): in Chromium,
// after a CDP two-finger pinch, the next page that emulates touch gets neither its touch nor
// its mouse input.
describe('<ai-timeline> vertical, at 320 px, by touch', () => {
  let reference: TimelineEvent[] = [];
  let spacer: HTMLElement | undefined;
  before(async () => {
    await enableTouch();
    reference = await referenceEvents();
  });
  afterEach(() => {
    spacer?.remove();
    window.scrollTo(0, 0);
  });

  /**
   * Scrolls to the top and waits until the page stays there: a swipe's fling can go on
   * scrolling after the test that made it, and would move the page under the next gesture.
   */
  async function stillAtTop(): Promise<void> {
    let still = 0;
    for (let frame = 0; frame < 600 && still < 15; frame++) {
      if (window.scrollY !== 0) window.scrollTo(0, 0);
      still = window.scrollY === 0 ? still + 1 : 0;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(still, 'the page to stay at the top').to.equal(15);
  }

  async function phone(): Promise<AiTimeline> {
    const el = await renderTimeline(
      reference,
      { locale: 'en', controls: 'zoom fit story export' },
      320,
    );
    await until(() => isVertical(el), 'vertical');
    spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    await stillAtTop();
    await settle(el);
    return el;
  }

  it('zooms with a pinch, and moves through time with a two-finger drag', async () => {
    const el = await phone();
    const before = span(el);
    const { x, y } = centreOf(part(el, 'plot')!);
    let changed = rangeChange(el);
    await pinch({ x, y, from: 30, to: 150, vertical: true });
    await changed;
    const zoomed = span(el);
    expect(zoomed).to.be.lessThan(before / 2);
    const start = el.visibleRange!.start.getTime();
    changed = rangeChange(el);
    // Both fingers up the screen: later times come into view.
    await pinch({ x, y: y + 100, from: 40, to: 40, vertical: true, pan: -150 });
    await changed;
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
    expect(span(el)).to.be.closeTo(zoomed, zoomed * 0.02);
    expect(window.scrollY).to.equal(0);
  });
  it('fits: nothing sticks out sideways, every control is on screen and big enough', async () => {
    const el = await phone();
    const host = el.getBoundingClientRect();
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || node.closest('.probes, .visually-hidden')) continue;
      expect(box.left, `${node.nodeName}.${node.getAttribute('class')}`).to.be.at.least(
        host.left - 1,
      );
      expect(box.right, `${node.nodeName}.${node.getAttribute('class')}`).to.be.at.most(
        host.right + 1,
      );
    }
    // WCAG 2.2 target size (minimum): 24 × 24 CSS pixels.
    for (const button of part(el, 'controls')!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('selects an event with a tap', async () => {
    const el = await phone();
    const mark = markOf(el, 'llama3');
    const { x, y } = centre(mark);
    const selected = new Promise((resolve) =>
      el.addEventListener('ai-timeline-select', resolve, { once: true }),
    );
    await tap({ x: Math.round(x), y: Math.round(y) });
    await selected;
    expect(el.selected).to.equal('llama3');
    await settle(el);
    expect(part(el, 'detail')).to.not.equal(null);
  });

  it('leaves one-finger swipes to the page, either way', async () => {
    const el = await phone();
    const before = el.visibleRange!;
    const { x, y } = centreOf(part(el, 'plot')!);
    await swipe({ x, y: y + 100, dx: 0, dy: -250 });
    await until(() => window.scrollY > 50, 'the page to scroll');
    window.scrollTo(0, 0);
    // One that starts out sideways (which pans a horizontal timeline) but also moves down.
    await swipe({ x: x + 60, y, dx: -150, dy: -100 });
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.equal(before.start.getTime());
    expect(el.visibleRange!.end.getTime()).to.equal(before.end.getTime());
  });
});
