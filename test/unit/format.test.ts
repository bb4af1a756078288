import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  axisTickFormat,
  dateFormat,
  formatDate,
  formatEventDate,
  formatRange,
  isYearTick,
} from '../../src/i18n/format.js';
import { parseDate, type OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import type { NormalizedEvent } from '../../src/model/types.js';

const utc: OffsetAt = () => 0;

function event(row: Record<string, unknown>, offsetAt: OffsetAt = utc): NormalizedEvent {
  const { events, errors } = normalizeEvents([{ title: 'T', ...row }], offsetAt);
  expect(errors).to.deep.equal([]);
  expect(events).to.have.length(1);
  return events[0]!;
}

function shown(value: string, locale = 'en', offsetAt: OffsetAt = utc): string {
  const date = parseDate(value, offsetAt);
  return formatDate(date.start, date.precision, locale);
}

/** Digit groups in a string (ignores the year when asked). */
function numbers(text: string): string[] {
  return text.match(/\d+/g) ?? [];
}

describe('formatDate', () => {
  it('shows a month as month and year, never with a day', () => {
    expect(shown('2025-06', 'en')).to.equal('June 2025');
    expect(shown('2025-06', 'it')).to.equal('giugno 2025');
    expect(shown('2025-06', 'de')).to.equal('Juni 2025');
    for (const locale of ['en', 'en-GB', 'it', 'fr', 'de', 'es']) {
      expect(numbers(shown('2025-06', locale)), locale).to.deep.equal(['2025']);
    }
  });

  it('shows a year as the year alone', () => {
    expect(shown('2025', 'en')).to.equal('2025');
    expect(shown('2025', 'it')).to.equal('2025');
    expect(shown('1066', 'fr')).to.equal('1066');
  });

  it('shows a day with its day number, month name and year', () => {
    for (const locale of ['en', 'en-GB', 'en-US']) {
      const text = shown('2025-06-12', locale);
      expect(text, locale).to.contain('12');
      expect(text, locale).to.contain('June');
      expect(text, locale).to.contain('2025');
    }
    expect(shown('2025-06-12', 'it')).to.contain('giugno');
  });

  it('shows the clock time for minute and second precision', () => {
    const minute = shown('2025-06-12T09:30Z', 'en-GB');
    expect(minute).to.contain('09:30');
    expect(minute).to.contain('12');
    expect(minute).to.contain('Jun');
    expect(minute).to.not.contain('09:30:');
    expect(shown('2025-06-12T09:30:15Z', 'en-GB')).to.contain('09:30:15');
  });

  it('reads wall-clock milliseconds in UTC: a calendar day stays that day in every zone', () => {
    for (const offset of [14 * 60, -11 * 60, 0, 5 * 60 + 30]) {
      const text = shown('2025-06-12', 'en-GB', () => offset);
      expect(text, String(offset)).to.equal('12 June 2025');
    }
    // An instant reads as local time: 09:30Z is 23:30 in UTC+14 and 22:30 the day before in UTC−11.
    expect(shown('2025-06-12T09:30Z', 'en-GB', () => 14 * 60)).to.equal('12 Jun 2025, 23:30');
    expect(shown('2025-06-12T09:30Z', 'en-GB', () => -11 * 60)).to.equal('11 Jun 2025, 22:30');
  });

  it('shows an era for years before 1 CE', () => {
    expect(shown('-0043-03-15', 'en')).to.contain('BC');
    expect(shown('-0043-03-15', 'en')).to.contain('44'); // astronomical -43 is 44 BC
    expect(shown('-0043', 'en')).to.equal('44 BC');
    expect(shown('0000', 'en')).to.equal('1 BC');
    expect(shown('-0499', 'it')).to.contain('a.C.');
  });

  it('shows no era for years from 1 CE', () => {
    expect(shown('0001', 'en')).to.equal('1');
    expect(shown('0050-06', 'en')).to.not.contain('AD');
    expect(shown('0050', 'en')).to.equal('50'); // not 1950
  });

  it('shows the precision it is given for any date (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('en', 'it', 'de', 'fr'),
        (year, month, locale) => {
          const y = String(year).padStart(4, '0');
          const m = String(month).padStart(2, '0');
          expect(numbers(shown(y, locale))).to.deep.equal([String(year)]);
          expect(numbers(shown(`${y}-${m}`, locale))).to.deep.equal([String(year)]);
          const day = numbers(shown(`${y}-${m}-07`, locale));
          expect(day).to.include(String(year));
          expect(day.some((n) => Number(n) === 7)).to.equal(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('formatEventDate', () => {
  it('shows a point at its precision', () => {
    expect(formatEventDate(event({ start: '2025-06' }), 'en')).to.equal('June 2025');
    expect(formatEventDate(event({ start: '2025-06' }), 'it')).to.equal('giugno 2025');
    expect(formatEventDate(event({ start: '2025' }), 'en')).to.equal('2025');
  });

  it('shows the last day of a range, not its exclusive end', () => {
    const text = formatEventDate(event({ start: '2025-04-05', end: '2025-06-30' }), 'en');
    expect(numbers(text)).to.include('5');
    expect(numbers(text)).to.include('30');
    expect(text).to.contain('April');
    expect(text).to.contain('June');
    expect(text).to.not.contain('July');
    const gb = formatEventDate(event({ start: '2025-04-05', end: '2025-06-30' }), 'en-GB');
    expect(gb).to.contain('5 April');
    expect(gb).to.contain('30 June');
  });

  it('shows the last month and year of month and year ranges', () => {
    const months = formatEventDate(event({ start: '2025-04', end: '2025-06' }), 'en');
    expect(months).to.contain('April');
    expect(months).to.contain('June');
    expect(months).to.not.contain('July');
    expect(numbers(months)).to.deep.equal(['2025']);
    const years = formatEventDate(event({ start: '2020', end: '2025' }), 'en');
    expect(numbers(years)).to.deep.equal(['2020', '2025']);
  });

  it('uses the finer precision of the two ends', () => {
    const text = formatEventDate(event({ start: '2025-04', end: '2025-06-30' }), 'en');
    expect(numbers(text)).to.include('30');
    expect(numbers(text)).to.include('1'); // April 1
  });

  it('shows a one-day range as that single day', () => {
    expect(formatEventDate(event({ start: '2025-06-12', end: '2025-06-12' }), 'en-GB')).to.equal(
      '12 June 2025',
    );
  });

  it('shows both clock times of a range of instants', () => {
    const text = formatEventDate(
      event({ start: '2025-06-12T09:30Z', end: '2025-06-12T17:45Z' }),
      'en-GB',
    );
    expect(text).to.contain('09:30');
    expect(text).to.contain('17:45');
  });

  it('shows eras on a range that starts before 1 CE', () => {
    const text = formatEventDate(event({ start: '-0099', end: '0014' }), 'en');
    expect(text).to.contain('BC');
    expect(text).to.contain('100');
    expect(text).to.contain('14');
  });

  it('caches formatters per locale and options', () => {
    const a = dateFormat('en', { year: 'numeric' });
    expect(dateFormat('en', { year: 'numeric' })).to.equal(a);
    expect(dateFormat('it', { year: 'numeric' })).to.not.equal(a);
    expect(a.resolvedOptions().timeZone).to.equal('UTC');
  });

  it('formats a range given directly', () => {
    const start = Date.UTC(2025, 3, 5);
    const last = Date.UTC(2025, 5, 30);
    expect(formatRange(start, 'day', last, 'day', 'en-GB')).to.equal('5 April – 30 June 2025');
    expect(formatRange(start, 'day', start, 'day', 'en-GB')).to.equal('5 April 2025');
  });
});

describe('axisTickFormat', () => {
  const en = axisTickFormat('en-GB');

  it('shows a year on January 1st', () => {
    expect(en(new Date(Date.UTC(2025, 0, 1)))).to.equal('2025');
    expect(en(new Date(parseDate('0050', utc).start))).to.equal('50');
  });

  it('shows the era on a BCE year tick', () => {
    expect(en(new Date(parseDate('-0043', utc).start))).to.equal('44 BC');
  });

  it('shows a month name on the first of other months', () => {
    expect(en(new Date(Date.UTC(2025, 2, 1)))).to.equal('Mar');
    expect(en(new Date(Date.UTC(2025, 11, 1)))).to.equal('Dec');
    expect(axisTickFormat('it')(new Date(Date.UTC(2025, 5, 1)))).to.equal('giu');
  });

  it('shows a day at other midnights', () => {
    const text = en(new Date(Date.UTC(2025, 2, 15)));
    expect(text).to.contain('15');
    expect(text).to.contain('Mar');
    expect(numbers(text)).to.deep.equal(['15']);
  });

  it('shows a clock time otherwise', () => {
    expect(en(new Date(Date.UTC(2025, 2, 15, 9, 30)))).to.equal('09:30');
    expect(en(new Date(Date.UTC(2025, 0, 1, 12)))).to.equal('12:00');
    expect(en(new Date(Date.UTC(2025, 2, 15, 9, 30, 15)))).to.equal('09:30:15');
    expect(en(new Date(Date.UTC(2025, 2, 15, 9, 30, 0, 500)))).to.match(/^09:30:00/);
  });

  it('reads ticks in UTC whatever the browser zone', () => {
    // 23:00 UTC on 31 December is a clock time, even where it is already January 1st locally.
    expect(en(new Date(Date.UTC(2024, 11, 31, 23)))).to.equal('23:00');
  });
});

describe('isYearTick', () => {
  it('is true only at UTC midnight on January 1st', () => {
    expect(isYearTick(new Date(Date.UTC(2025, 0, 1)))).to.equal(true);
    expect(isYearTick(new Date(parseDate('-0043', utc).start))).to.equal(true);
    expect(isYearTick(new Date(Date.UTC(2025, 0, 1, 1)))).to.equal(false);
    expect(isYearTick(new Date(Date.UTC(2025, 0, 2)))).to.equal(false);
    expect(isYearTick(new Date(Date.UTC(2025, 1, 1)))).to.equal(false);
    expect(isYearTick(new Date(Date.UTC(2025, 0, 1, 0, 0, 1)))).to.equal(false);
  });
});
