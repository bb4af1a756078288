/**
 * Export of the current view as a standalone SVG (every style inlined as presentation styles,
 * fonts named) and as a PNG drawn from it. What is exported is what is on screen: the heading
 * and legend, the plot and the overview, at their places in the element.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed properties that decide how SVG content looks. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'opacity',
  'shape-rendering',
];
const TEXT = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
];

/**
 * Builds the standalone SVG text of what the element shows: its heading and legend entries (as
 * SVG text, with their swatches) and the SVGs D3 drew (the plot, the overview when shown).
 */
export function exportSVG(host: HTMLElement): string {
  const root = host.shadowRoot!;
  const svgs = [
    ...root.querySelectorAll<SVGSVGElement>('.plot-svg, [part="overview"]:not([hidden]) svg'),
  ];
  const texts = [...root.querySelectorAll('[part="heading"], [part="legend"] li')].map(
    (element) => ({ element, swatch: element.querySelector('.swatch') }),
  );
  const origin = host.getBoundingClientRect();
  const hostStyle = getComputedStyle(host);
  const out = document.createElementNS(SVG_NS, 'svg');
  let bottom = 0;
  let right = 0;
  const place = (box: DOMRect) => ({ x: box.left - origin.left, y: box.top - origin.top });

  const background = document.createElementNS(SVG_NS, 'rect');
  out.append(background);

  for (const { element, swatch } of texts) {
    const box = element.getBoundingClientRect();
    if (box.width === 0) continue;
    const style = getComputedStyle(element);
    if (swatch) {
      const s = swatch.getBoundingClientRect();
      const circle = document.createElementNS(SVG_NS, 'circle');
      const at = place(s);
      circle.setAttribute('cx', String(at.x + s.width / 2));
      circle.setAttribute('cy', String(at.y + s.height / 2));
      circle.setAttribute('r', String(s.width / 2));
      circle.setAttribute('fill', getComputedStyle(swatch).backgroundColor);
      out.append(circle);
    }
    const text = document.createElementNS(SVG_NS, 'text');
    const textLeft = swatch ? swatch.getBoundingClientRect().right + 6 : box.left;
    text.setAttribute('x', String(textLeft - origin.left));
    text.setAttribute('y', String(place(box).y + box.height / 2));
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute(
      'style',
      `fill:${style.color};font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight}`,
    );
    text.textContent = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    out.append(text);
    bottom = Math.max(bottom, place(box).y + box.height);
  }

  for (const svg of svgs) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const copy = copyWithStyles(svg);
    const at = place(box);
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    copy.setAttribute('overflow', 'hidden');
    // A plot the styles turn (vertical) or mirror (right to left) keeps its frame's size, and
    // the same turn goes into the file, about the same origin.
    const turn = transformOf(svg);
    if (turn) {
      const frame = place(svg.parentElement!.getBoundingClientRect());
      copy.setAttribute('width', svg.getAttribute('width') ?? String(box.width));
      copy.setAttribute('height', svg.getAttribute('height') ?? String(box.height));
      const g = document.createElementNS(SVG_NS, 'g');
      g.setAttribute('transform', `translate(${frame.x},${frame.y}) ${turn}`);
      g.append(copy);
      out.append(g);
    } else {
      copy.setAttribute('x', String(at.x));
      copy.setAttribute('y', String(at.y));
      out.append(copy);
    }
    bottom = Math.max(bottom, at.y + box.height);
    right = Math.max(right, at.x + box.width);
  }

  const width = Math.ceil(Math.max(right, origin.width));
  const height = Math.ceil(bottom);
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', hostStyle.fontFamily);
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', hostStyle.backgroundColor);
  return new XMLSerializer().serializeToString(out);
}

/** An element's CSS transform, about its transform origin, as an SVG transform; or null. */
function transformOf(element: Element): string | null {
  const style = getComputedStyle(element);
  if (!style.transform || style.transform === 'none') return null;
  const [ox = 0, oy = 0] = style.transformOrigin.split(' ').map(parseFloat);
  const m = new DOMMatrix(style.transform);
  const full = new DOMMatrix().translate(ox, oy).multiply(m).translate(-ox, -oy);
  return `matrix(${full.a},${full.b},${full.c},${full.d},${full.e},${full.f})`;
}

/** A copy of a rendered SVG with each element's computed paint and text styles inlined. */
function copyWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((original, i) => {
    const target = copies[i]!;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      drop.push(target);
      return;
    }
    for (const name of ['part', 'tabindex', 'role', 'aria-pressed', 'class']) {
      target.removeAttribute(name);
    }
    const props = original instanceof SVGTextContentElement ? [...PAINT, ...TEXT] : PAINT;
    target.setAttribute(
      'style',
      props
        .map((name) => [name, style.getPropertyValue(name)] as const)
        .filter(([, value]) => value !== '' && value !== 'normal')
        .map(([name, value]) => `${name}:${value}`)
        .join(';'),
    );
  });
  for (const element of drop) element.remove();
  copy.removeAttribute('viewBox');
  return copy;
}

/** Draws SVG text on a canvas and returns it as a PNG, `scale` device pixels per CSS pixel. */
export async function svgToPNG(svgText: string, scale: number): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const width = Number(doc.getAttribute('width')) || 1;
  const height = Number(doc.getAttribute('height')) || 1;
  const image = new Image();
  image.width = width;
  image.height = height;
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The SVG could not be drawn.'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
      'image/png',
    ),
  );
}

/** Offers the view to the reader as a PNG named after the heading ("timeline.png" without one). */
export async function download(host: HTMLElement & { toPNG(): Promise<Blob> }): Promise<void> {
  const blob = await host.toPNG();
  const name =
    (host.getAttribute('heading') ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'timeline';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.png`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
