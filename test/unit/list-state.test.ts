import { expect } from '@open-wc/testing';
import { ListState } from '../../src/render/event-list.js';
import { normalizeEvents } from '../../src/model/normalize.js';

const utc = () => 0;
const DAY = 86_400_000;
/** 1,200 events, a week apart from 1990. */
const events = normalizeEvents(
  Array.from({ length: 1200 }, (_, i) => ({
    id: `e${i}`,
    start: new Date(Date.UTC(1990, 0, 1) + i * 7 * DAY).toISOString().slice(0, 10),
    title: `Event ${i}`,
  })),
  utc,
).events;

describe('ListState', () => {
  it('pages each list on its own: two lists over the same events do not share a window', () => {
    const a = new ListState();
    const b = new ListState();
    expect(a.window(events, -1)).to.deep.include({ from: 0, to: 500 });
    expect(b.window(events, 900)).to.deep.include({ from: 650, to: 1150 });
    a.grow(false, 500);
    expect(a.window(events, -1)).to.deep.include({ from: 0, to: 1000 });
    expect(b.window(events, -1)).to.deep.include({ from: 650, to: 1150 });
    b.grow(true, 500);
    expect(b.window(events, -1)).to.deep.include({ from: 150, to: 1150 });
    expect(a.window(events, -1)).to.deep.include({ from: 0, to: 1000 });
  });

  it('moves the window to take in a selection outside it, and starts again with new data', () => {
    const state = new ListState();
    state.window(events, -1);
    expect(state.window(events, 1100)).to.deep.include({ from: 700, to: 1200 });
    expect(state.window(events.slice(), 1100)).to.deep.include({ from: 700, to: 1200 });
    expect(state.window(events.slice(), -1)).to.deep.include({ from: 0, to: 500 });
  });

  it('groups by year, remembering the last grouping per list', () => {
    const a = new ListState();
    const b = new ListState();
    const first = a.byYear(events, 0, 100, 'en');
    expect(first.map((group) => group.label)).to.deep.equal(['1990', '1991']);
    expect(first.reduce((n, group) => n + group.events.length, 0)).to.equal(100);
    // Another list's grouping does not evict this one's.
    b.byYear(events, 500, 600, 'en');
    expect(a.byYear(events, 0, 100, 'en')).to.equal(first);
    expect(a.byYear(events, 0, 100, 'de')).to.not.equal(first);
  });
});
