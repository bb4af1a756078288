import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import {
  clusteredCount,
  clusters,
  labels,
  marks,
  overlaps,
  part,
  rangeChange,
  renderTimeline,
  settle,
} from '../support/fixtures.js';

const DAY = 86_400_000;
const CATEGORIES = ['model', 'research', 'product', 'policy', 'investment', 'hardware'];

/** `count` seeded events over 2015–2024: a fifth ranges, six categories, importance 1–5. */
function synthetic(count: number, seed = 7): TimelineEvent[] {
  let state = seed;
  const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
  const from = Date.UTC(2015, 0, 1);
  const span = 10 * 365 * DAY;
  return Array.from({ length: count }, (_, i) => {
    const start = from + Math.floor(random() * span);
    const event: TimelineEvent = {
      id: `e${i}`,
      start: new Date(start).toISOString(),
      title: `Event ${i} about ${CATEGORIES[i % 6]}`,
      category: CATEGORIES[Math.floor(random() * 6)]!,
      importance: 1 + Math.floor(random() * 5),
    };
    if (random() < 0.2) event.end = new Date(start + (1 + random() * 60) * DAY).toISOString();
    return event;
  });
}

/** Every event in the window is drawn once: as its own mark or counted in a cluster. */
function expectEveryEventShown(el: AiTimeline, expected: number): void {
  expect(marks(el).length + clusteredCount(el)).to.equal(expected);
}

/** Label boxes, mark boxes and cluster boxes on screen. */
function boxes(el: AiTimeline): { labels: DOMRect[]; marks: DOMRect[] } {
  const root = el.shadowRoot!;
  return {
    labels: labels(el).map((l) => l.querySelector('rect')!.getBoundingClientRect()),
    marks: [...root.querySelectorAll('.dot, .cluster-body, rect.mark.range')].map((m) =>
      m.getBoundingClientRect(),
    ),
  };
}

function expectNoOverlaps(el: AiTimeline, what: string): void {
  const { labels: labelBoxes, marks: markBoxes } = boxes(el);
  for (let i = 0; i < labelBoxes.length; i++) {
    for (let j = i + 1; j < labelBoxes.length; j++) {
      expect(overlaps(labelBoxes[i]!, labelBoxes[j]!), `${what}: labels overlap`).to.equal(false);
    }
    for (const mark of markBoxes) {
      expect(overlaps(labelBoxes[i]!, mark), `${what}: a label covers a mark`).to.equal(false);
    }
  }
}

describe('<ai-timeline> level of detail', () => {
  it('merges marks that would collide into clusters that count them, and splits them on zoom', async () => {
    const events = synthetic(2000);
    const el = await renderTimeline(events, {}, 1000);
    expect(clusters(el).length).to.be.above(5);
    expectEveryEventShown(el, 2000);
    // A cluster says what it holds.
    const cluster = clusters(el).find((c) => c.getAttribute('part')!.includes('cluster-points'))!;
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.getAttribute('aria-label')).to.match(/^\d[\d,]* events, .+: .+\(\d+\)/);
    expect(cluster.querySelector('.cluster-count')!.textContent).to.not.equal('');
    // Zoomed in to a week, the events there all have their own marks.
    el.zoomTo('2020-03-02', '2020-03-09');
    await settle(el);
    const inWeek = events.filter((e) => {
      const t = Date.parse(String(e.start));
      const end = e.end ? Date.parse(String(e.end)) : t;
      return end >= Date.UTC(2020, 2, 2) && t < Date.UTC(2020, 2, 9);
    });
    expect(
      clusters(el).filter((c) => c.getAttribute('part')!.includes('cluster-points')),
    ).to.have.length(0);
    expect(marks(el).length).to.be.at.least(inWeek.length - 2);
  });

  it('zooms to a cluster on click and on Enter', async () => {
    const el = await renderTimeline(synthetic(2000), {}, 1000);
    const before = el.visibleRange!;
    const target = clusters(el).find((c) => c.getAttribute('part')!.includes('cluster-points'))!;
    const box = target.getBoundingClientRect();
    const changed = rangeChange(el);
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    const { detail } = await changed;
    expect(detail.end.getTime() - detail.start.getTime()).to.be.below(
      (before.end.getTime() - before.start.getTime()) / 4,
    );

    el.fit();
    await settle(el);
    const focusable = clusters(el)[3]!;
    focusable.focus();
    const zoomed = rangeChange(el);
    await sendKeys({ press: 'Enter' });
    const next = await zoomed;
    expect(next.detail.end.getTime() - next.detail.start.getTime()).to.be.below(
      (before.end.getTime() - before.start.getTime()) / 4,
    );
  });

  it('zooms in to an event merged into a cluster when it is selected', async () => {
    const events = synthetic(2000);
    const el = await renderTimeline(events, {}, 1000);
    const shown = new Set(marks(el).map((m) => m.dataset.id));
    const hidden = events.find((e) => !e.end && !shown.has(e.id!))!;
    expect(hidden, 'an event inside a cluster').to.not.equal(undefined);
    el.select(hidden.id!);
    await settle(el);
    expect(marks(el).some((m) => m.dataset.id === hidden.id)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="detail"] h3')!.textContent).to.equal(hidden.title);
  });

  it('moves keyboard focus through events and clusters in time order', async () => {
    const el = await renderTimeline(synthetic(600), {}, 1000);
    const stops = [...marks(el), ...clusters(el)];
    expect(stops.filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    const first = stops.find((m) => m.getAttribute('tabindex') === '0')!;
    first.focus();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'ArrowRight' });
      const active = el.shadowRoot!.activeElement!;
      seen.push(active.getAttribute('data-cluster') ?? active.getAttribute('data-id')!);
    }
    expect(new Set(seen).size).to.equal(6);
    expect(seen.some((key) => key.startsWith('p'))).to.equal(true); // clusters are stops
    // Always one tab stop among the marks.
    expect(
      [...marks(el), ...clusters(el)].filter((m) => m.getAttribute('tabindex') === '0'),
    ).to.have.length(1);
  });

  it('stacks events at the same instant, each with its own mark, once zoomed in', async () => {
    const hires: TimelineEvent[] = [
      { id: 'a', start: '2025-06-25', title: 'First hire', category: 'hires' },
      { id: 'b', start: '2025-06-25', title: 'Second hire', category: 'hires' },
      { id: 'c', start: '2025-06-25', title: 'Third hire', category: 'hires' },
      { id: 'd', start: '2025-01-10', title: 'Much earlier' },
      { id: 'e', start: '2025-12-10', title: 'Much later' },
    ];
    const el = await renderTimeline(hires, {}, 900);
    el.zoomTo('2025-06-20', '2025-06-30');
    await settle(el);
    const stack = marks(el).filter((m) => ['a', 'b', 'c'].includes(m.dataset.id!));
    expect(stack).to.have.length(3);
    const centres = stack.map((m) => m.getBoundingClientRect());
    expect(new Set(centres.map((b) => Math.round(b.x + b.width / 2))).size).to.equal(1);
    expect(new Set(centres.map((b) => Math.round(b.y))).size).to.equal(3);
    // Each has a label, and none overlaps another or a mark.
    expect(
      labels(el)
        .map((l) => l.dataset.id)
        .sort(),
    ).to.deep.equal(['a', 'b', 'c']);
    expectNoOverlaps(el, 'stack');
  });

  it('never overlaps labels with labels or marks, at any zoom of dense data', async () => {
    const el = await renderTimeline(synthetic(3000), {}, 1100);
    for (const [from, to] of [
      ['2014-06-01', '2025-06-01'],
      ['2018-01-01', '2020-01-01'],
      ['2019-05-01', '2019-08-01'],
      ['2019-06-01', '2019-06-15'],
      ['2019-06-05', '2019-06-06'],
    ] as const) {
      el.zoomTo(from, to);
      await settle(el);
      expectNoOverlaps(el, `${from}–${to}`);
      expect(labels(el).length, `${from}–${to}: some labels`).to.be.above(0);
    }
  });

  it('keeps the shadow DOM bounded by the plot, not by the data', async () => {
    const el = await renderTimeline(synthetic(20_000), {}, 1200);
    const count = (): number => el.shadowRoot!.querySelectorAll('*').length;
    expect(count()).to.be.below(3000);
    for (const [from, to] of [
      ['2017-01-01', '2018-01-01'],
      ['2017-03-01', '2017-04-01'],
      ['2017-03-10', '2017-03-11'],
    ] as const) {
      el.zoomTo(from, to);
      await settle(el);
      expect(count(), `${from}–${to}`).to.be.below(3000);
    }
  });
});

describe('<ai-timeline> swimlanes', () => {
  const data: TimelineEvent[] = [
    { id: 'r1', start: '2025-02-01', title: 'Research one', category: 'research' },
    { id: 'm1', start: '2025-03-01', title: 'Model one', category: 'model' },
    {
      id: 'r2',
      start: '2025-05-01',
      end: '2025-07-01',
      title: 'Research two',
      category: 'research',
    },
    { id: 'm2', start: '2025-08-01', title: 'Model two', category: 'model', importance: 5 },
    { id: 'x1', start: '2025-09-01', title: 'Uncategorised' },
  ];

  function laneOf(el: AiTimeline, id: string): string {
    const mark = marks(el).find((m) => m.dataset.id === id)!;
    const y = mark.getBoundingClientRect().y + mark.getBoundingClientRect().height / 2;
    const lane = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="lane"]')].find((l) => {
      const band = l.querySelector('rect')!.getBoundingClientRect();
      return y >= band.top && y <= band.bottom;
    });
    return lane?.querySelector('text')?.textContent ?? '';
  }

  it('gives each value of group-by its own labelled lane, in first-appearance order', async () => {
    const el = await renderTimeline(data, { 'group-by': 'category' }, 900);
    const names = [...el.shadowRoot!.querySelectorAll('[part~="lane-name"]')].map(
      (n) => n.textContent,
    );
    expect(names).to.deep.equal(['research', 'model', 'Other']);
    expect(laneOf(el, 'r1')).to.equal('research');
    expect(laneOf(el, 'r2')).to.equal('research');
    expect(laneOf(el, 'm1')).to.equal('model');
    expect(laneOf(el, 'm2')).to.equal('model');
    expect(laneOf(el, 'x1')).to.equal('Other');
    expectNoOverlaps(el, 'lanes');
    // Labels stay inside their own lane.
    for (const label of labels(el)) {
      expect(laneOf(el, label.dataset.id!)).to.not.equal('');
    }
  });

  it('follows the categories order and labels, and any other field', async () => {
    const el = await renderTimeline(data, { 'group-by': 'category' }, 900);
    el.categories = { model: { label: 'Models' }, research: { label: 'Research' } };
    await settle(el);
    const names = (): (string | null)[] =>
      [...el.shadowRoot!.querySelectorAll('[part~="lane-name"]')].map((n) => n.textContent);
    expect(names()).to.deep.equal(['Models', 'Research', 'Other']);

    el.events = data.map((e) => ({ ...e, desk: e.id!.startsWith('m') ? 'Tech' : 'Science' }));
    el.groupBy = 'desk';
    await settle(el);
    expect(names()).to.deep.equal(['Science', 'Tech']);
    el.groupBy = null;
    await settle(el);
    expect(names()).to.deep.equal([]);
    expect(part(el, 'lane')).to.equal(null);
  });
});
