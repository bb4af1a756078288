import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { emulateTimezone } from '../support/commands.js';
import { labels, part, renderTimeline, settle } from '../support/fixtures.js';

function labelOf(el: AiTimeline, id: string): string {
  return labels(el).find((l) => l.dataset.id === id)!.textContent!;
}

describe('<ai-timeline> locale', () => {
  it('formats dates in Italian with locale="it", at the precision given', async () => {
    const el = await renderTimeline(
      [
        { id: 'm', start: '2025-06', title: 'Un mese' },
        { id: 'd', start: '2025-06-12', title: 'Un giorno' },
        { id: 'y', start: '2024', title: 'Un anno' },
      ],
      { locale: 'it' },
      1200,
    );
    expect(labelOf(el, 'm')).to.contain('giugno 2025');
    expect(labelOf(el, 'm')).to.not.match(/\b1 giugno/);
    expect(labelOf(el, 'd')).to.contain('12 giugno 2025');
    expect(labelOf(el, 'y')).to.contain('2024');
    expect(part(el, 'controls')!.textContent).to.contain('Adatta');
  });

  it('reads "June 2025" in English, never "June 1"', async () => {
    const el = await renderTimeline([{ id: 'm', start: '2025-06', title: 'A month' }], {
      locale: 'en',
    });
    expect(labelOf(el, 'm')).to.contain('June 2025');
    expect(labelOf(el, 'm')).to.not.contain('June 1');
  });

  it('defaults to the nearest lang attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="it-IT"><ai-timeline></ai-timeline></div>`,
    );
    const el = wrapper.querySelector('ai-timeline')!;
    el.style.width = '900px';
    el.events = [{ id: 'm', start: '2025-06', title: 'Un mese' }];
    await settle(el);
    expect(labelOf(el, 'm')).to.contain('giugno 2025');
  });

  it('localises axis ticks', async () => {
    const el = await renderTimeline(
      [
        { id: 'a', start: '2025-01-10', title: 'A' },
        { id: 'b', start: '2025-12-10', title: 'B' },
      ],
      { locale: 'it' },
    );
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map(
      (t) => t.textContent,
    );
    expect(ticks).to.include('lug');
  });
});

describe('<ai-timeline> time zones', () => {
  afterEach(() => emulateTimezone(null));

  for (const zone of [
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'America/Los_Angeles',
    'Asia/Tokyo',
  ]) {
    it(`shows a calendar day as that day in ${zone}`, async () => {
      await emulateTimezone(zone);
      const el = await renderTimeline(
        [
          { id: 'day', start: '2025-06-12', title: 'Day' },
          { id: 'month', start: '2025-06', title: 'Month' },
          { id: 'year', start: '2025', title: 'Year' },
        ],
        { locale: 'en' },
        1200,
      );
      expect(labelOf(el, 'day')).to.contain('June 12, 2025');
      expect(labelOf(el, 'month')).to.contain('June 2025');
      expect(labelOf(el, 'year')).to.match(/2025$/);
      // The day's mark sits on that day on the axis: zoom to it and compare with the ticks.
      el.zoomTo('2025-06-10', '2025-06-14');
      await settle(el);
      const mark = el.shadowRoot!.querySelector('[data-id="day"]')!.getBoundingClientRect();
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick')];
      const tick12 = ticks.find((t) => t.textContent === 'Jun 12')!.getBoundingClientRect();
      const tick13 = ticks.find((t) => t.textContent === 'Jun 13')!.getBoundingClientRect();
      const markX = mark.left + mark.width / 2;
      expect(markX).to.be.within(tick12.left + tick12.width / 2, tick13.left + tick13.width / 2);
    });
  }

  it('shows an instant in the reader’s local time', async () => {
    await emulateTimezone('Pacific/Kiritimati');
    let el = await renderTimeline([{ id: 't', start: '2025-06-12T09:30:00Z', title: 'Instant' }], {
      locale: 'en-GB',
    });
    expect(labelOf(el, 't')).to.contain('12 Jun 2025');
    expect(labelOf(el, 't')).to.contain('23:30');
    await emulateTimezone('Pacific/Pago_Pago');
    el = await renderTimeline([{ id: 't', start: '2025-06-12T09:30:00Z', title: 'Instant' }], {
      locale: 'en-GB',
    });
    expect(labelOf(el, 't')).to.contain('11 Jun 2025');
    expect(labelOf(el, 't')).to.contain('22:30');
  });

  it('shows instants in the time-zone attribute, whatever the reader’s zone', async () => {
    await emulateTimezone('America/Los_Angeles');
    const events = [
      { id: 't', start: '2025-06-12T20:30:00Z', title: 'Instant' },
      { id: 'd', start: '2025-06-12', title: 'Day' },
      { id: 'w', start: '2025-01-15T12:00:00Z', title: 'Winter' },
    ];
    const el = await renderTimeline(events, { locale: 'en-GB', 'time-zone': 'Asia/Tokyo' }, 1200);
    // 20:30 UTC is 05:30 the next day in Tokyo (UTC+9, no daylight saving).
    expect(labelOf(el, 't')).to.contain('13 Jun 2025');
    expect(labelOf(el, 't')).to.contain('05:30');
    expect(labelOf(el, 'd')).to.contain('12 June 2025');
    // Instants given to zoomTo are read in that zone too, and visibleRange gives them back.
    el.zoomTo('2025-06-12T20:00:00Z', '2025-06-12T22:00:00Z');
    await settle(el);
    expect(el.visibleRange!.start.toISOString()).to.equal('2025-06-12T20:00:00.000Z');
    // Europe/Rome: +2 in June, +1 in January.
    el.timeZone = 'Europe/Rome';
    await settle(el);
    el.fit();
    await settle(el);
    expect(labelOf(el, 't')).to.contain('22:30');
    expect(labelOf(el, 'w')).to.contain('13:00');
    expect(labelOf(el, 'd')).to.contain('12 June 2025');
  });

  it('reports a time zone it does not know and uses the reader’s', async () => {
    await emulateTimezone('Asia/Tokyo');
    const el = await renderTimeline([{ id: 't', start: '2025-06-12T09:30:00Z', title: 'I' }], {
      locale: 'en-GB',
    });
    const reported = oneEvent(el, 'ai-timeline-error');
    el.timeZone = 'Mars/Olympus_Mons';
    const { detail } = await reported;
    expect(detail.errors[0].field).to.equal('time-zone');
    await settle(el);
    expect(labelOf(el, 't')).to.contain('18:30');
  });
});
