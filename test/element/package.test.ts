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
});
