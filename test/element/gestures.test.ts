import { expect } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { enableTouch, swipe, wheel } from '../support/commands.js';
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
  // Pinch zoom on a touch screen: interaction.test.ts.
});
