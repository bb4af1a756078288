import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { SAMPLE, labels, marks, part, settle } from '../support/fixtures.js';
import { brushSelection, until } from '../support/navigation.js';

/** A timeline inside a right-to-left page (dir inherited from an ancestor). */
async function rtlTimeline(): Promise<AiTimeline> {
  const el = document.createElement('ai-timeline');
  el.style.width = '800px';
  el.setAttribute('locale', 'ar');
  const firstView = oneEvent(el, 'ai-timeline-rangechange');
  el.events = SAMPLE;
  await fixture(html`<div dir="rtl">${el}</div>`);
  await firstView;
  await settle(el);
  return el;
}

const centre = (element: Element): number => {
  const box = element.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('<ai-timeline> right to left', () => {
  it('sets each user string in its own direction (49% stays before "stake")', async () => {
    const el = document.createElement('ai-timeline');
    el.style.width = '800px';
    el.setAttribute('locale', 'ar');
    const firstView = oneEvent(el, 'ai-timeline-rangechange');
    el.events = [
      { id: 'en', start: '2025-06-12', title: '49% stake in Scale AI', description: '$14.3B.' },
      { id: 'ar', start: '2025-06-20', title: 'حصة ٤٩٪ في سكيل', description: 'وصف.' },
    ];
    await fixture(html`<div dir="rtl">${el}</div>`);
    await firstView;
    const direction = (selector: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(selector)!).direction;
    for (const [id, expected] of [
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ] as const) {
      el.select(id);
      await settle(el);
      await until(() => !!part(el, 'detail-title'), 'the detail panel');
      expect(direction('[part="detail-title"]'), id).to.equal(expected);
      expect(direction('[part="detail-description"]'), id).to.equal(expected);
      // …aligned as the interface is, and clear of the close button (at the inline end).
      const title = part(el, 'detail-title')!.getBoundingClientRect();
      const close = part(el, 'close')!.getBoundingClientRect();
      expect(title.left, `${id} clear of the close button`).to.be.at.least(close.right);
      const words = document.createRange();
      words.selectNodeContents(part(el, 'detail-title')!);
      expect(words.getBoundingClientRect().right).to.be.closeTo(title.right, 1);
    }
    el.view = 'list';
    await until(() => !!el.shadowRoot!.querySelector('.list-title'), 'the list');
    const titles = [...el.shadowRoot!.querySelectorAll('.list-title')];
    expect(titles.map((t) => getComputedStyle(t).direction)).to.deep.equal(['ltr', 'rtl']);
  });

  it('runs the overview the same way as the plot, its ticks readable', async () => {
    const el = await rtlTimeline();
    const window = await brushSelection(el);
    expect(window).to.not.equal(null);
    const ticks = [
      ...el.shadowRoot!.querySelectorAll<SVGGraphicsElement>('[part="overview"] .tick'),
    ];
    expect(ticks.length).to.be.above(2);
    // Earlier ticks further right, as in the plot; their text mirrored back.
    expect(centre(ticks[0]!)).to.be.above(centre(ticks.at(-1)!));
    expect(ticks[0]!.querySelector<SVGGraphicsElement>('text')!.getScreenCTM()!.a).to.equal(1);
    // The selected event's marker in the overview lines up with its mark in the fitted plot.
    const mark = (id: string) => marks(el).find((m) => m.dataset.id === id)!;
    for (const id of ['a', 'e']) {
      el.select(id);
      await settle(el);
      const marker = el.shadowRoot!.querySelector('.overview-selected')!;
      expect(centre(marker), id).to.be.closeTo(centre(mark(id)), 4);
    }
    expect(centre(mark('a'))).to.be.above(centre(mark('e')));
  });

  it('runs time from right to left, with text that still reads normally', async () => {
    const el = await rtlTimeline();
    const mark = (id: string) => marks(el).find((m) => m.dataset.id === id)!;
    // a (January) is right of b (March), which is right of e (July).
    expect(centre(mark('a'))).to.be.above(centre(mark('b')));
    expect(centre(mark('b'))).to.be.above(centre(mark('e')));
    // The axis too: earlier ticks further right.
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick')];
    expect(ticks.length).to.be.above(2);
    expect(centre(ticks[0]!)).to.be.above(centre(ticks.at(-1)!));
    // Text is mirrored back: the plot's mirror and the text's cancel out.
    const text = labels(el)[0]!.querySelector('text')!;
    const dot = el.shadowRoot!.querySelector('.dot')!;
    expect((dot as SVGGraphicsElement).getScreenCTM()!.a, 'the plot is mirrored').to.equal(-1);
    expect(text.getScreenCTM()!.a, 'its text is not').to.equal(1);
    // Each label still sits over its own mark's leader line.
    for (const label of labels(el)) {
      const box = label.getBoundingClientRect();
      const x = centre(mark(label.dataset.id!));
      if (label.dataset.id !== 'c') expect(x).to.be.within(box.left - 4, box.right + 4);
    }
  });

  it('mirrors the controls and swaps ← / →', async () => {
    const el = await rtlTimeline();
    expect(centre(part(el, 'controls')!)).to.be.below(centre(part(el, 'legend')!));
    const first = marks(el).find((m) => m.dataset.id === 'a')!;
    first.focus();
    // ← goes to the next event in time, which lies to its left.
    await sendKeys({ press: 'ArrowLeft' });
    const next = el.shadowRoot!.activeElement as HTMLElement;
    expect(next.dataset.id).to.not.equal('a');
    expect(centre(next)).to.be.below(centre(first));
  });

  it('follows the pointer when dragged: dragging right shows later times', async () => {
    const el = await rtlTimeline();
    el.zoomTo('2024-03-01', '2024-05-01');
    await settle(el);
    const start = el.visibleRange!.start.getTime();
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const y = Math.round(plot.top + 40);
    await sendMouse({ type: 'move', position: [Math.round(plot.left + 200), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(plot.left + 400), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
  });
});
