import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineErrorDetail, TimelineLoadDetail } from '../../src/events.js';
import { SAMPLE, labels, marks, part, renderTimeline, settle } from '../support/fixtures.js';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url).href;

interface Outcome {
  load: TimelineLoadDetail | null;
  error: TimelineErrorDetail | null;
}

/**
 * Creates a timeline from `template`, lets `setup` give it data, and resolves with the last load
 * and error it reports (listening from before it connects, since children load at once).
 */
async function load(
  setup: (el: AiTimeline) => void,
  template = html`<ai-timeline style="width: 800px"></ai-timeline>`,
): Promise<{ el: AiTimeline } & Outcome> {
  const outcome: Outcome = { load: null, error: null };
  const onLoad = (e: Event) => (outcome.load = (e as CustomEvent<TimelineLoadDetail>).detail);
  const onError = (e: Event) => (outcome.error = (e as CustomEvent<TimelineErrorDetail>).detail);
  document.addEventListener('ai-timeline-load', onLoad);
  document.addEventListener('ai-timeline-error', onError);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
    const el = wrapper.firstElementChild as AiTimeline;
    setup(el);
    const end = performance.now() + 8000;
    while (outcome.load === null && performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settle(el);
    return { el, ...outcome };
  } finally {
    document.removeEventListener('ai-timeline-load', onLoad);
    document.removeEventListener('ai-timeline-error', onError);
  }
}

/** Runs `change` and waits for the load (and the error, if any) that follows. */
async function settleLoad(
  el: AiTimeline,
  change: () => void,
): Promise<{ el: AiTimeline } & Outcome> {
  const outcome: Outcome = { load: null, error: null };
  const onLoad = (e: Event) => (outcome.load = (e as CustomEvent<TimelineLoadDetail>).detail);
  const onError = (e: Event) => (outcome.error = (e as CustomEvent<TimelineErrorDetail>).detail);
  el.addEventListener('ai-timeline-load', onLoad);
  el.addEventListener('ai-timeline-error', onError);
  change();
  await oneEvent(el, 'ai-timeline-load');
  await settle(el);
  el.removeEventListener('ai-timeline-load', onLoad);
  el.removeEventListener('ai-timeline-error', onError);
  return { el, ...outcome };
}

const rejectedCount = (error: TimelineErrorDetail | null) =>
  error?.errors.filter((e) => e.rejected && e.index >= 0).length ?? 0;

describe('<ai-timeline> CSV', () => {
  it('reads a .csv src with event fields as column headers, and accounts for every row', async () => {
    const { el, load: loaded, error } = await load((el) => (el.src = `${FIXTURES}events.csv`));
    expect(loaded).to.deep.equal({ count: 4, source: 'src' });
    expect(loaded!.count + rejectedCount(error)).to.equal(6);
    expect(error!.errors.map((e) => [e.index, e.id, e.field, e.rejected])).to.deep.equal([
      [2, 'backwards', 'end', false],
      [3, 'no-date', 'start', true],
      [4, undefined, 'title', true],
      [5, 'bad-link', 'href', false],
    ]);
    expect(error!.errors[3]!.value).to.equal('javascript:window.__canary=1');
    expect(marks(el).map((m) => m.dataset.id)).to.have.members([
      'scale-ai',
      'llama4',
      'backwards',
      'bad-link',
    ]);
    el.select('scale-ai');
    await el.updateComplete;
    expect(part(el, 'detail')!.querySelector('p')!.textContent).to.equal(
      'Meta invests about $14.3 billion, for 49%.',
    );
  });

  it('reads CSV by its text/csv content type, and by format="csv"', async () => {
    const csv = 'start,title\n2025-06-12,From text/csv\n2025-06-13,Second';
    const byType = await load((el) => (el.src = `data:text/csv,${encodeURIComponent(csv)}`));
    expect(byType.load!.count).to.equal(2);
    const byFormat = await load((el) => {
      el.format = 'csv';
      el.src = `data:text/plain,${encodeURIComponent(csv)}`;
    });
    expect(byFormat.load!.count).to.equal(2);
    expect(labels(byFormat.el).map((l) => l.textContent)).to.satisfy((texts: string[]) =>
      texts.some((t) => t.includes('From text/csv')),
    );
  });

  it('maps other column names with fields (as a JSON attribute)', async () => {
    const csv = 'death_date,first_name,last_name,type\n1564-02-18,Michelangelo,Buonarroti,sculptor';
    const {
      el,
      load: loaded,
      error,
    } = await load(
      (el) => (el.src = `data:text/csv,${encodeURIComponent(csv)}`),
      html`<ai-timeline
        style="width: 800px"
        fields='{"start": "death_date", "title": ["first_name", "last_name"], "category": "type"}'
      ></ai-timeline>`,
    );
    expect(loaded!.count).to.equal(1);
    expect(error).to.equal(null);
    expect(labels(el)[0]!.textContent).to.contain('Michelangelo Buonarroti');
    expect(part(el, 'legend')!.textContent).to.contain('sculptor');
  });

  it('reads the data again when fields change', async () => {
    const { el } = await load((el) => {
      el.events = [{ when: '2025-01-01', name: 'Mapped later' } as never];
    });
    expect(marks(el)).to.have.length(0);
    const { load: again } = await settleLoad(
      el,
      () => (el.fields = { start: 'when', title: 'name' }),
    );
    expect(again!.count).to.equal(1);
    expect(labels(el)[0]!.textContent).to.contain('Mapped later');
  });

  it('reports an invalid fields attribute and still shows the rows', async () => {
    const {
      el,
      load: loaded,
      error,
    } = await load(
      (el) => (el.events = [{ start: '2025', title: 'Shown' }]),
      html`<ai-timeline style="width: 800px" fields='{"start": '></ai-timeline>`,
    );
    expect(loaded!.count).to.equal(1);
    expect(error!.errors[0]).to.deep.include({ field: 'fields', index: -1, rejected: false });
    expect(error!.errors[0]!.message).to.contain('not valid JSON');
    expect(part(el, 'notice')!.querySelector('summary')!.textContent).to.contain('not valid JSON');
  });
});

describe('<ai-timeline> TimelineJS3', () => {
  it('reads TimelineJS JSON from src: events, eras, title, media, HTML as plain text', async () => {
    const { el, load: loaded, error } = await load((el) => (el.src = `${FIXTURES}timelinejs.json`));
    expect(loaded!.count).to.equal(5);
    expect(loaded!.count + rejectedCount(error)).to.equal(6);
    expect(part(el, 'heading')!.textContent).to.equal('Meta’s AI turn');
    expect(marks(el).filter((m) => m.getAttribute('part') === 'event era')).to.have.length(1);
    el.select('scale-ai');
    await el.updateComplete;
    const detail = part(el, 'detail')!;
    expect(detail.querySelector('h3')!.textContent).to.equal('49% stake in Scale AI');
    expect(detail.textContent).to.contain('Meta invests about $14.3 billion.');
    // Its paragraphs stay apart.
    expect(detail.querySelector('p')!.innerText).to.equal(
      "Meta invests about $14.3 billion.\nAlexandr Wang joins.\nScale AI's office",
    );
    expect(detail.querySelector('a')!.getAttribute('href')).to.equal(
      'https://example.com/scale.jpg',
    );
    expect(detail.querySelector('a')!.textContent).to.equal('Example News');
    // The HTML in the data never became elements.
    expect(el.shadowRoot!.querySelector('b, i, em, script, p > p')).to.equal(null);
    expect((window as { __canary?: unknown }).__canary).to.equal(undefined);
  });

  it('reads the TimelineJS Google Sheets template exported as CSV', async () => {
    const { el, load: loaded } = await load((el) => (el.src = `${FIXTURES}sheets.csv`));
    expect(loaded!.count).to.equal(3);
    expect(part(el, 'heading')!.textContent).to.equal('From a spreadsheet');
    const texts = labels(el).map((l) => l.textContent ?? '');
    expect(texts.some((t) => t.includes('Ides of March') && t.includes('BC'))).to.equal(true);
  });

  it('accepts TimelineJS JSON in the events property too', async () => {
    const response = await fetch(`${FIXTURES}timelinejs.json`);
    const document = (await response.json()) as never;
    const { load: loaded } = await load((el) => (el.events = document));
    expect(loaded).to.deep.equal({ count: 5, source: 'events' });
  });
});

describe('<ai-timeline> date-format', () => {
  it('reads non-ISO dates, numbers as text, and years before 1000 and 1 CE', async () => {
    const { el, load: loaded } = await load((el) => {
      el.dateFormat = '%Y';
      el.events = [
        { id: 'old', start: 1565, title: 'Siege of Malta' },
        { id: 'bce', start: -44, title: 'Caesar' },
        { id: 'early', start: '565', title: 'Justinian dies' },
      ];
    });
    expect(loaded!.count).to.equal(3);
    const text = (id: string) => labels(el).find((l) => l.dataset.id === id)?.textContent ?? '';
    expect(text('old')).to.contain('1565');
    expect(text('bce')).to.contain('45 BC');
    expect(text('early')).to.contain('565');
    const axis = part(el, 'axis')!.textContent!;
    expect(axis).to.match(/BC/);
  });

  it('reads "%b %d %Y" dates and reports those that do not fit', async () => {
    const {
      el,
      load: loaded,
      error,
    } = await load(
      (el) =>
        (el.events = [
          { id: 'a', start: 'Jun 12 1998', title: 'Fits' },
          { id: 'b', start: 'Feb 30 1998', title: 'No such day' },
        ]),
      html`<ai-timeline style="width: 800px" date-format="%b %d %Y"></ai-timeline>`,
    );
    expect(loaded!.count).to.equal(1);
    expect(error!.errors[0]).to.deep.include({ index: 1, id: 'b', field: 'start', rejected: true });
    expect(error!.errors[0]!.message).to.contain('does not match the date format "%b %d %Y"');
    expect(labels(el)[0]!.textContent).to.match(/June 12, 1998|12 June 1998/);
  });
});

describe('<ai-timeline> <ai-event> children', () => {
  it('reads children as events, with the text content as the description', async () => {
    const { el, load: loaded } = await load(
      () => {},
      html`<ai-timeline style="width: 800px">
        <ai-event
          id="scale"
          start="2025-06-12"
          title="49% stake in Scale AI"
          category="investment"
          href="https://example.com"
          >Meta invests about $14.3 billion…</ai-event
        >
        <ai-event start="2025-04-05" end="2025-06-30" type="era" title="Llama 4 era"></ai-event>
      </ai-timeline>`,
    );
    expect(loaded).to.deep.equal({ count: 2, source: 'children' });
    el.select('scale');
    await el.updateComplete;
    expect(part(el, 'detail')!.querySelector('p')!.textContent).to.equal(
      'Meta invests about $14.3 billion…',
    );
    // Once upgraded, the children are not rendered: the shadow root has no slot.
    expect(el.querySelector('ai-event')!.getClientRects()).to.have.length(0);
  });

  it('updates when children are added, edited and removed', async () => {
    const { el } = await load(
      () => {},
      html`<ai-timeline style="width: 800px">
        <ai-event id="a" start="2025-01-01" title="First"></ai-event>
      </ai-timeline>`,
    );
    const added = document.createElement('ai-event');
    added.setAttribute('id', 'b');
    added.setAttribute('start', '2025-03-01');
    added.setAttribute('title', 'Added');
    let outcome = await settleLoad(el, () => el.append(added));
    expect(outcome.load!.count).to.equal(2);

    outcome = await settleLoad(el, () => added.setAttribute('title', 'Edited'));
    expect(outcome.load).to.deep.equal({ count: 2, source: 'children' });
    expect(
      labels(el)
        .map((l) => l.textContent)
        .join(),
    ).to.contain('Edited');

    outcome = await settleLoad(el, () => (added.textContent = 'Now with a description'));
    expect(outcome.load!.count).to.equal(2);
    el.select('b');
    await el.updateComplete;
    expect(part(el, 'detail')!.querySelector('p')!.textContent).to.equal('Now with a description');

    outcome = await settleLoad(el, () => el.querySelector('#a')!.remove());
    expect(outcome.load!.count).to.equal(1);
    outcome = await settleLoad(el, () => added.remove());
    expect(outcome.load).to.deep.equal({ count: 0, source: 'children' });
    expect(marks(el)).to.have.length(0);
  });

  it('takes date and title from <time> and a heading when the attributes are absent', async () => {
    const { el, load: loaded } = await load(
      () => {},
      html`<ai-timeline style="width: 800px">
        <ai-event id="x" category="investment">
          <time datetime="2025-06-12">12 June 2025</time>
          <h3>49% stake in Scale AI</h3>
          Meta invests about $14.3 billion.
        </ai-event>
      </ai-timeline>`,
    );
    expect(loaded!.count).to.equal(1);
    el.select('x');
    await el.updateComplete;
    const detail = part(el, 'detail')!;
    expect(detail.querySelector('h3')!.textContent).to.equal('49% stake in Scale AI');
    expect(detail.querySelector('p')!.textContent).to.equal('Meta invests about $14.3 billion.');
    expect(detail.textContent).to.match(/June 12, 2025|12 June 2025/);
  });

  it('shows date and title as readable text without JavaScript (the documented markup)', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<ai-timeline>
      <ai-event start="2025-06-12" title="49% stake in Scale AI">
        <time datetime="2025-06-12">12 June 2025</time> <h3>49% stake in Scale AI</h3>
        Meta invests about $14.3 billion.
      </ai-event></ai-timeline>`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    await loaded;
    const text = frame.contentDocument!.body.innerText;
    expect(text).to.contain('12 June 2025');
    expect(text).to.contain('49% stake in Scale AI');
    frame.remove();
  });

  it('never treats attributes or content of children as HTML', async () => {
    const { el } = await load(
      () => {},
      html`<ai-timeline style="width: 800px">
        <ai-event
          id="x"
          start="2025-06-12"
          title="<img src=x onerror=window.__canary=1>"
          href="javascript:window.__canary=1"
          >&lt;script&gt;window.__canary=1&lt;/script&gt;</ai-event
        >
      </ai-timeline>`,
    );
    el.select('x');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script, a')).to.equal(null);
    expect(part(el, 'detail')!.querySelector('p')!.textContent).to.equal(
      '<script>window.__canary=1</script>',
    );
    expect((window as { __canary?: unknown }).__canary).to.equal(undefined);
  });
});

describe('<ai-timeline> failed inputs keep the last good timeline', () => {
  it('reports a src that takes longer than src-timeout', async () => {
    const el = await renderTimeline();
    el.srcTimeout = 100;
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    el.src = '/__slow/demo/meta-ai-2025.en.json';
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    expect(detail.errors[0]).to.deep.include({ index: -1, field: 'src', rejected: true });
    expect(detail.errors[0]!.message).to.contain('did not arrive within 0.1 s');
    await settle(el);
    expect(marks(el)).to.have.length(SAMPLE.length);
    expect(part(el, 'notice')!.textContent).to.contain('did not arrive');
  });

  it('reports a src blocked by CORS', async () => {
    const el = await renderTimeline();
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    el.src = `${location.protocol}//${otherHost}:${location.port}/demo/meta-ai-2025.en.json`;
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    expect(detail.errors[0]!.message).to.contain('CORS');
    expect(detail.status).to.equal(undefined);
    await settle(el);
    expect(marks(el)).to.have.length(SAMPLE.length);
  });

  it('reports JSON that does not parse, with the HTTP status of the response', async () => {
    const el = await renderTimeline();
    const errorEvent = oneEvent(el, 'ai-timeline-error');
    el.src = `data:application/json,${encodeURIComponent('[{"start": "2025"')}`;
    const { detail } = (await errorEvent) as CustomEvent<TimelineErrorDetail>;
    expect(detail.errors[0]!.message).to.contain('is not valid JSON');
    expect(detail.status).to.equal(200);
    await settle(el);
    expect(marks(el)).to.have.length(SAMPLE.length);
  });

  it('aborts the request for an old src when src changes', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    try {
      const el = document.createElement('ai-timeline');
      el.src = '/__slow/demo/meta-ai-2025.en.json';
      await fixture(html`<div style="width: 700px">${el}</div>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(signals).to.have.length(1);
      const loaded = oneEvent(el, 'ai-timeline-load');
      el.src = `${FIXTURES}events.csv`;
      await loaded;
      expect(signals[0]!.aborted).to.equal(true);
      expect(signals[1]!.aborted).to.equal(false);
    } finally {
      window.fetch = original;
    }
  });
});

describe('<ai-timeline> links and the notice', () => {
  it('links http, https, mailto and relative hrefs, opening them without an opener', async () => {
    const { el } = await load(
      (el) =>
        (el.events = [
          { id: 'mail', start: '2025-01-01', title: 'Mail', href: 'mailto:desk@example.com' },
          { id: 'web', start: '2025-02-01', title: 'Web', href: 'https://example.com/a' },
          { id: 'rel', start: '2025-03-01', title: 'Relative', href: '../story.html' },
        ]),
    );
    for (const [id, href] of [
      ['mail', 'mailto:desk@example.com'],
      ['web', 'https://example.com/a'],
      ['rel', '../story.html'],
    ] as const) {
      el.select(id);
      await el.updateComplete;
      const link = part(el, 'detail')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(href);
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.getAttribute('target')).to.equal('_blank');
    }
  });

  it('reports and does not link javascript:, data: and vbscript: hrefs', async () => {
    const hrefs = [
      'javascript:window.__canary=1',
      'data:text/html,<script>1</script>',
      'VBScript:x',
    ];
    const { el, error } = await load(
      (el) =>
        (el.events = hrefs.map((href, i) => ({ id: `x${i}`, start: '2025', title: 'T', href }))),
    );
    expect(error!.errors.map((e) => [e.id, e.field, e.value, e.rejected])).to.deep.equal(
      hrefs.map((href, i) => [`x${i}`, 'href', href, false]),
    );
    for (let i = 0; i < hrefs.length; i++) {
      el.select(`x${i}`);
      await el.updateComplete;
      expect(part(el, 'detail')!.querySelector('a')).to.equal(null);
    }
  });

  it('lists the rows not shown, and says how many more when there are many', async () => {
    const rows = Array.from({ length: 130 }, (_, i) => ({ id: `bad${i}`, title: `No start ${i}` }));
    const {
      el,
      load: loaded,
      error,
    } = await load((el) => (el.events = [{ start: '2025', title: 'Good' }, ...rows] as never));
    expect(loaded!.count + rejectedCount(error)).to.equal(131);
    const notice = part(el, 'notice')!;
    expect(notice.querySelector('summary')!.textContent).to.contain(
      '130 events could not be shown',
    );
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items).to.have.length(101);
    expect(items[0]).to.contain('"bad0"');
    expect(items.at(-1)).to.equal('…and 30 more.');
  });
});
