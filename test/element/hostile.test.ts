import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { csvFormatRows } from 'd3-dsv';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineErrorDetail, TimelineLoadDetail } from '../../src/events.js';
import { settle } from '../support/fixtures.js';

type CanaryWindow = Window & { __canary?: unknown };

/** A few of the Big List of Naughty Strings, and payloads that set window.__canary if run. */
const NAUGHTY = [
  '',
  ' ',
  'undefined',
  'null',
  'NaN',
  '-1',
  '1e309',
  '0x0',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '\u0000',
  '\u202eRTL override',
  '\ufeffBOM',
  '\ud800 lone surrogate',
  'Ω≈ç√∫˜µ≤≥÷',
  '田中さんにあげて下さい',
  '👾 🙇 💁 🙅 🙆 🙋',
  'Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮',
  '﷽',
  "'; DROP TABLE events; --",
  '%s%s%s%n',
  '../../../../etc/passwd',
  '<script>window.__canary=1</script>',
  '<img src=x onerror="window.__canary=1">',
  '"><svg onload=window.__canary=1>',
  "'><iframe srcdoc='<script>parent.__canary=1</script>'>",
  '<a href="javascript:window.__canary=1">click</a>',
  'javascript:window.__canary=1',
  'JaVaScRiPt:window.__canary=1',
  ' java\tscript:window.__canary=1',
  '\u0001javascript:window.__canary=1',
  'data:text/html,<script>window.__canary=1</script>',
  'vbscript:window.__canary=1',
  '{{constructor.constructor("window.__canary=1")()}}',
  '${window.__canary=1}',
  '&lt;script&gt;window.__canary=1&lt;/script&gt;',
  '<!--',
  ']]>',
  '2025-06-12<script>window.__canary=1</script>',
];

function cyclic(): unknown {
  const row: Record<string, unknown> = { start: '2025-06-12', title: 'Cyclic' };
  row.self = row;
  row.description = row;
  row.category = [row];
  return row;
}

function throwing(): unknown {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
      ownKeys() {
        throw new Error('hostile keys');
      },
    },
  );
}

const naughty = fc.constantFrom(...NAUGHTY);
const value = fc.oneof(
  naughty,
  fc.string({ maxLength: 20 }),
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e21, new Date(Number.NaN), null, true),
  fc.constant('x'.repeat(200_000)),
  fc.constant(Symbol('s')),
  fc.constant(() => ((window as CanaryWindow).__canary = 1)),
);
const date = fc.oneof(
  value,
  fc.constantFrom('2025', '2025-06-12', '-0044-03-15', '0565', '2025-06-12T09:30Z'),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
);
const row = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        id: value,
        start: date,
        end: date,
        type: fc.oneof(value, fc.constantFrom('point', 'range', 'era')),
        title: fc.oneof(naughty, value),
        description: value,
        category: value,
        href: fc.oneof(naughty, value),
        source: value,
        importance: fc.oneof(value, fc.integer({ min: -5, max: 10 })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.oneof(value, fc.constant(null)) },
  { weight: 1, arbitrary: fc.constant(null).map(cyclic) },
  { weight: 1, arbitrary: fc.constant(null).map(throwing) },
);

describe('<ai-timeline> hostile input (property)', () => {
  let el: AiTimeline;
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    el = await fixture<AiTimeline>(html`<ai-timeline style="width: 800px"></ai-timeline>`);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  /** Sets data through `give`, waits for the load, then shows every text the element has. */
  async function expectSafe(given: number, give: () => void): Promise<void> {
    let error: TimelineErrorDetail | null = null;
    const onTimelineError = (e: Event) => (error = (e as CustomEvent<TimelineErrorDetail>).detail);
    el.addEventListener('ai-timeline-error', onTimelineError);
    const loaded = oneEvent(el, 'ai-timeline-load') as Promise<CustomEvent<TimelineLoadDetail>>;
    give();
    const { detail } = await loaded;
    await settle(el);
    el.removeEventListener('ai-timeline-error', onTimelineError);
    const rejected = (error as TimelineErrorDetail | null)?.errors.filter(
      (e) => e.rejected && e.index >= 0,
    ).length;
    expect(detail.count + (rejected ?? 0), 'accepted + rejected = given').to.equal(given);
    // Every string reaches the detail panel and the tooltip: select and hover each mark.
    for (const mark of [...el.shadowRoot!.querySelectorAll('[part~="event"]')].slice(0, 5)) {
      mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      el.select(mark.getAttribute('data-id'));
      await el.updateComplete;
    }
    const root = el.shadowRoot!;
    expect(
      root.querySelectorAll('script, img, iframe, object, embed, foreignObject'),
    ).to.have.length(0);
    for (const link of root.querySelectorAll('a')) {
      // eslint-disable-next-line no-control-regex
      expect(link.getAttribute('href')!.replace(/[\u0000-\u0020]/g, '')).to.not.match(
        /^(?!https?:|mailto:)[a-z][a-z0-9+.-]*:/i,
      );
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    await new Promise((resolve) => setTimeout(resolve, 0)); // let an injected handler fire
    expect((window as CanaryWindow).__canary, 'a payload ran').to.equal(undefined);
    expect(uncaught, 'an exception escaped').to.deep.equal([]);
    el.select(null);
  }

  it('through the events property: no throw, no payload runs, every row accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 12 }), async (rows) => {
        await expectSafe(rows.length, () => (el.events = rows as never));
      }),
      { numRuns: 40 },
    );
  });

  it('through fields and date-format too (the lazily loaded pipeline)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 8 }),
        fc.constantFrom('%Y', '%b %d %Y', '%d/%m/%Y %H:%M', '%Q', '<script>'),
        async (rows, format) => {
          el.fields = { title: ['title', 'description'], category: 'source' };
          el.dateFormat = format;
          try {
            await expectSafe(rows.length, () => (el.events = [...rows] as never));
          } finally {
            el.fields = null;
            el.dateFormat = null;
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('through CSV and TimelineJS data with markup in every field', async () => {
    const cell = fc.oneof(naughty, fc.string({ maxLength: 12 }), fc.constant('2025-06-12'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        async (cells) => {
          const csv = csvFormatRows([['start', 'title', 'href', 'description'], ...cells]);
          const given = cells.filter((r) => r.some((c) => c !== '')).length;
          const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
          await expectSafe(given, () => (el.src = url));
          URL.revokeObjectURL(url);
          el.src = null;
          const timelineJs = {
            title: { text: { headline: cells[0]![1] } },
            events: cells.map(([start, headline, url, text]) => ({
              start_date: { year: start },
              text: { headline, text },
              media: { url, caption: text, credit: headline },
              group: text,
            })),
          };
          await expectSafe(cells.length, () => (el.events = timelineJs as never));
        },
      ),
      { numRuns: 15 },
    );
  });
});
