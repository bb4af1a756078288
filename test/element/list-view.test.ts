import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineSelectDetail, TimelineViewChangeDetail } from '../../src/events.js';
import type { TimelineEvent } from '../../src/model/types.js';
import {
  SAMPLE,
  clusteredCount,
  marks,
  nextFrame,
  part,
  rangeChange,
  renderTimeline,
  settle,
} from '../support/fixtures.js';
import { emulateForcedColors } from '../support/commands.js';
import { colourProbe } from '../support/colour-probe.js';

const DAY = 86_400_000;

/**
 * 2,000 events from 1990 to 2017, five days apart (some of them ranges), given newest first so
 * that the list has to put them in time order itself.
 */
const MANY: TimelineEvent[] = Array.from({ length: 2000 }, (_, i) => {
  const start = new Date(Date.UTC(1990, 0, 1) + i * 5 * DAY).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(1990, 0, 1) + (i * 5 + 20) * DAY).toISOString().slice(0, 10);
  return {
    id: `m${i}`,
    start,
    ...(i % 10 === 3 ? { end } : {}),
    title: `Event ${i}`,
    category: `c${i % 7}`,
  };
}).reverse();

/** LIST_PAGE in src/render/event-list.ts (not imported: a test checks that module loads late). */
const LIST_PAGE = 500;

function toggle(el: AiTimeline): HTMLButtonElement {
  return part(el, 'controls')!.querySelector<HTMLButtonElement>('button.view')!;
}

function items(el: AiTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')];
}

function item(el: AiTimeline, title: string): HTMLElement {
  const found = items(el).find(
    (li) => li.querySelector('.list-title')!.textContent!.trim() === title,
  );
  if (!found) throw new Error(`no list item "${title}"`);
  return found;
}

function listLoaded(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /\/render\/event-list\.js(\?|$)/.test(entry.name));
}

async function showList(el: AiTimeline): Promise<void> {
  el.view = 'list';
  await settle(el);
}

describe('<ai-timeline> list view', () => {
  // First in this file: the list's code must not be loaded before a timeline shows its list.
  it('loads the list’s code only when a list is first shown', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    el.select('a'); // the detail panel (whose helpers the list shares) loads; the list does not
    await settle(el);
    expect(part(el, 'detail')).to.not.equal(null);
    expect(listLoaded(), 'loaded before any list was shown').to.equal(false);
    expect(part(el, 'list')).to.equal(null);
    await showList(el);
    expect(listLoaded(), 'loaded for the list').to.equal(true);
    expect(items(el)).to.have.length(5);
  });

  it('lists every event in time order, grouped by year, including those off screen or clustered', async () => {
    const el = await renderTimeline(MANY, { locale: 'en' }, 900);
    // The timeline shows few of them as marks of their own.
    el.zoomTo('2000-01-01', '2003-01-01');
    await settle(el);
    expect(marks(el).length + clusteredCount(el)).to.be.below(400);
    await showList(el);
    // A page at a time: the first 500, then 500 more each time the reader asks.
    expect(items(el)).to.have.length(LIST_PAGE);
    expect(part(el, 'list')!.querySelector('.list-more')!.textContent!.trim()).to.equal(
      'Show 500 later events',
    );
    for (let page = 1; page < 4; page++) {
      part(el, 'list')!.querySelector<HTMLButtonElement>('.list-more')!.click();
      await settle(el);
      expect(items(el)).to.have.length(LIST_PAGE * (page + 1));
    }
    expect(part(el, 'list')!.querySelector('.list-more'), 'nothing more to show').to.equal(null);
    const listed = items(el);
    expect(listed).to.have.length(2000);
    const titles = listed.map((li) => li.querySelector('.list-title')!.textContent!.trim());
    expect(titles).to.deep.equal(Array.from({ length: 2000 }, (_, i) => `Event ${i}`));
    // Each year is a heading, in order, over an ordered list of its events.
    const years = [...el.shadowRoot!.querySelectorAll('[part="list-year"]')];
    expect(years.map((y) => y.querySelector('h3')!.textContent!.trim())).to.deep.equal(
      Array.from({ length: 28 }, (_, i) => String(1990 + i)),
    );
    for (const year of years) {
      const heading = year.querySelector('h3')!.textContent!.trim();
      const dates = [...year.querySelectorAll('ol > li time')].map((t) =>
        t.getAttribute('datetime'),
      );
      expect(dates.length).to.be.above(0);
      expect(
        dates.every((d) => d!.startsWith(heading)),
        heading,
      ).to.equal(true);
    }
    expect(
      el.shadowRoot!.querySelector('[part="list"] > ol > li[part="list-year"] > ol'),
    ).to.not.equal(null);
  });

  it('gives each event its date, title, category, description and source, as text', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    await showList(el);
    const keynote = item(el, 'Epsilon keynote');
    const time = keynote.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.match(/^2024-07-01T\d\d:30$/);
    expect(time.textContent!.trim()).to.contain('Jul 1, 2024');
    expect(keynote.querySelector('.detail-category')!.textContent!.trim()).to.equal('product');
    expect(keynote.querySelector('.detail-category svg.swatch')).to.not.equal(null);
    // The facts' styles came with the list's code.
    expect(getComputedStyle(keynote.querySelector('.detail-meta')!).display).to.equal('flex');
    expect(keynote.classList.contains('cat-1')).to.equal(true);
    expect(keynote.textContent).to.contain('A keynote about <b>Epsilon</b>.');
    const link = keynote.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/keynote');
    expect(link.textContent!.trim()).to.equal('Example News');
    expect(item(el, 'Beta in March').querySelector('time')!.getAttribute('datetime')).to.equal(
      '2024-03',
    );
    // A range reads as one.
    expect(item(el, 'Gamma trial').querySelector('time')!.textContent).to.contain('–');
  });

  it('switches views by attribute and by its toggle, both ways, saying so', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const fired: TimelineViewChangeDetail[] = [];
    el.addEventListener('ai-timeline-viewchange', (e) => fired.push(e.detail));
    expect(el.getAttribute('view')).to.equal('timeline');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');
    expect(toggle(el).textContent!.trim()).to.equal('List');

    el.setAttribute('view', 'list');
    await settle(el);
    expect(part(el, 'plot')!.hidden).to.equal(true);
    expect(part(el, 'plot')!.getBoundingClientRect().height).to.equal(0);
    expect(part(el, 'overview')!.hidden).to.equal(true);
    expect(part(el, 'list')).to.not.equal(null);
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    // Zooming means nothing in a list: those controls go; the story stays.
    const controls = [...part(el, 'controls')!.querySelectorAll('button')];
    expect(controls.map((b) => b.className)).to.deep.equal([
      'story-previous',
      'story-next',
      'view',
    ]);
    expect(fired, 'setting the attribute is not the reader’s doing').to.deep.equal([]);

    const back = oneEvent(el, 'ai-timeline-viewchange');
    toggle(el).click();
    const event = (await back) as CustomEvent<TimelineViewChangeDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(el);
    expect(el.view).to.equal('timeline');
    expect(el.getAttribute('view')).to.equal('timeline');
    expect(part(el, 'list')).to.equal(null);
    expect(part(el, 'plot')!.hidden).to.equal(false);
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');

    toggle(el).click();
    await settle(el);
    expect(el.getAttribute('view')).to.equal('list');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    expect(fired).to.deep.equal([{ view: 'timeline' }, { view: 'list' }]);
  });

  it('can start as a list, and draws the timeline when switched to it', async () => {
    const el = document.createElement('ai-timeline');
    el.setAttribute('view', 'list');
    el.setAttribute('locale', 'en');
    el.style.width = '760px';
    const loaded = oneEvent(el, 'ai-timeline-load');
    el.events = SAMPLE;
    await fixture(html`<div>${el}</div>`);
    await loaded;
    await settle(el);
    expect(items(el)).to.have.length(5);
    expect(marks(el)).to.have.length(0);
    const firstView = rangeChange(el);
    toggle(el).click();
    await firstView;
    await settle(el);
    expect(marks(el).length).to.be.above(0);
    expect(part(el, 'list')).to.equal(null);
  });

  it('hides the toggle when `controls` leaves `view` out', async () => {
    const el = await renderTimeline(SAMPLE, { controls: 'zoom fit' });
    expect(toggle(el)).to.equal(null);
    el.controls = 'view';
    await settle(el);
    expect(toggle(el)).to.not.equal(null);
  });

  it('selects from the list, and the timeline keeps the selection and its window', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const moved = rangeChange(el);
    el.zoomTo('2024-02-01', '2024-04-15');
    await moved;
    await settle(el);
    const before = el.visibleRange!;
    await showList(el);
    expect(el.shadowRoot!.querySelector('[aria-current]')).to.equal(null);

    const selected = oneEvent(el, 'ai-timeline-select');
    item(el, 'Epsilon keynote').querySelector<HTMLButtonElement>('.list-title')!.click();
    const { detail } = (await selected) as CustomEvent<TimelineSelectDetail>;
    expect(detail.event!.id).to.equal('e');
    await settle(el);
    const chosen = item(el, 'Epsilon keynote');
    expect(chosen.querySelector('.list-title')!.getAttribute('aria-current')).to.equal('true');
    expect(chosen.getAttribute('part')).to.equal('list-item selected');
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    // The list gives the details: no detail panel beside it.
    expect(part(el, 'detail')).to.equal(null);

    el.view = 'timeline';
    await settle(el);
    expect(el.selected).to.equal('e');
    const after = el.visibleRange!;
    expect(after.start.getTime()).to.be.closeTo(before.start.getTime(), 60_000);
    expect(after.end.getTime()).to.be.closeTo(before.end.getTime(), 60_000);
    expect(part(el, 'detail')!.textContent).to.contain('Epsilon keynote');
    // The detail panel's styles come with its code.
    expect(getComputedStyle(part(el, 'detail')!).borderInlineStartWidth).to.equal('4px');
  });

  it('shows the page around the selection, and earlier events above it on request', async () => {
    const el = await renderTimeline(MANY, { locale: 'it' }, 900);
    el.select('m1500');
    await settle(el);
    await showList(el);
    const titles = () =>
      items(el).map((li) => li.querySelector('.list-title')!.textContent!.trim());
    expect(titles()[0]).to.equal('Event 1250');
    expect(titles().at(-1)).to.equal('Event 1749');
    const [earlier, later] = [
      ...part(el, 'list')!.querySelectorAll<HTMLButtonElement>('.list-more'),
    ];
    expect(earlier!.textContent!.trim()).to.equal('Mostra 500 eventi precedenti');
    expect(later!.textContent!.trim()).to.equal('Mostra 250 eventi successivi');
    // Earlier events come in above, and what was on screen stays there.
    const list = part(el, 'list')!;
    const chosen = list.querySelector('[aria-current="true"]')!;
    const before = chosen.getBoundingClientRect().top;
    earlier!.click();
    await settle(el);
    await nextFrame();
    expect(titles()[0]).to.equal('Event 750');
    expect(chosen.getBoundingClientRect().top).to.be.closeTo(before, 2);
    // Selecting far away (a story step) moves the page there.
    el.select('m10');
    await settle(el);
    expect(titles()[0]).to.equal('Event 0');
  });

  it('scrolls inside its own box, to the selected event when it opens', async () => {
    const el = await renderTimeline(MANY, { locale: 'en' }, 900);
    el.select('m1500');
    await settle(el);
    await showList(el);
    const list = part(el, 'list')!;
    const box = list.getBoundingClientRect();
    expect(box.height).to.be.at.most(440 + 1);
    expect(list.scrollHeight).to.be.above(list.clientHeight * 10);
    const chosen = list.querySelector('[aria-current="true"]')!;
    expect(chosen.textContent!.trim()).to.equal('Event 1500');
    const at = chosen.getBoundingClientRect();
    expect(list.scrollTop).to.be.above(0);
    expect(at.top).to.be.at.least(box.top);
    expect(at.bottom).to.be.at.most(box.bottom + 1);
    // The height is a custom property.
    el.style.setProperty('--ai-timeline-list-max-height', '200px');
    expect(list.getBoundingClientRect().height).to.be.at.most(201);
  });

  it('marks the pressed toggle and the selected item beyond colour, in forced colours too', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const unpressed = getComputedStyle(toggle(el)).backgroundColor;
    el.select('b');
    await showList(el);
    expect(getComputedStyle(toggle(el)).backgroundColor).to.not.equal(unpressed);
    const chosen = getComputedStyle(item(el, 'Beta in March'));
    expect(chosen.outlineStyle).to.equal('solid');
    expect(chosen.outlineWidth).to.equal('2px');
    expect(chosen.outlineColor).to.not.equal(
      getComputedStyle(item(el, 'Alpha launch')).outlineColor,
    );
    await emulateForcedColors('active');
    try {
      const root = el.shadowRoot!;
      const probe = colourProbe(root);
      const system = probe.resolve;
      expect(getComputedStyle(item(el, 'Beta in March')).outlineColor).to.equal(
        system('Highlight'),
      );
      expect(getComputedStyle(toggle(el)).backgroundColor).to.equal(system('Highlight'));
      const swatch = item(el, 'Beta in March').querySelector('.swatch')!;
      expect(getComputedStyle(swatch).fill).to.equal(system('CanvasText'));
      probe.remove();
    } finally {
      await emulateForcedColors('none');
    }
  });

  it('is plain tab order: titles and links, one after another', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    await showList(el);
    item(el, 'Gamma trial').querySelector<HTMLButtonElement>('.list-title')!.focus();
    const focused = (): string => el.shadowRoot!.activeElement!.textContent!.trim();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Epsilon keynote');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Example News');
  });

  it('keeps what the keyboard focuses in view, clear of the sticky year heading', async () => {
    const el = await renderTimeline(MANY, { locale: 'en' }, 900);
    await showList(el);
    const list = part(el, 'list')!;
    const titles = [...list.querySelectorAll<HTMLButtonElement>('.list-title')];
    expect(titles.every((b) => b.tabIndex === 0)).to.equal(true);
    // Event 300 at the top edge, under the sticky heading; Shift+Tab goes back to Event 299.
    const box = list.getBoundingClientRect();
    list.scrollTop += titles[300]!.getBoundingClientRect().top - box.top;
    titles[300]!.focus({ preventScroll: true });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(titles[299]);
    await nextFrame();
    const heading = titles[299]!.closest('[part="list-year"]')!.querySelector('h3')!;
    expect(titles[299]!.getBoundingClientRect().top).to.be.at.least(
      heading.getBoundingClientRect().bottom - 1,
    );
  });

  it('speaks Italian', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'it' });
    expect(toggle(el).textContent!.trim()).to.equal('Elenco');
    await showList(el);
    const date = new Intl.DateTimeFormat('it', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 0, 10)));
    expect(date).to.equal('10 gennaio 2024');
    expect(item(el, 'Alpha launch').querySelector('time')!.textContent!.trim()).to.equal(date);
    expect(item(el, 'Epsilon keynote').textContent).to.contain('Fonte:');
  });

  it('reads right to left in Arabic', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'ar', dir: 'rtl' });
    expect(toggle(el).textContent!.trim()).to.equal('قائمة');
    await showList(el);
    const alpha = item(el, 'Alpha launch');
    const date = new Intl.DateTimeFormat('ar', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 0, 10)));
    expect(alpha.querySelector('time')!.textContent!.trim()).to.equal(date);
    expect(alpha.querySelector('time')!.textContent).to.contain('يناير');
    const year = el.shadowRoot!.querySelector('[part="list-year"] h3')!.textContent!.trim();
    expect(year).to.equal(
      new Intl.DateTimeFormat('ar', { year: 'numeric' }).format(new Date(Date.UTC(2024, 5))),
    );
    // The category's bar is on the start side: the right.
    const style = getComputedStyle(alpha);
    expect(style.direction).to.equal('rtl');
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('0px');
    const title = alpha.querySelector('.list-title')!.getBoundingClientRect();
    const box = alpha.getBoundingClientRect();
    expect(box.right - title.right).to.be.below(box.width / 4);
  });

  it('shows user strings as text, and links only safe URLs', async () => {
    const canary = window as unknown as { __canary?: unknown };
    const hostile: TimelineEvent[] = [
      {
        id: 'x',
        start: '2024-01-01',
        title: '<img src=x onerror="window.__canary=1">',
        description: '<script>window.__canary=1</script>',
        href: 'javascript:window.__canary=1',
        source: '<b>Bold</b>',
      },
      { id: 'y', start: '2024-02-01', title: 'Safe', href: '/relative/page' },
    ];
    const el = await renderTimeline(hostile, { locale: 'en' });
    await showList(el);
    const list = part(el, 'list')!;
    expect(list.querySelector('img, script, b')).to.equal(null);
    const bad = item(el, '<img src=x onerror="window.__canary=1">');
    expect(bad.querySelector('a')).to.equal(null);
    expect(bad.textContent).to.contain('<b>Bold</b>');
    expect(item(el, 'Safe').querySelector('a')!.getAttribute('href')).to.equal('/relative/page');
    expect(canary.__canary).to.equal(undefined);
  });

  it('says so when there is nothing to list', async () => {
    const el = await renderTimeline([], { locale: 'en' });
    await showList(el);
    expect(part(el, 'list')!.textContent!.trim()).to.equal('No events to show.');
  });
});
