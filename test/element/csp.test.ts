import { expect } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';

type CspWindow = Window &
  typeof globalThis & { __violations: string[]; __canary?: unknown; eval: typeof eval };

/** Waits until a condition holds, polling once a frame, or fails after `ms`. */
async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

// The page in test/csp/ is served with the exact policy (web-test-runner.config.mjs):
// default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;
// require-trusted-types-for 'script'; trusted-types lit-html
describe('<ai-timeline> under a strict Content-Security-Policy with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: CspWindow;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '2000px';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.src = '/test/csp/index.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as CspWindow;
    await win.customElements.whenDefined('ai-timeline');
  });

  after(() => frame.remove());

  const timeline = (id: string) => win.document.getElementById(id) as AiTimeline;
  /** One entry per event shown: its own mark, or its share of a cluster where marks collide. */
  const marks = (id: string) => {
    const root = timeline(id).shadowRoot!;
    const own = [...root.querySelectorAll('[part~="event"]')];
    const clustered = [...root.querySelectorAll<SVGElement>('[part~="cluster"]')].flatMap((c) =>
      Array.from({ length: Number(c.dataset.count) }, () => c),
    );
    return [...own, ...clustered];
  };

  it('draws children, CSV, TimelineJS and date-format inputs (lazy chunks included)', async () => {
    await until(() => marks('children').length === 2, 'children');
    await until(() => marks('csv').length === 4, 'CSV');
    await until(() => marks('timelinejs').length === 5, 'TimelineJS');
    await until(() => marks('date-format').length === 2, 'date-format');
    const heading = timeline('timelinejs').shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.textContent).to.equal('Meta’s AI turn');
  });

  it('colours categories from a constructed stylesheet', async () => {
    await until(() => marks('csv').length === 4, 'CSV');
    const dot = timeline('csv').shadowRoot!.querySelector('[data-id="scale-ai"] .dot')!;
    expect(win.getComputedStyle(dot).fill).to.equal('rgb(1, 2, 3)');
  });

  it('positions the tooltip and opens the detail panel with a safe link', async () => {
    const el = timeline('children');
    await until(() => marks('children').length === 2, 'children');
    const mark = el.shadowRoot!.querySelector('[data-id="child"]')!;
    mark.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.style.left).to.match(/^\d+(\.\d+)?px$/);
    expect(tooltip.getAttribute('style')).to.contain('left'); // written through the CSSOM
    el.select('child');
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector('[part="detail"] a')!;
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(el.shadowRoot!.querySelector('[part="detail"] p')!.textContent).to.equal(
      'Meta invests about $14.3 billion.',
    );
  });

  it('zooms with the buttons (d3-zoom and its animation)', async () => {
    const el = timeline('timelinejs');
    await until(() => marks('timelinejs').length === 5, 'TimelineJS');
    const span = () => el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
    const before = span();
    const changed = new Promise((resolve) =>
      el.addEventListener('ai-timeline-rangechange', resolve, { once: true }),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
    await changed;
    expect(span()).to.be.lessThan(before / 1.5);
  });

  it('reports bad rows in a notice that can be dismissed', async () => {
    const el = timeline('csv');
    await until(() => marks('csv').length === 4, 'CSV');
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('2 events could not be shown');
    notice.querySelector<HTMLButtonElement>('button.close')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('causes no violation and runs no payload, while the policy is enforced', async () => {
    await until(() => marks('date-format').length === 2, 'date-format');
    await new Promise((resolve) => setTimeout(resolve, 100)); // violations are reported async
    expect(win.__violations).to.deep.equal([]);
    expect(win.__canary).to.equal(undefined);
    // The policy is really in force: eval and an untrusted HTML sink are refused.
    expect(() => win.eval('1')).to.throw();
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
  });
});
