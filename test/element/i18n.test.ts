import { expect } from '@open-wc/testing';
import { SAMPLE, part, renderTimeline } from '../support/fixtures.js';
import { stringsFor, type UiStrings } from '../../src/i18n/strings.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import he from '../../src/i18n/locales/he.js';
import italian from '../../src/i18n/locales/it.js';
import ja from '../../src/i18n/locales/ja.js';
import pt from '../../src/i18n/locales/pt.js';
import zh from '../../src/i18n/locales/zh.js';

const TABLES: Record<string, UiStrings> = { ar, de, es, fr, he, it: italian, ja, pt, zh };

describe('<ai-timeline> in ten languages', () => {
  const english = stringsFor('en');

  for (const [language, table] of Object.entries({ en: english, ...TABLES })) {
    it(`speaks ${language}: interface text, accessible names and dates`, async () => {
      const el = await renderTimeline(SAMPLE, { locale: language }, 900);
      const controls = part(el, 'controls')!;
      const names = [...controls.querySelectorAll('button')].map((b) =>
        b.getAttribute('aria-label'),
      );
      expect(names).to.include(table.zoomIn);
      expect(names).to.include(table.zoomOut);
      expect(controls.getAttribute('aria-label')).to.equal(table.controls);
      expect(part(el, 'legend')!.getAttribute('aria-label')).to.equal(table.legend);
      // The summary (the plot's accessible name) and the label dates are in the language too.
      const summary = el.shadowRoot!.getElementById('summary')!.textContent!;
      const month = new Intl.DateTimeFormat(language, {
        year: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
      expect(summary).to.contain(month.format(new Date(Date.UTC(2024, 0, 15))));
      if (language !== 'en') {
        expect(table.zoomIn).to.not.equal(english.zoomIn);
        expect(summary).to.not.equal(english.plotLabel(5, 'January 2024', 'July 2024'));
      }
    });
  }

  it('falls back from a regional variant to its language, and to English', async () => {
    const regional = await renderTimeline(SAMPLE, { locale: 'pt-BR' }, 900);
    expect(part(regional, 'controls')!.getAttribute('aria-label')).to.equal(pt.controls);
    const unknown = await renderTimeline(SAMPLE, { locale: 'fi' }, 900);
    expect(part(unknown, 'controls')!.getAttribute('aria-label')).to.equal(english.controls);
  });

  it('gives every language every string', () => {
    // English for a long list's page buttons comes with the list's own code (a lazy chunk).
    const withList = [...Object.keys(english), 'showEarlier', 'showLater'].sort();
    for (const [language, table] of Object.entries(TABLES)) {
      expect(Object.keys(table).sort(), language).to.deep.equal(withList);
      expect(table.showLater!(2, '2'), language).to.contain('2');
      expect(table.showLater!(2, '2'), language).to.not.equal(table.showEarlier!(2, '2'));
    }
  });
});
