import { expect } from '@open-wc/testing';
import { eventWindow, revealWindow } from '../../src/layout/event-window.js';
import type { OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents } from '../../src/model/normalize.js';

const utc: OffsetAt = () => 0;
const DAY = 86_400_000;
const { events } = normalizeEvents(
  [
    { id: 'p', start: '2025-06-10', title: 'Point' },
    { id: 'q', start: '2025-06-14', title: 'Neighbour' },
    { id: 'm', start: '2025-09', title: 'A month' },
    { id: 'r', start: '2025-01-01', end: '2025-03-31', title: 'Range' },
  ],
  utc,
);
const byId = (id: string) => events.find((e) => e.id === id)!;

describe('eventWindow', () => {
  it('shows a range whole, with a margin', () => {
    const [a, b] = eventWindow(byId('r'), events);
    const r = byId('r');
    expect(a).to.be.lessThan(r.start);
    expect(b).to.be.greaterThan(r.end);
    expect((r.start - a) / (r.end - r.start)).to.be.closeTo(0.2, 1e-9);
  });

  it('gives a point room for its nearest neighbour to stand apart', () => {
    const p = byId('p');
    const [a, b] = eventWindow(p, events);
    expect(a + b).to.equal(2 * p.anchor); // centred
    // The neighbour, 4 days away, sits a sixth of the window from it.
    expect(b - a).to.equal(24 * DAY);
  });

  it('shows a month-precise point with its month', () => {
    const m = byId('m');
    const [a, b] = eventWindow(m, events);
    expect(a).to.be.lessThan(m.start);
    expect(b).to.be.greaterThan(m.end);
  });
});

describe('revealWindow', () => {
  const p = byId('p');
  it('zooms in when the view is too wide to tell the event apart', () => {
    const view: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)];
    expect(revealWindow(p, events, view)).to.deep.equal(eventWindow(p, events));
  });

  it('leaves the view alone when the event is well inside it', () => {
    const view: [number, number] = [p.anchor - 10 * DAY, p.anchor + 8 * DAY];
    expect(revealWindow(p, events, view)).to.equal(null);
  });

  it('centres the event, keeping the span, when it is near an edge or outside', () => {
    const view: [number, number] = [p.anchor + 2 * DAY, p.anchor + 20 * DAY];
    expect(revealWindow(p, events, view)).to.deep.equal([p.anchor - 9 * DAY, p.anchor + 9 * DAY]);
  });

  it('zooms out to show a range longer than the view', () => {
    const r = byId('r');
    const view: [number, number] = [r.start, r.start + 10 * DAY];
    expect(revealWindow(r, events, view)).to.deep.equal(eventWindow(r, events));
  });
});
