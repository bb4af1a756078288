import { expect } from '@open-wc/testing';

// The CDN bundle must work from one script tag: no bare imports left for a bundler to resolve.
describe('dist/ai-timeline.min.js', () => {
  it('is one self-contained ES module', async () => {
    const response = await fetch(new URL('../../../dist/ai-timeline.min.js', import.meta.url));
    expect(response.ok).to.equal(true);
    const code = await response.text();
    const bareImports = code.match(/\b(?:import|from)\s*["'](?![./])[^"']+["']/g) ?? [];
    expect(bareImports).to.deep.equal([]);
    expect(code).to.contain('ai-timeline');
  });

  it('defines a working <ai-timeline> when loaded on its own', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const url = new URL('../../../dist/ai-timeline.min.js', import.meta.url).href;
    frame.srcdoc = `<script type="module" src="${url}"></script><ai-timeline></ai-timeline>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    await win.customElements.whenDefined('ai-timeline');
    const el = win.document.querySelector('ai-timeline')!;
    const firstView = new Promise((resolve) =>
      el.addEventListener('ai-timeline-rangechange', resolve, { once: true }),
    );
    el.events = [
      { id: 'a', start: '2024-01-10', title: 'A' },
      { id: 'b', start: '2024-09-10', title: 'B' },
    ];
    await firstView;
    const span = () => el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
    const before = span();
    // An animated zoom (the bundle animates with d3-timer, without d3-transition)…
    let changed = new Promise((resolve) =>
      el.addEventListener('ai-timeline-rangechange', resolve, { once: true }),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
    await changed;
    expect(span()).to.be.lessThan(before / 1.5);
    // …and a gesture, which d3-zoom starts by interrupting transitions.
    const zoomed = span();
    changed = new Promise((resolve) =>
      el.addEventListener('ai-timeline-rangechange', resolve, { once: true }),
    );
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        ctrlKey: true,
        clientX: 300,
        clientY: 200,
        bubbles: true,
        cancelable: true,
      }),
    );
    await changed;
    expect(span()).to.be.lessThan(zoomed);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('loads its lazy chunks (fetching, CSV, TimelineJS, date-format) relative to itself', async () => {
    const response = await fetch(new URL('../../../dist/ai-timeline.min.js', import.meta.url));
    const chunks = (await response.text()).match(/import\("\.\/chunks\/[^"]+"\)/g) ?? [];
    expect(chunks.length).to.be.greaterThan(1);
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    const url = new URL('../../../dist/ai-timeline.min.js', import.meta.url).href;
    const csv = new URL('../../../test/fixtures/events.csv', import.meta.url).href;
    const tl = new URL('../../../test/fixtures/timelinejs.json', import.meta.url).href;
    frame.srcdoc = `<script type="module" src="${url}"></script>
      <ai-timeline id="csv" src="${csv}"></ai-timeline>
      <ai-timeline id="tl" src="${tl}"></ai-timeline>
      <ai-timeline id="fmt" date-format="%b %d %Y"></ai-timeline>
      <ai-timeline id="kids"><ai-event start="2025" title="Child"></ai-event></ai-timeline>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('ai-timeline');
    const count = (id: string, set?: (el: HTMLElement & { events: unknown }) => void) =>
      new Promise<number>((resolve) => {
        const el = win.document.getElementById(id) as HTMLElement & { events: unknown };
        el.addEventListener('ai-timeline-load', (e) => resolve(e.detail.count), { once: true });
        set?.(el);
      });
    const counts = await Promise.all([
      count('csv'),
      count('tl'),
      count('fmt', (el) => (el.events = [{ start: 'Jun 12 1998', title: 'Formatted' }])),
    ]);
    expect(counts).to.deep.equal([4, 5, 1]);
    const kids = win.document.getElementById('kids')!;
    for (let i = 0; i < 100 && !kids.shadowRoot!.querySelector('[part~="event"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(kids.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(1);
    const frameLoaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    for (const chunk of [
      'fetch-source',
      'pipeline',
      'csv',
      'timelinejs',
      'date-format',
      'children',
    ]) {
      expect(
        frameLoaded.some((name) => name.includes(`/dist/chunks/${chunk}-`)),
        chunk,
      ).to.equal(true);
    }
    frame.remove();
  });

  it('turns vertical, lists, and reports bad rows with its own chunks', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '360px';
    frame.style.height = '900px';
    const url = new URL('../../../dist/ai-timeline.min.js', import.meta.url).href;
    frame.srcdoc = `<body style="margin:0"><script type="module" src="${url}"></script>
      <ai-timeline dir="rtl" locale="ar"></ai-timeline></body>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    await win.customElements.whenDefined('ai-timeline');
    const el = win.document.querySelector('ai-timeline')!;
    const root = el.shadowRoot!;
    const until = async (check: () => unknown, what: string) => {
      for (let i = 0; i < 150 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(Boolean(check()), what).to.equal(true);
    };
    el.events = [
      { id: 'a', start: '2024-01-10', title: 'Alpha launch in the first week of January' },
      { id: 'b', start: '2024-09-10', title: 'Beta' },
      { id: 'bad', title: 'No start' } as never,
    ];
    // Narrow: time runs down, labels wrapped beside the axis, upright.
    await until(() => root.querySelector('svg.plot-svg.down [part~="label"]'), 'vertical labels');
    const title = root.querySelector<SVGGraphicsElement>('[part~="label"] tspan.label-title')!;
    const m = title.getScreenCTM()!;
    expect([m.a, m.b, m.c, m.d].map((v) => Math.round(v))).to.deep.equal([1, 0, 0, 1]);
    // The notice of the bad row, in Arabic.
    await until(() => root.querySelector('[part="notice"]'), 'the notice');
    expect(root.querySelector('[part="notice"]')!.textContent).to.not.contain('could not');
    // The list.
    el.view = 'list';
    await until(() => root.querySelectorAll('[part~="list-item"]').length === 2, 'the list');
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name);
    for (const chunk of ['beside-labels', 'notice', 'event-list', 'ar']) {
      expect(
        loaded.some((name) => name.includes(`/dist/chunks/${chunk}-`)),
        chunk,
      ).to.equal(true);
    }
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
