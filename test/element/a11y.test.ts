import { expect } from '@open-wc/testing';
import { emulateForcedColors } from '../support/commands.js';
import { brushSelection } from '../support/navigation.js';
import { colourProbe } from '../support/colour-probe.js';
import { axeRun, expectNoAxeViolations } from '../support/axe.js';
import { SAMPLE, part, rangeChange, renderTimeline, settle } from '../support/fixtures.js';

// The accessibility gate: axe-core's WCAG 2.0 / 2.1 / 2.2 A and AA rules over the rendered element,
// in both views, both themes, with and without a selection.
describe('<ai-timeline> accessibility', () => {
  for (const view of ['timeline', 'list'] as const) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations in the ${view} view and the ${theme} theme, with and without a selection`, async () => {
        const el = await renderTimeline(SAMPLE, { theme, heading: 'A history', locale: 'en' });
        el.view = view;
        await settle(el);
        expect(part(el, view === 'list' ? 'list' : 'plot')!.hidden, `${view} shown`).to.equal(
          false,
        );
        await expectNoAxeViolations(el, `(${view}, ${theme})`);
        el.select('e');
        await settle(el);
        const marked = view === 'list' ? '[aria-current="true"]' : '.mark.selected';
        expect(el.shadowRoot!.querySelector(marked), 'the selection shows').to.not.equal(null);
        await expectNoAxeViolations(el, `(${view}, ${theme}, selected)`);
      });
    }
  }

  it('reports axe violations when there are some (the gate can fail)', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const unnamed = document.createElement('button');
    el.shadowRoot!.append(unnamed);
    const { violations } = await axeRun(el);
    expect(violations.map((v) => v.id)).to.include('button-name');
    unnamed.remove();
  });

  it('announces the visible window politely once zooming settles', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const region = el.shadowRoot!.querySelector('.visually-hidden[aria-live="polite"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim(), 'the first view is the summary’s').to.equal('');
    const settled = rangeChange(el);
    el.zoomTo('2024-06-01', '2024-06-30');
    await settled;
    await settle(el);
    expect(region.textContent!.trim()).to.equal('Showing June 1 – 30, 2024.');
    el.locale = 'it';
    const again = rangeChange(el);
    el.zoomTo('2024-02', '2024-05');
    await again;
    await settle(el);
    expect(region.textContent!.trim()).to.equal('Periodo mostrato: febbraio–maggio 2024.');
  });

  it('is one tab stop: a mark when one is on screen, else the plot', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const root = el.shadowRoot!;
    const plot = root.querySelector<HTMLElement>('[part="plot"]')!;
    const tabbable = () =>
      [...plot.querySelectorAll('[tabindex="0"]'), plot].filter(
        (node) => node.getAttribute('tabindex') === '0',
      );
    expect(tabbable()).to.have.length(1);
    expect(tabbable()[0]!.getAttribute('part')).to.contain('event');
    // A window with no event: the plot itself takes the stop.
    el.zoomTo('2023-01-01', '2023-01-02');
    await settle(el);
    expect(tabbable()).to.deep.equal([plot]);
  });

  it('names the plot after its heading and summarises it', async () => {
    const el = await renderTimeline(SAMPLE, { heading: 'A history', locale: 'en' });
    const plot = el.shadowRoot!.querySelector('[part="plot"]')!;
    const names = plot
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent);
    expect(names[0]).to.equal('A history');
    expect(names[1]).to.equal('5 events from January 2024 to July 2024');
  });

  it('describes each mark by date, title and category', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const mark = el.shadowRoot!.querySelector('[part~="event"][data-id="a"]')!;
    expect(mark.getAttribute('aria-label')).to.equal('January 10, 2024, Alpha launch, product');
    expect(mark.getAttribute('role')).to.equal('button');
  });
});

/** WCAG 2 relative luminance of an "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('<ai-timeline> contrast of the default palette', () => {
  for (const theme of ['light', 'dark']) {
    it(`keeps text at 4.5:1 and marks at 3:1 against the background (${theme})`, async () => {
      const el = await renderTimeline(SAMPLE, { theme, locale: 'en' });
      // Resolve each custom property to a colour through a probe inside the shadow root.
      const probe = colourProbe(el.shadowRoot!);
      const colour = (name: string): string => {
        return probe.resolve(`var(${name})`);
      };
      const background = colour('--ai-timeline-background');
      const labelBackground = colour('--ai-timeline-label-background');
      // The probe resolves the theme's own colours (an unresolved one would read as black).
      expect(luminance(background), 'background').to.be[theme === 'dark' ? 'below' : 'above'](0.5);
      expect(colour('--ai-timeline-category-1')).to.not.equal(colour('--ai-timeline-category-2'));
      for (const text of ['--ai-timeline-text', '--ai-timeline-muted', '--ai-timeline-accent']) {
        for (const behind of [background, labelBackground]) {
          expect(contrast(colour(text), behind), `${text} (${theme})`).to.be.at.least(4.5);
        }
      }
      const marks = [
        '--ai-timeline-uncategorised',
        '--ai-timeline-axis',
        '--ai-timeline-focus',
        ...Array.from({ length: 8 }, (_, i) => `--ai-timeline-category-${i + 1}`),
      ];
      for (const mark of marks) {
        expect(contrast(colour(mark), background), `${mark} (${theme})`).to.be.at.least(3);
      }
      probe.remove();
    });
  }
});

describe('<ai-timeline> in forced colours', () => {
  afterEach(() => emulateForcedColors('none'));

  it('draws marks, labels and the selection in the system colours', async () => {
    await emulateForcedColors('active');
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    el.select('a');
    await settle(el);
    const root = el.shadowRoot!;
    const probe = colourProbe(root);
    const system = probe.resolve;
    const dot = getComputedStyle(root.querySelector('[data-id="b"] .dot')!);
    expect(dot.fill).to.equal(system('CanvasText'));
    const box = getComputedStyle(root.querySelector('.label:not(.selected) .label-box')!);
    expect(box.fill).to.equal(system('Canvas'));
    expect(box.stroke).to.equal(system('CanvasText'));
    const chosen = getComputedStyle(root.querySelector('.label.selected .label-box')!);
    expect(chosen.stroke).to.equal(system('Highlight'));
    const ring = getComputedStyle(root.querySelector('[data-id="a"] .focus-ring')!);
    expect(ring.stroke).to.equal(system('Highlight'));
    expect(system('CanvasText')).to.not.equal(system('Canvas'));
    // The overview (its styles come with its code) draws its counts in the text colour too.
    const window = await brushSelection(el);
    const density = root.querySelector('.overview-density')!;
    expect(getComputedStyle(density).fill).to.equal(system('CanvasText'));
    expect(getComputedStyle(window).stroke).to.equal(system('Highlight'));
    probe.remove();
  });
});
