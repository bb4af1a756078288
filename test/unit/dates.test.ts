import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DAY_MS,
  DateParseError,
  HOUR_MS,
  instantToWall,
  parseDate,
  utcMs,
  wallToInstant,
  type OffsetAt,
  type WallDate,
} from '../../src/model/dates.js';

const MINUTE = 60_000;
const utc: OffsetAt = () => 0;
const plus14: OffsetAt = () => 14 * 60;
const minus11: OffsetAt = () => -11 * 60;
const plus0530: OffsetAt = () => 5 * 60 + 30;
const ZONES: readonly [string, OffsetAt][] = [
  ['UTC', utc],
  ['UTC+14', plus14],
  ['UTC-11', minus11],
  ['UTC+05:30', plus0530],
];

function expectParseError(value: unknown, offsetAt: OffsetAt = utc): DateParseError {
  let caught: unknown;
  try {
    parseDate(value, offsetAt);
  } catch (error) {
    caught = error;
  }
  expect(caught, `parseDate(${String(value)}) should throw`).to.be.instanceOf(DateParseError);
  const error = caught as DateParseError;
  expect(error.message).to.be.a('string').and.not.equal('');
  return error;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Valid calendar days from 1000 to 2999 (days 1–28, so every month has them). */
const calendarDay = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => ({
    year,
    month,
    day,
    text: `${year}-${pad(month)}-${pad(day)}`,
  }));

/** Offsets a real zone can have, in minutes east of UTC. */
const offsetMinutes = fc.integer({ min: -12 * 60, max: 14 * 60 });

describe('utcMs', () => {
  it('matches Date.UTC for ordinary years', () => {
    expect(utcMs(2025, 5, 12, 9, 30, 15, 250)).to.equal(Date.UTC(2025, 5, 12, 9, 30, 15, 250));
    expect(utcMs(1970)).to.equal(0);
  });

  it('keeps years 0–99 as they are instead of mapping them to 1900–1999', () => {
    for (const year of [0, 1, 44, 99]) {
      const date = new Date(utcMs(year, 2, 15));
      expect(date.getUTCFullYear()).to.equal(year);
      expect(date.getUTCMonth()).to.equal(2);
      expect(date.getUTCDate()).to.equal(15);
    }
    expect(utcMs(1, 0, 1)).to.equal(-62135596800000);
  });

  it('handles negative (BCE) years', () => {
    const date = new Date(utcMs(-44, 2, 15));
    expect(date.getUTCFullYear()).to.equal(-44);
    expect(date.getUTCMonth()).to.equal(2);
    expect(date.getUTCDate()).to.equal(15);
  });

  it('agrees with Date.UTC for in-range components in years 100–9999 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, hours, minutes) => {
          expect(utcMs(year, month, day, hours, minutes)).to.equal(
            Date.UTC(year, month, day, hours, minutes),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  // Regression: utcMs used to build the date in 2000 and then setUTCFullYear(year), so an
  // overflow into the next year (utcMs(2025, 12, 1)) was thrown away and gave 2025-01-01.
  it('carries overflowing months, days and hours into the next year like Date.UTC', () => {
    expect(iso(utcMs(2025, 12, 1))).to.equal('2026-01-01T00:00:00.000Z');
    expect(iso(utcMs(2025, 11, 32))).to.equal('2026-01-01T00:00:00.000Z');
    expect(iso(utcMs(2025, 11, 31, 24))).to.equal('2026-01-01T00:00:00.000Z');
    expect(iso(utcMs(2025, 0, 0))).to.equal('2024-12-31T00:00:00.000Z');
    expect(new Date(utcMs(99, 12, 1)).getUTCFullYear()).to.equal(100);
    expect(new Date(utcMs(0, -1, 1)).getUTCFullYear()).to.equal(-1);
  });

  it('follows the 400-year Gregorian cycle for any components, overflowing or not (property)', () => {
    const cycle = 146_097 * DAY_MS; // 400 Gregorian years
    fc.assert(
      fc.property(
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: -30, max: 40 }),
        fc.integer({ min: -60, max: 90 }),
        fc.integer({ min: 0, max: 50 }),
        (year, month, day, hours) => {
          // Years from 400 on have no two-digit quirk in Date.UTC, so they are the reference.
          const later = year + 400 * Math.ceil((500 - year) / 400);
          const expected = Date.UTC(later, month, day, hours) - ((later - year) / 400) * cycle;
          expect(utcMs(year, month, day, hours)).to.equal(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('instantToWall / wallToInstant', () => {
  it('shifts an instant by the offset of the zone', () => {
    const instant = Date.UTC(2025, 5, 12, 9, 30);
    expect(instantToWall(instant, utc)).to.equal(instant);
    expect(instantToWall(instant, plus14)).to.equal(Date.UTC(2025, 5, 12, 23, 30));
    expect(instantToWall(instant, minus11)).to.equal(Date.UTC(2025, 5, 11, 22, 30));
    expect(wallToInstant(Date.UTC(2025, 5, 12, 23, 30), plus14)).to.equal(instant);
    expect(wallToInstant(Date.UTC(2025, 5, 11, 22, 30), minus11)).to.equal(instant);
  });

  it('passes the instant to offsetAt', () => {
    const seen: number[] = [];
    const offsetAt: OffsetAt = (ms) => {
      seen.push(ms);
      return 60;
    };
    instantToWall(1_000_000, offsetAt);
    expect(seen).to.deep.equal([1_000_000]);
  });

  it('round-trips for any fixed offset (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e14, max: 8.64e14 }), offsetMinutes, (instant, offset) => {
        const offsetAt: OffsetAt = () => offset;
        const wall = instantToWall(instant, offsetAt);
        expect(wall - instant).to.equal(offset * MINUTE);
        expect(wallToInstant(wall, offsetAt)).to.equal(instant);
      }),
      { numRuns: 200 },
    );
  });

  it('finds an instant for every wall time across daylight-saving changes (property)', () => {
    const change = Date.UTC(2025, 2, 30, 1); // a made-up zone changes its offset here
    fc.assert(
      fc.property(
        fc.integer({ min: change - 6 * HOUR_MS, max: change + 6 * HOUR_MS }),
        fc.constantFrom<[number, number]>([60, 120], [120, 60], [-300, -240], [-240, -300]),
        (instant, [before, after]) => {
          const offsetAt: OffsetAt = (ms) => (ms < change ? before : after);
          const wall = instantToWall(instant, offsetAt);
          const back = wallToInstant(wall, offsetAt);
          // In a repeated hour either instant is right: both read as the same wall time.
          expect(instantToWall(back, offsetAt)).to.equal(wall);
          if (before <= after) expect(back).to.equal(instant); // no repeated hour
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseDate', () => {
  it('reads the common shapes exactly as the full parser does (property)', () => {
    // "+2025-06-12" and a lower-case "t"/"z" mean the same but skip the fast path.
    const instant = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, [, offsetAt]) => {
        const iso = new Date(ms).toISOString(); // "2025-06-12T09:30:05.123Z"
        const day = iso.slice(0, 10);
        const minute = `${iso.slice(0, 16)}Z`;
        const second = `${iso.slice(0, 19)}Z`;
        expect(parseDate(day, offsetAt)).to.deep.equal(parseDate(`+${day}`, offsetAt));
        expect(parseDate(minute, offsetAt)).to.deep.equal(
          parseDate(minute.replace('T', 't').replace('Z', 'z'), offsetAt),
        );
        expect(parseDate(second, offsetAt)).to.deep.equal(
          parseDate(second.replace('T', 't').replace('Z', 'z'), offsetAt),
        );
      }),
      { numRuns: 300 },
    );
    // Out-of-range parts still get the full parser's words.
    expect(() => parseDate('2025-02-30', utc)).to.throw(DateParseError, /no day 30/);
    expect(() => parseDate('2025-06-12T25:00Z', utc)).to.throw(DateParseError, /no time/);
  });

  describe('precision and period', () => {
    it('reads a year', () => {
      const date = parseDate('2025', utc);
      expect(date).to.deep.equal({
        start: Date.UTC(2025, 0, 1),
        end: Date.UTC(2026, 0, 1),
        precision: 'year',
      });
    });

    it('reads a month, ending (exclusive) at the first of the next month', () => {
      expect(parseDate('2025-06', utc)).to.deep.equal({
        start: Date.UTC(2025, 5, 1),
        end: Date.UTC(2025, 6, 1),
        precision: 'month',
      });
      expect(parseDate('2024-02', utc).end).to.equal(Date.UTC(2024, 2, 1));
      expect(parseDate('2025-11', utc).end).to.equal(Date.UTC(2025, 11, 1));
    });

    it('reads a day, ending at the next midnight', () => {
      expect(parseDate('2025-06-12', utc)).to.deep.equal({
        start: Date.UTC(2025, 5, 12),
        end: Date.UTC(2025, 5, 13),
        precision: 'day',
      });
      expect(parseDate('2025-06-30', utc).end).to.equal(Date.UTC(2025, 6, 1));
      expect(parseDate('2024-02-29', utc).end).to.equal(Date.UTC(2024, 2, 1));
    });

    it('reads a date-time to the minute or second; its end equals its start', () => {
      expect(parseDate('2025-06-12T09:30Z', utc)).to.deep.equal({
        start: Date.UTC(2025, 5, 12, 9, 30),
        end: Date.UTC(2025, 5, 12, 9, 30),
        precision: 'minute',
      });
      expect(parseDate('2025-06-12T09:30:00Z', utc).precision).to.equal('minute');
      expect(parseDate('2025-06-12T09:30:00.000Z', utc).precision).to.equal('minute');
      const seconds = parseDate('2025-06-12T09:30:15Z', utc);
      expect(seconds.precision).to.equal('second');
      expect(seconds.start).to.equal(Date.UTC(2025, 5, 12, 9, 30, 15));
      expect(seconds.end).to.equal(seconds.start);
      const fraction = parseDate('2025-06-12T09:30:00.25Z', utc);
      expect(fraction.precision).to.equal('second');
      expect(fraction.start).to.equal(Date.UTC(2025, 5, 12, 9, 30, 0, 250));
      expect(parseDate('2025-06-12T09:30:15,5Z', utc).start).to.equal(
        Date.UTC(2025, 5, 12, 9, 30, 15, 500),
      );
    });

    it('accepts a space for T, lower-case t and z, and surrounding white space', () => {
      const expected = Date.UTC(2025, 5, 12, 9, 30);
      expect(parseDate('2025-06-12 09:30Z', utc).start).to.equal(expected);
      expect(parseDate('2025-06-12t09:30z', utc).start).to.equal(expected);
      expect(parseDate('  2025-06-12T09:30Z \n', utc).start).to.equal(expected);
      expect(parseDate(' 2025 ', utc).precision).to.equal('year');
    });

    it('accepts 24:00 as the end of a day', () => {
      expect(parseDate('2025-06-12T24:00Z', utc).start).to.equal(Date.UTC(2025, 5, 13));
    });

    // Regression: December periods used to end on January 1st of the *same* year (see utcMs).
    it('ends a December month or December 31st on January 1st of the next year', () => {
      expect(iso(parseDate('2025-12', utc).end)).to.equal('2026-01-01T00:00:00.000Z');
      expect(iso(parseDate('2025-12-31', utc).end)).to.equal('2026-01-01T00:00:00.000Z');
      expect(iso(parseDate(new Date(Date.UTC(2025, 11, 31)), utc).end)).to.equal(
        '2026-01-01T00:00:00.000Z',
      );
      expect(iso(parseDate('2025-12-31T24:00Z', utc).start)).to.equal('2026-01-01T00:00:00.000Z');
    });

    it('has start <= end and the period of its precision (property)', () => {
      fc.assert(
        fc.property(calendarDay, fc.constantFrom(4, 7, 10), offsetMinutes, (d, length, offset) => {
          const date = parseDate(d.text.slice(0, length), () => offset);
          expect(date.start).to.be.at.most(date.end);
          const start = new Date(date.start);
          const end = new Date(date.end);
          if (length === 4) {
            expect(date.precision).to.equal('year');
            expect(end.getUTCFullYear()).to.equal(d.year + 1);
          } else if (length === 7) {
            expect(date.precision).to.equal('month');
            // The first of the next month (December's is in the next year).
            expect(end.getUTCMonth()).to.equal(d.month % 12);
            expect(end.getUTCFullYear()).to.equal(d.month === 12 ? d.year + 1 : d.year);
            expect(end.getUTCDate()).to.equal(1);
          } else {
            expect(date.precision).to.equal('day');
            expect(date.end - date.start).to.equal(DAY_MS);
          }
          expect(start.getUTCFullYear()).to.equal(d.year);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('time zones', () => {
    it('gives a date-only value the same wall-clock start in every zone', () => {
      for (const [name, offsetAt] of ZONES) {
        const date = parseDate('2025-06-12', offsetAt);
        expect(iso(date.start), name).to.equal('2025-06-12T00:00:00.000Z');
        expect(iso(date.end), name).to.equal('2025-06-13T00:00:00.000Z');
        expect(iso(parseDate('2025-06', offsetAt).start), name).to.equal(
          '2025-06-01T00:00:00.000Z',
        );
        expect(iso(parseDate('2025', offsetAt).start), name).to.equal('2025-01-01T00:00:00.000Z');
      }
    });

    it('never moves a calendar day to a neighbouring day (property)', () => {
      fc.assert(
        fc.property(calendarDay, offsetMinutes, (d, offset) => {
          const date = parseDate(d.text, () => offset);
          expect(date.start).to.equal(utcMs(d.year, d.month - 1, d.day));
          const start = new Date(date.start);
          expect(start.getUTCDate()).to.equal(d.day);
          expect(start.getUTCMonth()).to.equal(d.month - 1);
        }),
        { numRuns: 200 },
      );
    });

    it('shifts an instant with Z by the viewer offset', () => {
      const text = '2025-06-12T09:30:00Z';
      expect(iso(parseDate(text, utc).start)).to.equal('2025-06-12T09:30:00.000Z');
      expect(iso(parseDate(text, plus14).start)).to.equal('2025-06-12T23:30:00.000Z');
      expect(iso(parseDate(text, minus11).start)).to.equal('2025-06-11T22:30:00.000Z');
      expect(iso(parseDate(text, plus0530).start)).to.equal('2025-06-12T15:00:00.000Z');
    });

    it('reads ±hh:mm, ±hhmm and ±hh offsets in the string', () => {
      expect(iso(parseDate('2025-06-12T09:30+02:00', utc).start)).to.equal(
        '2025-06-12T07:30:00.000Z',
      );
      expect(iso(parseDate('2025-06-12T09:30+0200', utc).start)).to.equal(
        '2025-06-12T07:30:00.000Z',
      );
      expect(iso(parseDate('2025-06-12T09:30+02', utc).start)).to.equal('2025-06-12T07:30:00.000Z');
      expect(iso(parseDate('2025-06-12T09:30-03:30', utc).start)).to.equal(
        '2025-06-12T13:00:00.000Z',
      );
      expect(iso(parseDate('2025-06-12T09:30+05:30', plus14).start)).to.equal(
        '2025-06-12T18:00:00.000Z',
      );
      expect(iso(parseDate('2025-06-12T09:30:00-11:00', minus11).start)).to.equal(
        '2025-06-12T09:30:00.000Z',
      );
    });

    it('reads a date-time without an offset as floating local time in every zone', () => {
      for (const [name, offsetAt] of ZONES) {
        const date = parseDate('2025-06-12T09:30', offsetAt);
        expect(iso(date.start), name).to.equal('2025-06-12T09:30:00.000Z');
        expect(date.precision, name).to.equal('minute');
      }
    });

    it('shifts any Z instant by exactly the offset (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2999, 0, 1) }),
          offsetMinutes,
          (ms, offset) => {
            const text = new Date(Math.floor(ms / 1000) * 1000).toISOString();
            const date = parseDate(text, () => offset);
            expect(date.start).to.equal(Date.parse(text) + offset * MINUTE);
            expect(date.end).to.equal(date.start);
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  describe('numbers and Dates', () => {
    it('reads epoch milliseconds as an instant', () => {
      const instant = Date.UTC(2025, 5, 12, 9, 30);
      expect(parseDate(instant, utc)).to.deep.equal({
        start: instant,
        end: instant,
        precision: 'minute',
      });
      expect(parseDate(instant, plus14).start).to.equal(instant + 14 * HOUR_MS);
      expect(parseDate(instant + 1500, utc).precision).to.equal('second');
    });

    it('reads a Date like its time value', () => {
      const date = new Date(Date.UTC(2025, 5, 12, 9, 30, 15));
      expect(parseDate(date, minus11)).to.deep.equal(parseDate(date.getTime(), minus11));
      expect(parseDate(date, minus11).start).to.equal(date.getTime() - 11 * HOUR_MS);
    });

    it('reads a Date at local midnight as that calendar day', () => {
      // Local midnight of 12 June in UTC+14 is 10:00 UTC on the 11th.
      const midnight = new Date(Date.UTC(2025, 5, 11, 10));
      expect(parseDate(midnight, plus14)).to.deep.equal({
        start: Date.UTC(2025, 5, 12),
        end: Date.UTC(2025, 5, 13),
        precision: 'day',
      });
      expect(parseDate(midnight, utc).precision).to.equal('minute');
    });
  });

  describe('years', () => {
    it('does not turn years 0–99 into 1900s', () => {
      for (const [text, year] of [
        ['0000', 0],
        ['0001', 1],
        ['0044', 44],
        ['0099-06', 99],
        ['0050-02-15', 50],
      ] as const) {
        const date = parseDate(text, utc);
        expect(new Date(date.start).getUTCFullYear(), text).to.equal(year);
      }
      expect(new Date(parseDate('0099', utc).end).getUTCFullYear()).to.equal(100);
      expect(new Date(parseDate('0012-05-06T07:08Z', utc).start).getUTCFullYear()).to.equal(12);
    });

    it('reads BCE (negative) years', () => {
      const date = parseDate('-0044-03-15', utc);
      const start = new Date(date.start);
      expect(start.getUTCFullYear()).to.equal(-44);
      expect(start.getUTCMonth()).to.equal(2);
      expect(start.getUTCDate()).to.equal(15);
      expect(date.precision).to.equal('day');
      expect(date.end - date.start).to.equal(DAY_MS);
      expect(date.start).to.be.below(parseDate('0001', utc).start);
      expect(new Date(parseDate('-0500', utc).start).getUTCFullYear()).to.equal(-500);
    });

    it('reads expanded years with a sign', () => {
      expect(new Date(parseDate('+2025-06', utc).start).getUTCFullYear()).to.equal(2025);
      expect(new Date(parseDate('+012025', utc).start).getUTCFullYear()).to.equal(12025);
    });

    it('applies leap years of the proleptic Gregorian calendar', () => {
      expect(parseDate('2000-02-29', utc).precision).to.equal('day');
      expect(parseDate('0000-02-29', utc).precision).to.equal('day');
      expectParseError('1900-02-29');
      expectParseError('2025-02-29');
    });

    // Regression: years beyond the range of a JS Date used to parse to NaN instead of throwing.
    it('rejects years a Date cannot hold instead of returning NaN', () => {
      expectParseError('999999');
      expectParseError('+275761-01-01');
      expectParseError('-300000');
      const last = parseDate('275760', utc);
      expect(Number.isFinite(last.end)).to.equal(true);
    });
  });

  describe('rejection', () => {
    it('rejects impossible months and days', () => {
      expect(expectParseError('2025-13').message).to.contain('month');
      expect(expectParseError('2025-00').message).to.contain('month');
      expect(expectParseError('2025-06-00').message).to.contain('day');
      expect(expectParseError('2025-06-31').message).to.contain('day');
      expect(expectParseError('2025-04-31').message).to.contain('day');
      expect(expectParseError('2025-01-32').message).to.contain('day');
    });

    it('rejects impossible times', () => {
      for (const text of [
        '2025-06-12T25:00Z',
        '2025-06-12T24:01Z',
        '2025-06-12T24:00:01Z',
        '2025-06-12T09:60Z',
        '2025-06-12T09:30:61Z',
      ]) {
        expect(expectParseError(text).message, text).to.contain('time');
      }
    });

    it('rejects text that is not ISO 8601', () => {
      for (const text of [
        'June 2025',
        '2025/06/12',
        '12-06-2025',
        '2025-6-12',
        '25',
        '2025-06-12T9:30Z',
        '2025-06-12T09',
        '2025-06-12T09:30+2:00',
        'yesterday',
        '2025-06-12T09:30Zextra',
      ]) {
        expectParseError(text);
      }
    });

    it('rejects missing values and other types with a readable message', () => {
      expect(expectParseError(undefined).message).to.equal('is missing');
      expect(expectParseError(null).message).to.equal('is missing');
      expect(expectParseError('').message).to.equal('is missing');
      expect(expectParseError('   ').message).to.equal('is missing');
      expect(expectParseError(true).message).to.contain('boolean');
      expect(expectParseError({}).message).to.contain('object');
      expect(expectParseError(['2025']).message).to.contain('object');
      expectParseError(Number.NaN);
      expectParseError(Number.POSITIVE_INFINITY);
      expectParseError(9e15);
      expectParseError(new Date(Number.NaN));
    });

    it('truncates long text in the message', () => {
      const error = expectParseError(`x${'9'.repeat(500)}`);
      expect(error.message.length).to.be.below(200);
    });

    it('either parses or throws DateParseError for any string or value (property)', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.stringMatching(
              /^[+-]?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/,
            ),
            fc.stringMatching(/^[+-]?[12]?\d{5}(-\d{2}(-\d{2})?)?$/),
            fc.anything(),
          ),
          offsetMinutes,
          (value, offset) => {
            let date: WallDate;
            try {
              date = parseDate(value, () => offset);
            } catch (error) {
              expect(error).to.be.instanceOf(DateParseError);
              return;
            }
            expect(Number.isFinite(date.start)).to.equal(true);
            expect(Number.isFinite(date.end)).to.equal(true);
            expect(date.start).to.be.at.most(date.end);
            expect(['year', 'month', 'day', 'minute', 'second']).to.include(date.precision);
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
