import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TimelineSelectDetail } from '../../src/events.js';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { SAMPLE, part, rangeChange, renderTimeline, settle } from '../support/fixtures.js';
import { until } from '../support/navigation.js';

function counter(el: AiTimeline): string {
  return part(el, 'story-counter')!.textContent!.trim();
}

function storyButton(el: AiTimeline, which: 'previous' | 'next'): HTMLButtonElement {
  return part(el, 'story')!.querySelector<HTMLButtonElement>(`.story-${which}`)!;
}

describe('<ai-timeline> story mode', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  // First in this file, so that the steps' code is not loaded yet when they come.
  it('ends where the last of quick steps points', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderTimeline();
    el.zoomTo('2024-01-01', '2024-01-25');
    await settle(el);
    for (let i = 0; i < 5; i++) el.next();
    expect(el.selected).to.equal('e');
    await until(() => !!el.shadowRoot!.querySelector('[part~="event"][data-id="e"]'), 'e in view');
    await settle(el);
    const { start, end } = el.visibleRange!;
    const keynote = new Date('2024-07-01T09:30:00Z').getTime();
    expect(start.getTime()).to.be.lessThan(keynote);
    expect(end.getTime()).to.be.greaterThan(keynote);
  });

  it('steps through events in time order with next() and previous(), counting "n of N"', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    expect(counter(el)).to.equal('– of 5');
    el.next();
    await el.updateComplete;
    expect(el.selected).to.equal('a'); // nothing selected: the earliest
    expect(counter(el)).to.equal('1 of 5');
    expect(part(el, 'detail')!.textContent).to.contain('Alpha launch');
    const order = ['a'];
    for (let i = 0; i < 4; i++) {
      el.next();
      order.push(el.selected!);
    }
    expect(order).to.deep.equal(['a', 'd', 'b', 'c', 'e']);
    await el.updateComplete;
    expect(counter(el)).to.equal('5 of 5');
    el.next(); // past the end: stays
    expect(el.selected).to.equal('e');
    el.previous();
    await el.updateComplete;
    expect(el.selected).to.equal('c');
    expect(counter(el)).to.equal('4 of 5');
  });

  it('starts from the latest with previous() when nothing is selected', async () => {
    const el = await renderTimeline();
    el.previous();
    expect(el.selected).to.equal('e');
  });

  it('continues from the selected event', async () => {
    const el = await renderTimeline();
    el.select('b');
    el.next();
    expect(el.selected).to.equal('c');
  });

  it('fires ai-timeline-select for the buttons, not for next() from script', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    let fired = 0;
    el.addEventListener('ai-timeline-select', () => fired++);
    el.next();
    el.previous();
    await el.updateComplete;
    expect(fired).to.equal(0);
    const next = storyButton(el, 'next');
    expect(next.getAttribute('aria-label')).to.equal('Next event');
    expect(storyButton(el, 'previous').getAttribute('aria-label')).to.equal('Previous event');
    const selected = oneEvent(el, 'ai-timeline-select');
    next.click();
    const { detail } = (await selected) as CustomEvent<TimelineSelectDetail>;
    expect(detail.event!.id).to.equal('d');
    expect(fired).to.equal(1);
  });

  it('is reachable by keyboard and announces the counter politely', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const next = storyButton(el, 'next');
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('a');
    expect(part(el, 'story-counter')!.getAttribute('aria-live')).to.equal('polite');
    expect(storyButton(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(counter(el)).to.equal('2 of 5');
    expect(storyButton(el, 'previous').getAttribute('aria-disabled')).to.equal('false');
  });

  it('brings each event into view with a short animation', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-01-01', '2024-01-25');
    await settle(el);
    el.select('a');
    await settle(el);
    const before = el.visibleRange!.start.getTime();
    const changed = rangeChange(el);
    el.next(); // the Delta era, from February
    // Animated: not there at once…
    expect(el.visibleRange!.start.getTime()).to.equal(before);
    await changed;
    // …but soon.
    await settle(el);
    const mark = el.shadowRoot!.querySelector('[part~="event"][data-id="d"]');
    expect(mark).to.not.equal(null);
    const { start, end } = el.visibleRange!;
    expect(start.getTime()).to.be.lessThan(new Date('2024-02-01').getTime());
    expect(end.getTime()).to.be.greaterThan(new Date('2024-04-30').getTime());
  });

  it('moves at once under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderTimeline();
    el.zoomTo('2024-01-01', '2024-01-25');
    await settle(el);
    el.select('b');
    const before = el.visibleRange!.start.getTime();
    el.next(); // Gamma trial, May – June
    // The first new view is the last one: no frames in between.
    await until(() => el.visibleRange!.start.getTime() !== before, 'the view to move');
    const first = el.visibleRange!;
    await settle(el);
    await settle(el);
    expect(el.visibleRange!.start.getTime()).to.equal(first.start.getTime());
    expect(el.visibleRange!.end.getTime()).to.equal(first.end.getTime());
    expect(first.start.getTime()).to.be.lessThan(new Date('2024-05-02').getTime());
    expect(first.end.getTime()).to.be.greaterThan(new Date('2024-06-20').getTime());
  });

  it('animates otherwise: the first new view is not the last', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-01-01', '2024-01-25');
    await settle(el);
    el.select('b');
    const before = el.visibleRange!.start.getTime();
    const changed = rangeChange(el);
    el.next();
    await until(() => el.visibleRange!.start.getTime() !== before, 'the view to move');
    const first = el.visibleRange!.start.getTime();
    await changed;
    expect(el.visibleRange!.start.getTime()).to.not.equal(first);
  });

  it('speaks Italian', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'it' });
    el.next();
    await el.updateComplete;
    expect(counter(el)).to.equal('1 di 5');
    expect(storyButton(el, 'next').getAttribute('aria-label')).to.equal('Evento successivo');
  });

  it('shows only the controls asked for', async () => {
    const el = await renderTimeline(SAMPLE, { controls: 'story' });
    const buttons = [...part(el, 'controls')!.querySelectorAll('button')];
    expect(buttons.map((b) => b.className)).to.deep.equal(['story-previous', 'story-next']);
    el.controls = 'zoom fit';
    await el.updateComplete;
    expect(part(el, 'story')).to.equal(null);
    expect(part(el, 'controls')!.querySelectorAll('button').length).to.equal(3);
  });
});
