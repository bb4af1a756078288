import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineErrorDetail } from '../../src/events.js';
import type { TimelineEvent } from '../../src/model/types.js';
import {
  DEFICIENCIES,
  deltaE2000,
  linearToLab,
  parseColour,
  simulate,
  toLinear,
  type Deficiency,
} from '../support/colour.js';
import { SAMPLE, labels, marks, part, renderTimeline, settle } from '../support/fixtures.js';

interface Documented {
  name: string;
  description: string;
  default?: string;
}

/** The element's documented parts and custom properties, from the published manifest. */
async function documented(): Promise<{ parts: Documented[]; properties: Documented[] }> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: {
      declarations?: { tagName?: string; cssParts: Documented[]; cssProperties: Documented[] }[];
    }[];
  };
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'ai-timeline')!;
  return { parts: element.cssParts, properties: element.cssProperties };
}

/** Every `--ai-timeline-*` name in the styles adopted by the element's shadow root. */
function propertiesInStyles(el: AiTimeline): Set<string> {
  const text = el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n');
  return new Set(text.match(/--ai-timeline-[a-z0-9-]+/g) ?? []);
}

function partsIn(root: ShadowRoot): Set<string> {
  const tokens = [...root.querySelectorAll('[part]')].flatMap((node) => [
    ...(node as Element & { part: DOMTokenList }).part,
  ]);
  return new Set(tokens);
}

/** A stack of same-day events too tall to draw (a cluster of points) and overlapping ranges. */
const CROWD: TimelineEvent[] = [
  ...Array.from({ length: 16 }, (_, i) => ({
    id: `p${i}`,
    start: '2024-09-10',
    title: `Crowd ${i}`,
    category: 'product',
  })),
  ...Array.from({ length: 40 }, (_, i) => ({
    id: `r${i}`,
    start: '2024-08-01',
    end: `2024-10-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: `Span ${i}`,
    category: 'research',
  })),
];

async function waitFor(check: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(Boolean(check()), what).to.equal(true);
}

/** A timeline showing as much as it can at once: notice, lanes, eras, clusters, overview, now… */
async function everything(): Promise<AiTimeline> {
  const el = await renderTimeline(
    [...SAMPLE, ...CROWD, { id: 'bad', title: 'No start' } as never],
    {
      heading: 'Everything',
      locale: 'en',
      now: '2024-06-01',
      'group-by': 'category',
      controls: 'zoom fit story export',
      categories: JSON.stringify({ product: { label: 'Products' } }),
      theme: 'light',
    },
    900,
  );
  el.select('e');
  await settle(el);
  await waitFor(
    () => part(el, 'detail') && part(el, 'overview-brush') && part(el, 'now'),
    'lazy parts',
  );
  // The tooltip, from hovering a mark.
  marks(el)[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await settle(el);
  return el;
}

describe('<ai-timeline> theming: everything is documented', () => {
  it('documents every part it shows, and shows every part it documents', async () => {
    const { parts } = await documented();
    const names = new Set(parts.map((p) => p.name));
    const el = await everything();
    const shown = partsIn(el.shadowRoot!);
    // The status part shows while loading and when there are no events.
    const empty = await fixture<AiTimeline>(html`<ai-timeline events="[]"></ai-timeline>`);
    await settle(empty);
    for (const token of partsIn(empty.shadowRoot!)) shown.add(token);
    // The list view, and its toggle (in the default controls).
    const list = await fixture<AiTimeline>(
      html`<ai-timeline view="list" locale="en"></ai-timeline>`,
    );
    list.events = SAMPLE;
    await waitFor(() => part(list, 'list-item'), 'the list');
    list.select('a');
    await settle(list);
    for (const token of partsIn(list.shadowRoot!)) shown.add(token);
    for (const token of shown)
      expect(names.has(token), `part "${token}" is documented`).to.equal(true);
    // These need a crowd of ranges, or a list of over 500 events (see list-view.test.ts), which
    // the test does not make.
    const notShownHere = new Set(['cluster-ranges', 'list-more']);
    for (const name of names) {
      if (notShownHere.has(name)) continue;
      expect(shown.has(name), `documented part "${name}" is shown`).to.equal(true);
    }
    expect(shown.size).to.be.above(40);
  });

  it('documents every custom property its styles use, with its defaults, and uses each', async () => {
    const { properties } = await documented();
    const el = await everything();
    const used = propertiesInStyles(el);
    const names = properties.map((p) => p.name);
    expect(used.size).to.be.above(25);
    for (const name of used) expect(names, `${name} is documented`).to.include(name);
    for (const name of names) expect(used.has(name), `${name} is used`).to.equal(true);

    const dark = await renderTimeline(SAMPLE, { theme: 'dark' });
    for (const property of properties) {
      expect(property.default, `${property.name} has a default`).to.be.a('string');
      const value = getComputedStyle(el).getPropertyValue(property.name).trim();
      expect(value, `${property.name}'s default`).to.equal(property.default);
      // "(dark: `…`)" in a description is the dark theme's value.
      const darkValue = /\(dark: `([^`]+)`/.exec(property.description)?.[1];
      const actual = getComputedStyle(dark).getPropertyValue(property.name).trim();
      expect(actual, `${property.name} in the dark theme`).to.equal(darkValue ?? value);
    }
  });
});

describe('<ai-timeline> theming: custom properties', () => {
  it('colours the background, text, marks, focus and links from the host', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en', theme: 'light' });
    el.style.setProperty('--ai-timeline-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--ai-timeline-text', 'rgb(250, 240, 230)');
    el.style.setProperty('--ai-timeline-muted', 'rgb(200, 190, 180)');
    el.style.setProperty('--ai-timeline-focus', 'rgb(0, 200, 100)');
    el.style.setProperty('--ai-timeline-accent', 'rgb(255, 128, 0)');
    el.style.setProperty('--ai-timeline-category-1', 'rgb(10, 20, 30)');
    el.style.setProperty('--ai-timeline-warning', 'rgb(5, 6, 7)');
    el.style.setProperty('--ai-timeline-control-size', '44px');
    el.select('c');
    await settle(el);
    const root = el.shadowRoot!;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(style('[data-id="a"] .dot').stroke).to.equal('rgb(1, 2, 3)');
    expect(style('.label-title').fill).to.equal('rgb(250, 240, 230)');
    expect(style('.label-date').fill).to.equal('rgb(200, 190, 180)');
    // Category 1 is the first to appear (product, "a").
    expect(style('[data-id="a"] .dot').fill).to.equal('rgb(10, 20, 30)');
    // The selected range is outlined in the focus colour.
    expect(style('[part~="range"][data-id="c"]').stroke).to.equal('rgb(0, 200, 100)');
    expect(style('[part~="zoom-in"]').height).to.equal('44px');
    el.select('e');
    await settle(el);
    await waitFor(() => part(el, 'detail-source'), 'the detail panel');
    expect(getComputedStyle(part(el, 'detail-source')!.querySelector('a')!).color).to.equal(
      'rgb(255, 128, 0)',
    );
    el.events = [...SAMPLE, { id: 'x' } as never];
    await settle(el);
    await waitFor(() => part(el, 'notice'), 'the notice');
    expect(getComputedStyle(part(el, 'notice')!).borderTopColor).to.equal('rgb(5, 6, 7)');
  });

  it('sets fonts, and measures labels in the label font sizes', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const box = (id: string) => {
      const label = labels(el).find((l) => l.dataset.id === id)!;
      const rect = label.querySelector('rect')!;
      return {
        width: Number(rect.getAttribute('width')),
        height: Number(rect.getAttribute('height')),
      };
    };
    const before = box('a');
    el.style.setProperty('--ai-timeline-font-family', '"Courier New", monospace');
    el.style.setProperty('--ai-timeline-label-font-size', '20px');
    el.style.setProperty('--ai-timeline-small-font-size', '16px');
    el.style.setProperty('--ai-timeline-label-font-weight', '300');
    el.requestUpdate();
    await settle(el);
    const root = el.shadowRoot!;
    const title = getComputedStyle(root.querySelector('.label-title')!);
    expect(title.fontFamily).to.match(/Courier New/);
    expect(title.fontSize).to.equal('20px');
    expect(title.fontWeight).to.equal('300');
    expect(getComputedStyle(root.querySelector('.label-date')!).fontSize).to.equal('16px');
    const tick = getComputedStyle(root.querySelector('[part~="tick"] text')!);
    expect(tick.fontSize).to.equal('16px');
    expect(tick.fontFamily).to.match(/Courier New/);
    const after = box('a');
    expect(after.width).to.be.above(before.width * 1.2);
    // Line heights follow the font sizes (17 + 15 px by default, 25 + 20 px now).
    expect(after.height - before.height).to.equal(13);
  });

  it('lets the page style parts with ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `
      ai-timeline.parted::part(event point) { opacity: 0.5; }
      ai-timeline.parted::part(label) { font-family: Georgia, serif; }
      ai-timeline.parted::part(axis) { opacity: 0.25; }
      ai-timeline.parted::part(button) { border-radius: 0; }
      ai-timeline.parted::part(zoom-in) { background-color: rgb(9, 8, 7); }
      ai-timeline.parted::part(leader) { stroke-width: 3px; }
    `;
    document.head.append(style);
    try {
      const el = await renderTimeline(SAMPLE, { class: 'parted' });
      const root = el.shadowRoot!;
      expect(getComputedStyle(root.querySelector('[part~="point"]')!).opacity).to.equal('0.5');
      expect(getComputedStyle(root.querySelector('.label-title')!).fontFamily).to.match(/Georgia/);
      expect(getComputedStyle(part(el, 'axis')!).opacity).to.equal('0.25');
      expect(getComputedStyle(part(el, 'zoom-out')!).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(part(el, 'zoom-in')!).backgroundColor).to.equal('rgb(9, 8, 7)');
      expect(getComputedStyle(part(el, 'leader')!).strokeWidth).to.equal('3px');
    } finally {
      style.remove();
    }
  });
});

describe('<ai-timeline> theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  /** The plot's background and its labels' text colour, as drawn. */
  const looks = (el: AiTimeline) => ({
    background: getComputedStyle(el).backgroundColor,
    text: getComputedStyle(el.shadowRoot!.querySelector('.label-title')!).fill,
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`light and dark differ, and auto follows a ${scheme} system setting`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const light = looks(await renderTimeline(SAMPLE, { theme: 'light' }));
      const dark = looks(await renderTimeline(SAMPLE, { theme: 'dark' }));
      const auto = looks(await renderTimeline(SAMPLE, { theme: 'auto' }));
      expect(light.background).to.not.equal(dark.background);
      expect(light.text).to.not.equal(dark.text);
      expect(auto).to.deep.equal(scheme === 'dark' ? dark : light);
      // Without the attribute, the theme is auto.
      expect(looks(await renderTimeline(SAMPLE))).to.deep.equal(auto);
    });
  }
});

describe('<ai-timeline> categories', () => {
  const legend = (el: AiTimeline) =>
    [...el.shadowRoot!.querySelectorAll('[part~="legend-item"]')].map((li) =>
      li.textContent!.trim(),
    );
  const fill = (el: AiTimeline, id: string) =>
    getComputedStyle(el.shadowRoot!.querySelector(`[data-id="${id}"] .dot`)!).fill;

  it('sets legend labels, order and colours from the attribute (JSON)', async () => {
    const el = await renderTimeline(SAMPLE, {
      categories: JSON.stringify({
        research: { label: 'Research', color: '#123456' },
        product: { label: 'Products', color: 'rgb(200, 0, 0)' },
      }),
    });
    expect(legend(el)).to.deep.equal(['Research', 'Products', 'era']);
    expect(fill(el, 'b')).to.equal('rgb(18, 52, 86)');
    expect(fill(el, 'a')).to.equal('rgb(200, 0, 0)');
  });

  it('sets them from the property', async () => {
    const el = await renderTimeline(SAMPLE);
    el.categories = { era: { label: 'Eras' }, product: { label: 'Products', color: 'teal' } };
    await settle(el);
    expect(legend(el)).to.deep.equal(['Eras', 'Products', 'research']);
    expect(fill(el, 'a')).to.equal('rgb(0, 128, 128)');
  });

  it('reports a categories attribute that is not JSON, without throwing', async () => {
    const el = await renderTimeline(SAMPLE);
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    window.addEventListener('error', onError);
    try {
      const reported = oneEvent(el, 'ai-timeline-error');
      el.setAttribute('categories', '{"product": {"label": ');
      const { detail } = (await reported) as CustomEvent<TimelineErrorDetail>;
      expect(detail.errors[0]!.field).to.equal('categories');
      await settle(el);
      expect(part(el, 'notice')!.textContent).to.contain('categories');
      // The timeline is still drawn, in its default colours.
      expect(marks(el).length).to.be.above(0);
      expect(thrown).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

/**
 * Pairs of default category colours must stay distinguishable for readers with each common
 * colour-vision deficiency. Deficiencies are simulated with Machado et al. (2009) at severity
 * 1.0 (full dichromacy, the hardest case) in linear RGB, and compared with CIEDE2000. The
 * threshold is ΔE2000 ≥ 8: about 3–4 times the just-noticeable difference (≈ 2.3), which keeps
 * two small marks side by side telling apart at a glance rather than on close inspection; the
 * marks' shapes (see render/shapes.ts) are the second cue. Category 1 and events without a
 * category share the circle, so that pair is checked too.
 */
describe('<ai-timeline> default palette for colour-blind readers', () => {
  const THRESHOLD = 8;
  for (const theme of ['light', 'dark']) {
    it(`keeps every pair of category colours at ΔE2000 ≥ ${THRESHOLD} (${theme})`, async () => {
      const el = await renderTimeline(SAMPLE, { theme });
      const probe = document.createElement('span');
      el.shadowRoot!.append(probe);
      const colour = (name: string) => {
        probe.style.color = `var(${name})`;
        return toLinear(parseColour(getComputedStyle(probe).color));
      };
      const categories = Array.from({ length: 8 }, (_, i) => `--ai-timeline-category-${i + 1}`);
      const pairs: [string, string][] = [['--ai-timeline-uncategorised', categories[0]!]];
      for (let i = 0; i < 8; i++) {
        for (let j = i + 1; j < 8; j++) pairs.push([categories[i]!, categories[j]!]);
      }
      const visions: (Deficiency | null)[] = [null, ...(Object.keys(DEFICIENCIES) as Deficiency[])];
      for (const vision of visions) {
        const seen = (name: string) => {
          const linear = colour(name);
          return linearToLab(vision ? simulate(linear, vision) : linear);
        };
        for (const [a, b] of pairs) {
          const difference = deltaE2000(seen(a), seen(b));
          expect(difference, `${a} / ${b}, ${vision ?? 'normal vision'} (${theme})`).to.be.at.least(
            THRESHOLD,
          );
        }
      }
      probe.remove();
    });
  }
});
