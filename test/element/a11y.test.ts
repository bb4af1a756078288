import { expect } from '@open-wc/testing';
import { SAMPLE, rangeChange, renderTimeline, settle } from '../support/fixtures.js';

// A first accessibility gate: axe-core (through chai-a11y-axe) over the rendered element.
describe('<ai-timeline> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`has no axe violations in the ${theme} theme, with and without a selection`, async () => {
      const el = await renderTimeline(SAMPLE, { theme, heading: 'A history', locale: 'en' });
      await expect(el).to.be.accessible();
      el.select('e');
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }

  it('announces the visible window politely once zooming settles', async () => {
    const el = await renderTimeline(SAMPLE, { locale: 'en' });
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
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
