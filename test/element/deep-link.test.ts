import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { SAMPLE, rangeChange, renderTimeline, settle } from '../support/fixtures.js';
import { centreOf, clearHash, span, until } from '../support/navigation.js';

const DAY = 86_400_000;

/** Goes back in history and waits for the popstate. */
async function back(): Promise<void> {
  const popped = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  history.back();
  await popped;
}

async function forward(): Promise<void> {
  const popped = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  history.forward();
  await popped;
}

/** Waits until the deep-link module (loaded on first use) has been fetched. */
async function deepLinksLoaded(): Promise<void> {
  await until(
    () => performance.getEntriesByType('resource').some((e) => e.name.includes('deep-link')),
    'deep links',
  );
}

/** Renders a timeline and waits until its deep links (loaded on first use) are live. */
async function linked(attributes: Record<string, string> = { hash: '' }): Promise<AiTimeline> {
  const el = await renderTimeline(SAMPLE, attributes);
  await deepLinksLoaded();
  await settle(el);
  return el;
}

async function click(el: AiTimeline, id: string): Promise<void> {
  const { x, y } = centreOf(
    el.shadowRoot!.querySelector(`[data-id="${id}"] .dot, rect[data-id="${id}"]`)!,
  );
  await sendMouse({ type: 'click', position: [x, y] });
  await el.updateComplete;
}

describe('<ai-timeline> deep links', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('writes #<id> when an event is selected, as a new history entry', async () => {
    const el = await linked();
    const entries = history.length;
    await click(el, 'a');
    expect(location.hash).to.equal('#a');
    expect(history.length).to.equal(entries + 1);
    el.select('e');
    await el.updateComplete;
    expect(location.hash).to.equal('#e');
    el.select(null);
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });

  it('leaves the URL alone without the hash attribute', async () => {
    const el = await renderTimeline();
    el.select('e');
    await settle(el);
    el.zoomTo('2024-03-01', '2024-04-01');
    await rangeChange(el);
    expect(location.hash).to.equal('');
  });

  it('moves through selections with back and forward', async () => {
    const el = await linked();
    await click(el, 'a');
    el.select('b');
    await el.updateComplete;
    el.select('e');
    await el.updateComplete;
    expect(location.hash).to.equal('#e');
    const fired: (string | null)[] = [];
    el.addEventListener('ai-timeline-select', (e) => fired.push(e.detail.event?.id ?? null));
    await back();
    await settle(el);
    expect(el.selected).to.equal('b');
    // The reader's doing: ai-timeline-select fires.
    expect(fired).to.deep.equal(['b']);
    await back();
    await settle(el);
    expect(el.selected).to.equal('a');
    await forward();
    await settle(el);
    expect(el.selected).to.equal('b');
    // Following history adds no entries of its own.
    expect(location.hash).to.equal('#b');
    await back();
    await back();
    await settle(el);
    expect(el.selected).to.equal(null);
  });

  it('selects and zooms to the event named in the URL when the page opens', async () => {
    history.replaceState(null, '', '#c');
    const el = await linked();
    await until(() => el.selected === 'c', 'the linked selection');
    await settle(el);
    const { start, end } = el.visibleRange!;
    expect(start.getTime()).to.be.lessThan(new Date('2024-05-02').getTime());
    expect(end.getTime()).to.be.greaterThan(new Date('2024-06-20').getTime());
    expect(span(el)).to.be.lessThan(90 * DAY);
    expect(el.shadowRoot!.querySelector('[part="detail"]')!.textContent).to.contain('Gamma');
  });

  it('shares the visible window, and opens at it', async () => {
    const el = await linked();
    el.zoomTo('2024-03-01', '2024-03-31');
    await rangeChange(el);
    expect(location.hash).to.equal('#@2024-03-01/2024-04-01');
    el.remove();
    const reopened = await linked();
    await until(
      () =>
        Math.abs(reopened.visibleRange!.start.getTime() - new Date('2024-03-01').getTime()) <
        60_000,
      'the shared window',
    );
    expect(span(reopened)).to.be.closeTo(31 * DAY, 60_000);
    expect(reopened.selected).to.equal(null);
  });

  it('namespaces entries so that several timelines share one URL', async () => {
    const one = document.createElement('ai-timeline');
    const two = document.createElement('ai-timeline');
    one.id = 'first';
    two.setAttribute('hash', 'second');
    one.setAttribute('hash', '');
    for (const el of [one, two]) {
      el.events = SAMPLE;
      el.style.width = '600px';
    }
    await fixture(html`<div>${one}${two}</div>`);
    for (const el of [one, two]) {
      await deepLinksLoaded();
      await settle(el);
    }
    one.select('a');
    await one.updateComplete;
    two.select('e');
    await two.updateComplete;
    expect(location.hash).to.equal('#first:a&second:e');
    one.select('b');
    await one.updateComplete;
    expect(location.hash).to.equal('#second:e&first:b');
    await back();
    await settle(one);
    expect(one.selected).to.equal('a');
    expect(two.selected).to.equal('e');
  });

  it('follows a link to the fragment (hashchange)', async () => {
    const el = await linked();
    location.hash = '#b';
    await until(() => el.selected === 'b', 'the new fragment');
  });
});
