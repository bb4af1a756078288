import { expect } from '@open-wc/testing';
import { DAY_MS, DateParseError, type OffsetAt } from '../../src/model/dates.js';
import { formatDateParser, specifierPrecision } from '../../src/model/date-format.js';
import { formatDate } from '../../src/i18n/format.js';

const utc: OffsetAt = () => 0;
const plus2: OffsetAt = () => 120;

describe('date-format', () => {
  it('reads non-ISO dates with a D3 specifier, at the precision it names', () => {
    const parse = formatDateParser('%b %d %Y', utc);
    expect(parse('Jun 12 1998')).to.deep.equal({
      start: Date.UTC(1998, 5, 12),
      end: Date.UTC(1998, 5, 13),
      precision: 'day',
    });
    expect(formatDateParser('%d/%m/%Y', utc)('03/04/2025').start).to.equal(Date.UTC(2025, 3, 3));
    const month = formatDateParser('%B %Y', utc)('June 2025');
    expect(month.precision).to.equal('month');
    expect(month.end).to.equal(Date.UTC(2025, 6, 1));
  });

  it('reads a date without a zone as that calendar day in every zone', () => {
    expect(formatDateParser('%b %d %Y', plus2)('Jun 12 1998').start).to.equal(
      Date.UTC(1998, 5, 12),
    );
    // A zone makes it an instant, shown on the reader's clock.
    const instant = formatDateParser('%Y-%m-%d %H:%M %Z', plus2)('2025-06-12 09:30 +0000');
    expect(instant.start).to.equal(Date.UTC(2025, 5, 12, 11, 30));
    expect(instant.precision).to.equal('minute');
  });

  it('reads numbers as text in the format: 1565 with %Y is the year 1565, not an epoch', () => {
    const year = formatDateParser('%Y', utc)(1565);
    expect(new Date(year.start).getUTCFullYear()).to.equal(1565);
    expect(year.precision).to.equal('year');
    expect(year.end - year.start).to.equal(365 * DAY_MS);
  });

  it('reads years before 1000 and before 1 CE', () => {
    const parse = formatDateParser('%Y', utc);
    expect(new Date(parse('565').start).getUTCFullYear()).to.equal(565);
    expect(new Date(parse(44).start).getUTCFullYear()).to.equal(44);
    const bce = parse(-44);
    expect(new Date(bce.start).getUTCFullYear()).to.equal(-44);
    expect(formatDate(bce.start, bce.precision, 'en')).to.equal('45 BC');
    const ides = formatDateParser('%Y-%m-%d', utc)('-44-03-15');
    expect(new Date(ides.start).toISOString()).to.equal('-000044-03-15T00:00:00.000Z');
    // What does not fit the format is read as ISO 8601.
    const iso = formatDateParser('%b %d %Y', utc)('-0044-03-15');
    expect(iso).to.deep.include({ start: Date.UTC(-44, 2, 15), precision: 'day' });
  });

  it('rejects dates that do not exist or do not fit, with a readable reason', () => {
    const parse = formatDateParser('%b %d %Y', utc);
    for (const value of ['Feb 30 2025', 'Smarch 1 2025', 'yesterday', '', null, {}, Number.NaN]) {
      expect(() => parse(value), String(value)).to.throw(DateParseError);
    }
    expect(() => parse('Feb 30 2025')).to.throw(/does not match the date format "%b %d %Y"/);
  });

  it('still takes Date objects', () => {
    expect(formatDateParser('%Y', utc)(new Date(Date.UTC(2025, 5, 12))).precision).to.equal('day');
  });

  it('infers the precision from the finest directive', () => {
    expect(specifierPrecision('%Y')).to.equal('year');
    expect(specifierPrecision('%b %Y')).to.equal('month');
    expect(specifierPrecision('%-d/%m/%Y')).to.equal('day');
    expect(specifierPrecision('%Y-%m-%d %H:%M')).to.equal('minute');
    expect(specifierPrecision('%Y-%m-%dT%H:%M:%S')).to.equal('second');
    expect(specifierPrecision('100%% %Y')).to.equal('year');
  });
});
