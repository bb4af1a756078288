import { expect } from '@open-wc/testing';
import type { AiTimeline } from '../../src/ai-timeline.js';
import { SAMPLE, part, renderTimeline, settle } from '../support/fixtures.js';
import { brushSelection, until } from '../support/navigation.js';

function parse(svg: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).to.equal(null);
  return doc.documentElement as unknown as SVGSVGElement;
}

async function render(attributes: Record<string, string> = {}): Promise<AiTimeline> {
  const el = await renderTimeline(SAMPLE, {
    heading: 'A history',
    locale: 'en',
    categories: JSON.stringify({ product: { color: '#ff0000' } }),
    ...attributes,
  });
  await brushSelection(el); // the overview is part of the picture
  await settle(el);
  return el;
}

/** The colour of the pixel at (x, y) CSS pixels of a PNG drawn at `scale`. */
async function pixel(blob: Blob, x: number, y: number, scale: number): Promise<number[]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return [...context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data];
}

describe('<ai-timeline> export', () => {
  it('toSVG() returns a standalone SVG of the view, with styles inlined and fonts named', async () => {
    const el = await render();
    el.zoomTo('2024-01-01', '2024-04-01');
    el.select('a');
    await settle(el);
    const text = await el.toSVG();
    const svg = parse(text);
    const box = el.getBoundingClientRect();
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(Number(svg.getAttribute('width'))).to.equal(Math.ceil(box.width));
    // Heading, legend, the labels on screen.
    expect(svg.textContent).to.contain('A history');
    expect(svg.textContent).to.contain('product');
    expect(svg.textContent).to.contain('Alpha launch');
    // Nothing depends on the element's stylesheet: no classes, parts or custom properties.
    expect(text).to.not.contain('var(--');
    expect(svg.querySelector('[class], [part]')).to.equal(null);
    // Colours and fonts as on screen.
    const dot = el.shadowRoot!.querySelector('[data-id="a"] .dot')!;
    const copy = svg.querySelector('[data-id="a"] .dot, [data-id="a"] path') as SVGElement;
    expect(copy.style.fill).to.equal(getComputedStyle(dot).fill);
    expect(copy.style.fill).to.equal('rgb(255, 0, 0)');
    const label = svg.querySelector('text tspan') ?? svg.querySelector('text')!;
    const family = (label.closest('[style*="font-family"]') as SVGElement | null)?.style.fontFamily;
    expect(family).to.contain('system-ui');
    // The hidden font probes are not part of the picture.
    expect([...svg.querySelectorAll('text')].some((t) => t.textContent === 'M')).to.equal(false);
  });

  it('toPNG() returns a PNG that looks like the screen', async () => {
    const el = await render();
    el.zoomTo('2024-01-01', '2024-04-01');
    await settle(el);
    const blob = await el.toPNG({ scale: 2 });
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const box = el.getBoundingClientRect();
    expect(bitmap.width).to.equal(Math.ceil(box.width) * 2);
    // The mark of Alpha launch is red in the picture, where it is on screen…
    const dot = el.shadowRoot!.querySelector('[data-id="a"] .dot')!.getBoundingClientRect();
    const [r, g, b] = await pixel(
      blob,
      dot.left + dot.width / 2 - box.left,
      dot.top + dot.height / 2 - box.top,
      2,
    );
    expect(r).to.be.greaterThan(200);
    expect(g! + b!).to.be.lessThan(80);
    // …and the background is the element's.
    const [br, bg, bb] = await pixel(blob, 3, box.height - 3, 2);
    expect([br, bg, bb]).to.deep.equal([255, 255, 255]);
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`draws a vertical (${dir}) or mirrored plot as it is on screen`, async () => {
      const attributes = { orientation: dir === 'ltr' ? 'vertical' : 'horizontal', dir };
      const el = await renderTimeline(SAMPLE, {
        locale: 'en',
        categories: JSON.stringify({ product: { color: '#ff0000' } }),
        ...attributes,
      });
      el.zoomTo('2023-12-01', '2024-04-01');
      await settle(el);
      const blob = await el.toPNG({ scale: 1 });
      const box = el.getBoundingClientRect();
      // The red mark of Alpha launch is where it is on screen, and the label's title too.
      const at = (node: Element) => {
        const b = node.getBoundingClientRect();
        return [b.left + b.width / 2 - box.left, b.top + b.height / 2 - box.top] as const;
      };
      const [r, g, b] = await pixel(
        blob,
        ...at(el.shadowRoot!.querySelector('[data-id="a"] .dot')!),
        1,
      );
      expect(r).to.be.greaterThan(200);
      expect(g! + b!).to.be.lessThan(80);
      const svg = parse(await el.toSVG());
      expect(svg.textContent).to.contain('Alpha launch');
    });
  }

  it("draws at the screen's pixel density by default", async () => {
    const el = await render({ theme: 'dark' });
    const bitmap = await createImageBitmap(await el.toPNG());
    const box = el.getBoundingClientRect();
    expect(bitmap.width).to.equal(Math.round(Math.ceil(box.width) * devicePixelRatio));
    const [r, g, b] = await pixel(await el.toPNG({ scale: 1 }), 3, 3, 1);
    // The dark theme's background.
    expect([r, g, b]).to.deep.equal([0x15, 0x17, 0x1a]);
  });

  it('offers a "Save as image" button when controls include export', async () => {
    const plain = await render();
    expect(part(plain, 'controls')!.querySelector('.export')).to.equal(null);
    const el = await render({ controls: 'zoom fit story export' });
    const button = part(el, 'controls')!.querySelector<HTMLButtonElement>('.export')!;
    expect(button.getAttribute('aria-label')).to.equal('Save as image');
    const made: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return createObjectURL(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button.click();
      await until(() => clicked.length > 0, 'the download');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(made[0]!.type).to.equal('image/png');
    expect(clicked[0]!.download).to.equal('a-history.png');
  });
});
