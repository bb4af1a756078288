// In a page of its own (each test file gets one), so that the notice's module has not been loaded
// by an earlier test: the first bad input is the case where the event could outrun its notice.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineErrorDetail } from '../../src/events.js';

describe('<ai-timeline> error events and their notice', () => {
  it('shows the notice by the time ai-timeline-error fires, for the first bad input of a page', async () => {
    const el = document.createElement('ai-timeline');
    const seen = new Promise<{ notice: boolean; detail: TimelineErrorDetail }>((resolve) =>
      el.addEventListener('ai-timeline-error', (e) =>
        resolve({
          notice: el.shadowRoot!.querySelector('[part="notice"]') !== null,
          detail: (e as CustomEvent<TimelineErrorDetail>).detail,
        }),
      ),
    );
    el.events = [
      { start: '2025-06-12', title: 'Fine' },
      { start: 'not a date', title: 'Broken' },
    ];
    await fixture<AiTimeline>(html`<div style="width: 700px">${el}</div>`);
    const { notice, detail } = await seen;
    expect(detail.errors[0]!.index).to.equal(1);
    expect(notice, 'the notice is on screen when the event fires').to.equal(true);
  });
});
