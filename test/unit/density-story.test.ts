import { expect } from '@open-wc/testing';
import { densityBins } from '../../src/layout/density.js';
import { storyPosition, storyStep } from '../../src/layout/story.js';
import type { OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import type { TimelineEvent } from '../../src/model/types.js';

const utc: OffsetAt = () => 0;
const events = (rows: TimelineEvent[]) => normalizeEvents(rows, utc).events;

describe('densityBins', () => {
  const rows: TimelineEvent[] = [
    { id: 'a', start: '2020-01-05', title: 'A', category: 'x' },
    { id: 'b', start: '2020-01-20', title: 'B', category: 'x' },
    { id: 'c', start: '2020-12-20', title: 'C', category: 'y' },
    { id: 'd', start: '2020-06-01', end: '2020-08-01', title: 'D' },
    { id: 'e', start: '2020-01-01', end: '2020-12-31', type: 'era', title: 'Era' },
    { id: 'f', start: '2019-01-01', title: 'Before', category: 'y' },
  ];
  const domain: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)];

  it('counts events per bin and category, leaving eras out', () => {
    const d = densityBins(events(rows), domain, 4);
    expect(d.bins).to.equal(4);
    expect([...d.totals]).to.deep.equal([3, 1, 0, 1]);
    expect(d.max).to.equal(3);
    const x = d.counts[d.categories.indexOf('x')]!;
    const y = d.counts[d.categories.indexOf('y')]!;
    const none = d.counts[d.categories.indexOf(null)]!;
    expect([...x]).to.deep.equal([2, 0, 0, 0]);
    // "Before" is outside the domain: it joins the first bin.
    expect([...y]).to.deep.equal([1, 0, 0, 1]);
    expect([...none]).to.deep.equal([0, 1, 0, 0]);
  });

  it('orders categories by their totals and sums to the events counted', () => {
    const d = densityBins(events(rows), domain, 10);
    expect(d.categories[0]).to.be.oneOf(['x', 'y']);
    expect(d.categories.at(-1)).to.equal(null);
    const sum = [...d.totals].reduce((a, b) => a + b, 0);
    expect(sum).to.equal(5);
  });

  it('copes with no events and a degenerate domain', () => {
    const d = densityBins([], [0, 0], 0);
    expect(d.bins).to.equal(1);
    expect(d.max).to.equal(0);
    expect(d.categories).to.deep.equal([]);
  });
});

describe('story order', () => {
  const list = events([
    { id: 'late', start: '2021-01-01', title: 'Late' },
    { id: 'early', start: '2020-01-01', title: 'Early' },
    { id: 'same1', start: '2020-06-01', title: 'Same 1' },
    { id: 'same2', start: '2020-06-01', title: 'Same 2' },
  ]);
  const order = list; // normalizeEvents sorts by start, then input order

  it('runs in time order, ties in input order', () => {
    expect(order.map((e) => e.id)).to.deep.equal(['early', 'same1', 'same2', 'late']);
  });

  it('steps forward and back, starting at the ends with nothing selected', () => {
    expect(storyStep(order, null, 1)!.id).to.equal('early');
    expect(storyStep(order, null, -1)!.id).to.equal('late');
    expect(storyStep(order, 'unknown', 1)!.id).to.equal('early');
    expect(storyStep(order, 'same1', 1)!.id).to.equal('same2');
    expect(storyStep(order, 'same1', -1)!.id).to.equal('early');
    expect(storyStep(order, 'late', 1)).to.equal(undefined);
    expect(storyStep(order, 'early', -1)).to.equal(undefined);
  });

  it('tells where an event stands, counting from 1', () => {
    expect(storyPosition(order, 'early')).to.equal(1);
    expect(storyPosition(order, 'late')).to.equal(4);
    expect(storyPosition(order, null)).to.equal(0);
    expect(storyPosition(order, 'nope')).to.equal(0);
  });
});
