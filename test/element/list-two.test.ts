import { expect } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { part, renderTimeline, settle } from '../support/fixtures.js';

const DAY = 86_400_000;
/** 1,200 events a week apart: more than one page of the list (500). */
const MANY: TimelineEvent[] = Array.from({ length: 1200 }, (_, i) => ({
  id: `m${i}`,
  start: new Date(Date.UTC(1990, 0, 1) + i * 7 * DAY).toISOString().slice(0, 10),
  title: `Event ${i}`,
}));

const items = (el: AiTimeline) => el.shadowRoot!.querySelectorAll('[part~="list-item"]').length;

describe('<ai-timeline> two lists on one page', () => {
  it('page on their own, over the same events', async () => {
    const [a, b] = await Promise.all([renderTimeline(MANY), renderTimeline(MANY)]);
    a.view = 'list';
    b.view = 'list';
    await Promise.all([settle(a), settle(b)]);
    expect([items(a), items(b)]).to.deep.equal([500, 500]);
    part(a, 'list')!.querySelector<HTMLButtonElement>('.list-more')!.click();
    await settle(a);
    b.requestUpdate();
    await settle(b);
    expect([items(a), items(b)]).to.deep.equal([1000, 500]);
  });
});
