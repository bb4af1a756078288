import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineErrorDetail, TimelineLoadDetail } from '../../src/events.js';
import {
  SAMPLE,
  labels,
  marks,
  overlaps,
  part,
  renderTimeline,
  settle,
  clusters,
  clusteredCount,
} from '../support/fixtures.js';

const REFERENCE = new URL('../../../demo/meta-ai-2025.en.json', import.meta.url).href;

describe('<ai-timeline> rendering', () => {
  it('is defined by importing the package', () => {
    expect(customElements.get('ai-timeline')).to.be.a('function');
  });

  it('draws every event as a mark with part="event" and its data-id', async () => {
    const el = await renderTimeline();
    const ids = marks(el).map((m) => m.getAttribute('data-id'));
    expect(ids).to.have.members(SAMPLE.map((e) => e.id));
    const kinds = Object.fromEntries(marks(el).map((m) => [m.dataset.id, m.getAttribute('part')]));
    expect(kinds.a).to.equal('event point');
    expect(kinds.c).to.equal('event range');
    expect(kinds.d).to.equal('event era');
  });

  it('labels events with title and date, as text (never HTML)', async () => {
    const el = await renderTimeline([
      { id: 'x', start: '2025-06', title: '<img src=x onerror="window.__pwned=1">' },
    ]);
    const label = labels(el)[0]!;
    expect(label.textContent).to.contain('<img src=x');
    expect(label.textContent).to.contain('June 2025');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders the reference data set from src with no overlapping labels', async () => {
    const el = document.createElement('ai-timeline');
    el.style.width = '1100px';
    const loaded = oneEvent(el, 'ai-timeline-load');
    el.src = REFERENCE;
    await fixture(html`<div>${el}</div>`);
    const { detail } = (await loaded) as CustomEvent<TimelineLoadDetail>;
    expect(detail.count).to.equal(23);
    expect(detail.source).to.equal('src');
    await settle(el);
    // Every event is on screen: its own mark, or counted in a cluster where marks would collide.
    expect(marks(el).length + clusteredCount(el)).to.equal(23);
    expect(clusters(el).length).to.be.above(0);
    const boxes = labels(el).map((l) => l.querySelector('rect')!.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(4);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i]!, boxes[j]!), `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
    // Labels never cover a mark or a cluster either.
    const dots = [...el.shadowRoot!.querySelectorAll('.dot, .cluster-body')].map((d) =>
      d.getBoundingClientRect(),
    );
    for (const box of boxes) for (const dot of dots) expect(overlaps(box, dot)).to.equal(false);
  });

  it('keeps labels apart at every zoom of the dense June 2025', async () => {
    const response = await fetch(REFERENCE);
    const { events } = (await response.json()) as { events: AiTimeline['events'] };
    const el = await renderTimeline(events!, {}, 1000);
    const june = events!.filter((e) => String(e.start).startsWith('2025-06') && e.type !== 'era');
    const everLabelled = new Set<string>();
    for (const [from, to] of [
      ['2025-01-01', '2025-08-01'],
      ['2025-05-20', '2025-07-10'],
      ['2025-06-01', '2025-07-01'],
      ['2025-06-10', '2025-06-20'],
      ['2025-06-20', '2025-06-28'],
    ] as const) {
      el.zoomTo(from, to);
      await settle(el);
      const shown = labels(el);
      const boxes = shown.map((l) => l.querySelector('rect')!.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i]!, boxes[j]!), `${from}–${to}: labels overlap`).to.equal(false);
        }
      }
      for (const label of shown) everLabelled.add(label.dataset.id!);
      // Zoomed to the month, most of its fourteen events have room for a label (eight of them
      // share "June 2025" and stand in one stack, whose labels must sit above it).
      if (from === '2025-06-01') {
        expect(june.filter((e) => shown.some((l) => l.dataset.id === e.id))).to.have.length.above(
          7,
        );
      }
      // Every event is shown whatever the zoom: as its own mark or inside a cluster.
      const visibleIds = new Set(marks(el).map((m) => m.dataset.id));
      if (from <= '2025-06-01' && to >= '2025-07-01') {
        const own = june.filter((e) => visibleIds.has(e.id!)).length;
        const inClusters = clusters(el)
          .filter((c) => c.getAttribute('aria-label')!.includes('June'))
          .reduce((sum, c) => sum + Number(c.dataset.count), 0);
        expect(own + inClusters, `${from}–${to}: June events shown`).to.be.at.least(june.length);
      }
      // Zoomed in to the month, no June event is hidden in a cluster.
      if (from >= '2025-06-01') {
        for (const event of june) {
          if (event.start >= from && event.start < to) {
            expect(visibleIds.has(event.id!), `${event.id} has its own mark`).to.equal(true);
          }
        }
      }
    }
    // No event's label is hidden at every zoom: zooming in makes room for each.
    expect(june.filter((e) => !everLabelled.has(e.id!)).map((e) => e.id)).to.deep.equal([]);
  });

  it('shows the legend with one entry per category, in first-appearance order', async () => {
    const el = await renderTimeline();
    const entries = [...part(el, 'legend')!.querySelectorAll('li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(entries).to.deep.equal(['product', 'research', 'era']);
  });

  it('uses category labels and colours from `categories`', async () => {
    const el = await renderTimeline(SAMPLE, {
      categories: JSON.stringify({ research: { label: 'Research', color: 'rgb(1, 2, 3)' } }),
    });
    const entries = [...part(el, 'legend')!.querySelectorAll('li')];
    expect(entries[0]!.textContent!.trim()).to.equal('Research');
    const dot = el.shadowRoot!.querySelector('[data-id="b"] .dot')!;
    expect(getComputedStyle(dot).fill).to.equal('rgb(1, 2, 3)');
  });

  it('exposes the documented parts', async () => {
    const el = await renderTimeline(SAMPLE, { heading: 'A history' });
    for (const name of [
      'heading',
      'legend',
      'controls',
      'plot',
      'axis',
      'event',
      'label',
      'tooltip',
    ]) {
      expect(part(el, name), name).to.not.equal(null);
    }
    expect(part(el, 'heading')!.textContent).to.equal('A history');
  });

  it('first view fits every event with a margin', async () => {
    const el = await renderTimeline();
    const plot = part(el, 'plot')!.getBoundingClientRect();
    for (const mark of marks(el)) {
      const box = mark.getBoundingClientRect();
      expect(box.left).to.be.greaterThan(plot.left + 5);
      expect(box.right).to.be.lessThan(plot.right - 5);
    }
  });

  it('applies view-start and view-end as the initial window', async () => {
    const el = await renderTimeline(SAMPLE, {
      'view-start': '2024-03-01',
      'view-end': '2024-03-31',
    });
    const range = el.visibleRange!;
    expect(range.start.getFullYear()).to.equal(2024);
    const days = (range.end.getTime() - range.start.getTime()) / 86_400_000;
    expect(days).to.be.closeTo(31, 0.5);
    expect(marks(el).map((m) => m.dataset.id)).to.have.members(['b', 'd']);
  });

  it('accepts the events attribute as JSON text', async () => {
    const el = await fixture<AiTimeline>(
      html`<ai-timeline
        events='[{"start":"2025-01-02","title":"From an attribute"}]'
      ></ai-timeline>`,
    );
    await settle(el);
    expect(labels(el)[0]!.textContent).to.contain('From an attribute');
    // A stable id is derived when none is given.
    expect(marks(el)[0]!.dataset.id).to.match(/^e[0-9a-z]+$/);
  });

  it('switches to the dark theme', async () => {
    const el = await renderTimeline(SAMPLE, { theme: 'dark' });
    const light = await renderTimeline(SAMPLE, { theme: 'light' });
    expect(getComputedStyle(el).backgroundColor).to.not.equal(
      getComputedStyle(light).backgroundColor,
    );
    expect(getComputedStyle(el).getPropertyValue('--ai-timeline-background').trim()).to.equal(
      '#15171a',
    );
  });
});

describe('<ai-timeline> bad input', () => {
  it('reports rows missing start or title, shows the rest, and says so visibly', async () => {
    const el = document.createElement('ai-timeline');
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    const loadEvent = oneEvent(el, 'ai-timeline-load');
    el.events = [
      { id: 'ok', start: '2025-01-01', title: 'Fine' },
      { id: 'no-start', title: 'No start' } as never,
      { id: 'no-title', start: '2025-02-01' } as never,
      { id: 'bad-date', start: '2025-13-01', title: 'Bad month' },
    ];
    await fixture(html`<div>${el}</div>`);
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    const load = (await loadEvent) as CustomEvent<TimelineLoadDetail>;
    expect(load.detail.count).to.equal(1);
    expect(detail.errors.map((e) => [e.index, e.field, e.rejected])).to.deep.equal([
      [1, 'start', true],
      [2, 'title', true],
      [3, 'start', true],
    ]);
    expect(detail.errors[0]!.id).to.equal('no-start');
    await settle(el);
    expect(marks(el).map((m) => m.dataset.id)).to.deep.equal(['ok']);
    const notice = part(el, 'notice')!;
    expect(notice.textContent).to.contain('3 events could not be shown');
    expect(notice.textContent).to.contain('no title');
    notice.querySelector<HTMLButtonElement>('button.close')!.click();
    await el.updateComplete;
    expect(part(el, 'notice')).to.equal(null);
  });

  it('keeps the last good timeline when the events attribute is invalid JSON', async () => {
    const el = await renderTimeline();
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    el.setAttribute('events', '[{"start": "2025"');
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    expect(detail.errors[0]!.field).to.equal('events');
    expect(detail.errors[0]!.rejected).to.equal(true);
    expect(detail.errors[0]!.message).to.contain('not valid JSON');
    await settle(el);
    expect(marks(el)).to.have.length(SAMPLE.length);
    expect(part(el, 'notice')!.textContent).to.contain('not valid JSON');
  });

  it('keeps the last good timeline and reports the status when src fails', async () => {
    const el = await renderTimeline();
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    el.src = '/does-not-exist.json';
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    expect(detail.status).to.equal(404);
    expect(detail.errors[0]!.field).to.equal('src');
    expect(detail.errors[0]!.message).to.contain('404');
    await settle(el);
    expect(marks(el)).to.have.length(SAMPLE.length);
    expect(part(el, 'notice')!.textContent).to.contain('404');
  });

  it('reports a src that is neither JSON nor CSV', async () => {
    const el = document.createElement('ai-timeline');
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    el.src = new URL('../../../demo/index.html', import.meta.url).href;
    await fixture(html`<div>${el}</div>`);
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    expect(detail.errors[0]!.message).to.contain(
      'neither JSON nor CSV (the server sent text/html)',
    );
    expect(detail.status).to.equal(200);
  });

  it('does not link unsafe hrefs', async () => {
    const el = await renderTimeline([
      { id: 'x', start: '2025-01-01', title: 'Bad link', href: 'javascript:alert(1)' },
    ]);
    el.select('x');
    await el.updateComplete;
    expect(part(el, 'detail')!.querySelector('a')).to.equal(null);
  });
});

describe('<ai-timeline> sizing and sources', () => {
  it('keeps the visible window when its width changes', async () => {
    const el = await renderTimeline();
    el.zoomTo('2024-03-01', '2024-05-01');
    await settle(el);
    const before = el.visibleRange!;
    // Narrower, still above 600px (below it turns vertical: see orientation.test.ts).
    el.style.width = '640px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
    const after = el.visibleRange!;
    expect(after.start.getTime()).to.be.closeTo(before.start.getTime(), 3_600_000);
    expect(after.end.getTime()).to.be.closeTo(before.end.getTime(), 3_600_000);
    expect(part(el, 'plot-svg')!.getAttribute('width')).to.equal('640');
  });

  it('reports a bad view-start and still shows the events', async () => {
    const el = document.createElement('ai-timeline');
    el.setAttribute('view-start', 'next Tuesday');
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    el.events = SAMPLE;
    await fixture(html`<div style="width: 700px">${el}</div>`);
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    expect(detail.errors[0]!.field).to.equal('view-start');
    await settle(el);
    expect(marks(el)).to.have.length(SAMPLE.length);
  });

  it('lets a newer src win over an older one still loading', async () => {
    const el = document.createElement('ai-timeline');
    const loads: number[] = [];
    el.addEventListener('ai-timeline-load', (e) => loads.push(e.detail.count));
    el.src = '/__slow/demo/meta-ai-2025.en.json';
    await fixture(html`<div style="width: 700px">${el}</div>`);
    // Changed before the first response is read: the first request is aborted or ignored.
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify([{ start: '2025', title: 'Only' }]))}`;
    await oneEvent(el, 'ai-timeline-load');
    await new Promise((resolve) => setTimeout(resolve, 900));
    await settle(el);
    expect(loads).to.deep.equal([1]);
    expect(marks(el)).to.have.length(1);
  });
});
