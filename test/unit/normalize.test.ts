import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DAY_MS, type OffsetAt } from '../../src/model/dates.js';
import { normalizeEvents, safeHref } from '../../src/model/normalize.js';
import type { NormalizedEvent, TimelineError } from '../../src/model/types.js';

const utc: OffsetAt = () => 0;
const offsetMinutes = fc.integer({ min: -12 * 60, max: 14 * 60 });

function normalize(rows: readonly unknown[], offsetAt: OffsetAt = utc) {
  return normalizeEvents(rows, offsetAt);
}

function only<T>(items: readonly T[]): T {
  expect(items).to.have.length(1);
  return items[0]!;
}

function errorsFor(errors: readonly TimelineError[], field: string): TimelineError[] {
  return errors.filter((e) => e.field === field);
}

/** Checks the accounting promise: every row is accepted once or rejected once, by its index. */
function expectAccounted(
  rows: readonly unknown[],
  events: readonly NormalizedEvent[],
  errors: readonly TimelineError[],
): void {
  const rejected = errors.filter((e) => e.rejected);
  expect(events.length + rejected.length).to.equal(rows.length);
  const seen = new Array<number>(rows.length).fill(0);
  for (const event of events) seen[event.index] = (seen[event.index] ?? 0) + 1;
  for (const error of rejected) seen[error.index] = (seen[error.index] ?? 0) + 1;
  expect(seen).to.deep.equal(new Array<number>(rows.length).fill(1));
  for (const error of errors) {
    expect(error.index).to.be.within(0, rows.length - 1);
    expect(error.message).to.be.a('string').and.not.equal('');
    expect(error.field).to.be.a('string').and.not.equal('');
  }
}

describe('normalizeEvents', () => {
  describe('accepted rows', () => {
    it('turns a full row into an event', () => {
      const row = {
        id: 'launch',
        start: '2025-06-12',
        title: '  Launch  ',
        description: ' The launch. ',
        category: 'space',
        href: 'https://example.com/launch',
        source: 'Example',
        importance: 4,
      };
      const { events, errors } = normalize([row]);
      expect(errors).to.deep.equal([]);
      const event = only(events);
      expect(event).to.deep.include({
        id: 'launch',
        index: 0,
        type: 'point',
        title: 'Launch',
        description: 'The launch.',
        category: 'space',
        href: 'https://example.com/launch',
        source: 'Example',
        importance: 4,
        start: Date.UTC(2025, 5, 12),
        end: Date.UTC(2025, 5, 13),
        startPrecision: 'day',
        endPrecision: null,
      });
      expect(event.input).to.equal(row);
    });

    it('fills defaults for optional fields', () => {
      const event = only(normalize([{ start: '2025', title: 'T' }]).events);
      expect(event.description).to.equal('');
      expect(event.category).to.equal(null);
      expect(event.href).to.equal(null);
      expect(event.source).to.equal(null);
      expect(event.importance).to.equal(3);
      expect(event.type).to.equal('point');
    });

    it('accepts numbers as titles and ids', () => {
      const event = only(normalize([{ id: 7, start: '2025', title: 1969 }]).events);
      expect(event.title).to.equal('1969');
      expect(event.id).to.equal('7');
    });

    it('makes a range from start and end, ending at the end of the end period', () => {
      const event = only(normalize([{ start: '2025-04-05', end: '2025-06', title: 'R' }]).events);
      expect(event.type).to.equal('range');
      expect(event.start).to.equal(Date.UTC(2025, 3, 5));
      expect(event.end).to.equal(Date.UTC(2025, 6, 1));
      expect(event.startPrecision).to.equal('day');
      expect(event.endPrecision).to.equal('month');
      expect(event.anchor).to.equal(event.start);
    });

    it('keeps an era as an era', () => {
      const event = only(
        normalize([{ start: '1939', end: '1945', type: 'era', title: 'WWII' }]).events,
      );
      expect(event.type).to.equal('era');
      expect(event.end).to.equal(Date.UTC(1946, 0, 1));
    });

    it('treats an empty or null end as no end', () => {
      const { events, errors } = normalize([
        { start: '2025', end: '', title: 'A' },
        { start: '2025', end: null, title: 'B' },
      ]);
      expect(events.map((e) => e.type)).to.deep.equal(['point', 'point']);
      expect(errors).to.deep.equal([]);
    });

    it('anchors a point in the middle of its period', () => {
      const [year, month, day, minute] = normalize([
        { start: '2025', title: 'year' },
        { start: '2025-06', title: 'month' },
        { start: '2025-06-12', title: 'day' },
        { start: '2025-06-12T09:30Z', title: 'minute' },
      ]).events;
      expect(year!.anchor).to.equal((Date.UTC(2025, 0, 1) + Date.UTC(2026, 0, 1)) / 2);
      expect(month!.anchor).to.equal(Date.UTC(2025, 5, 16)); // 1 June + 15 of 30 days
      expect(day!.anchor).to.equal(Date.UTC(2025, 5, 12, 12));
      expect(minute!.anchor).to.equal(Date.UTC(2025, 5, 12, 9, 30));
      expect(minute!.end).to.equal(minute!.start);
    });

    it('sorts events by start, then by input order', () => {
      const { events } = normalize([
        { start: '2025-03', title: 'c' },
        { start: '2024', title: 'a' },
        { start: '2025-03', title: 'd' },
        { start: '2024-06', title: 'b' },
        { start: '2025-03-01', title: 'e' },
      ]);
      expect(events.map((e) => e.title)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(events.map((e) => e.index)).to.deep.equal([1, 3, 0, 2, 4]);
    });

    it('keeps a date-only start on its calendar day in every zone, and shifts instants', () => {
      for (const offset of [14 * 60, -11 * 60, 0]) {
        const [day, instant] = normalize(
          [
            { start: '2025-06-12', title: 'day' },
            { start: '2025-06-12T09:30:00Z', title: 'instant' },
          ],
          () => offset,
        )
          .events.slice()
          .sort((a, b) => a.index - b.index);
        expect(day!.start).to.equal(Date.UTC(2025, 5, 12));
        expect(instant!.start).to.equal(Date.UTC(2025, 5, 12, 9, 30) + offset * 60_000);
      }
    });
  });

  describe('rejected rows', () => {
    it('rejects rows that are not objects', () => {
      const rows = [null, undefined, 42, 'text', [], ['2025', 'title'], true];
      const { events, errors } = normalize(rows);
      expect(events).to.deep.equal([]);
      expect(errors.map((e) => [e.index, e.field, e.rejected])).to.deep.equal(
        rows.map((_, i) => [i, 'event', true]),
      );
    });

    it('rejects a row without a title, naming the field', () => {
      for (const title of [undefined, null, '', '   ', {}, [], Number.NaN, true]) {
        const { events, errors } = normalize([{ start: '2025', title }]);
        expect(events, String(title)).to.deep.equal([]);
        const error = only(errors);
        expect(error).to.deep.include({ index: 0, field: 'title', rejected: true });
      }
    });

    it('rejects a row without a valid start, naming the field and the reason', () => {
      for (const start of [undefined, null, '', 'soon', '2025-13', '2025-02-30', {}, Number.NaN]) {
        const { events, errors } = normalize([{ id: 'x', start, title: 'T' }]);
        expect(events, String(start)).to.deep.equal([]);
        const error = only(errors);
        expect(error).to.deep.include({ index: 0, field: 'start', rejected: true, id: 'x' });
        expect(error.message).to.contain('"x"');
      }
      const missing = only(normalize([{ title: 'T' }]).errors);
      expect(missing.message).to.contain('missing');
      expect(missing.message).to.contain('Row 0');
    });

    it('reports each rejected row once, with its index, among accepted rows', () => {
      const rows = [
        { start: '2025', title: 'ok' },
        { title: 'no start' },
        'junk',
        { start: '2025-02-30', title: 'bad day' },
        { start: '2026', title: 'ok too', importance: 9 },
        { start: '2026' },
      ];
      const { events, errors } = normalize(rows);
      expectAccounted(rows, events, errors);
      expect(errors.filter((e) => e.rejected).map((e) => [e.index, e.field])).to.deep.equal([
        [1, 'start'],
        [2, 'event'],
        [3, 'start'],
        [5, 'title'],
      ]);
    });
  });

  describe('corrections', () => {
    it('swaps an end before the start and reports it', () => {
      const { events, errors } = normalize([
        { id: 'r', start: '2025-06-01', end: '2025-01-15', title: 'R' },
      ]);
      const event = only(events);
      expect(event.type).to.equal('range');
      expect(event.start).to.equal(Date.UTC(2025, 0, 15));
      expect(event.end).to.equal(Date.UTC(2025, 5, 2));
      expect(only(errors)).to.deep.include({
        index: 0,
        field: 'end',
        rejected: false,
        id: 'r',
        value: '2025-01-15',
      });
    });

    it('does not swap an end inside the start period', () => {
      const { events, errors } = normalize([{ start: '2025-06-15', end: '2025-06', title: 'R' }]);
      expect(errors).to.deep.equal([]);
      expect(only(events).end).to.equal(Date.UTC(2025, 6, 1));
    });

    it('shows a row with an invalid end as a point and reports it', () => {
      const { events, errors } = normalize([{ start: '2025', end: 'later', title: 'P' }]);
      expect(only(events).type).to.equal('point');
      expect(only(errors)).to.deep.include({ field: 'end', rejected: false, value: 'later' });
    });

    it('infers the type when it is unknown, and reports it', () => {
      const { events, errors } = normalize([
        { start: '2025', title: 'A', type: 'milestone' },
        { start: '2025', end: '2026', title: 'B', type: 'RANGE' },
        { start: '2025', title: 'C', type: 3 },
      ]);
      const byIndex = [...events].sort((a, b) => a.index - b.index);
      expect(byIndex.map((e) => e.type)).to.deep.equal(['point', 'range', 'point']);
      expect(errors.map((e) => [e.index, e.field, e.rejected])).to.deep.equal([
        [0, 'type', false],
        [1, 'type', false],
        [2, 'type', false],
      ]);
      expect(errors[0]!.message).to.contain('milestone');
    });

    it('shows a range or era without an end as a point, and reports it', () => {
      const { events, errors } = normalize([
        { start: '2025', title: 'A', type: 'range' },
        { start: '2025', title: 'B', type: 'era' },
      ]);
      expect(events.map((e) => e.type)).to.deep.equal(['point', 'point']);
      expect(errors.map((e) => e.field)).to.deep.equal(['type', 'type']);
    });

    // Regression: a row with type "point" and an end used to crash normalizeEvents.
    it('ignores the end of a point, reports it, and does not throw', () => {
      const { events, errors } = normalize([
        { start: '2025-03', end: '2025-06', title: 'P', type: 'point' },
      ]);
      const event = only(events);
      expect(event.type).to.equal('point');
      expect(event.start).to.equal(Date.UTC(2025, 2, 1));
      expect(event.end).to.equal(Date.UTC(2025, 3, 1));
      expect(event.endPrecision).to.equal(null);
      expect(only(errors)).to.deep.include({ field: 'end', rejected: false });
    });

    // Regression: ends were swapped before the type was looked at, moving such a point to its end.
    it('keeps a point at its start even when its ignored end is earlier', () => {
      const event = only(
        normalize([{ start: '2025-06-01', end: '2025-01-01', title: 'P', type: 'point' }]).events,
      );
      expect(event.start).to.equal(Date.UTC(2025, 5, 1));
    });

    // Regression: December periods used to end on January 1st of the same year (utcMs), which
    // anchored a "2025-12" point in mid-2025 and swapped the ends of a range ending in December.
    it('places December events in December', () => {
      const { events, errors } = normalize([
        { start: '2025-12', title: 'December' },
        { start: '2025-10-01', end: '2025-12', title: 'Autumn' },
      ]);
      expect(errors).to.deep.equal([]);
      const december = events.find((e) => e.title === 'December')!;
      expect(new Date(december.anchor).getUTCMonth()).to.equal(11);
      expect(december.end).to.equal(Date.UTC(2026, 0, 1));
      const autumn = events.find((e) => e.title === 'Autumn')!;
      expect(autumn.start).to.equal(Date.UTC(2025, 9, 1));
      expect(autumn.end).to.equal(Date.UTC(2026, 0, 1));
    });

    it('clamps importance to 1..5 and reports it', () => {
      const cases: [unknown, number, boolean][] = [
        [1, 1, false],
        [5, 5, false],
        ['4', 4, false],
        [0, 1, true],
        [-3, 1, true],
        [9, 5, true],
        [1e9, 5, true],
        [2.4, 2, true],
        [2.6, 3, true],
        ['high', 3, true],
        [Number.NaN, 3, true],
        [Number.POSITIVE_INFINITY, 3, true],
        [{}, 3, true],
        [null, 3, false],
      ];
      for (const [given, expected, reported] of cases) {
        const { events, errors } = normalize([{ start: '2025', title: 'T', importance: given }]);
        expect(only(events).importance, String(given)).to.equal(expected);
        expect(errorsFor(errors, 'importance').length, String(given)).to.equal(reported ? 1 : 0);
        if (reported) expect(errors[0]).to.deep.include({ rejected: false, value: given });
      }
    });

    // Regression: Number()/String() on a Symbol or a prototype-less object used to throw.
    it('does not throw for values that cannot be converted to a number or string', () => {
      const nullObject: unknown = Object.create(null);
      const rows = [
        { start: '2025', title: 'A', importance: Symbol('x') },
        { start: '2025', title: 'B', importance: nullObject },
        { start: '2025', title: 'C', type: nullObject },
        { start: '2025', title: 'D', type: Symbol('y') },
      ];
      const { events, errors } = normalize(rows);
      expectAccounted(rows, events, errors);
      expect(events).to.have.length(4);
    });
  });

  describe('links', () => {
    it('keeps http, https, mailto and relative links', () => {
      for (const href of [
        'https://example.com/a?b=c#d',
        'http://example.com',
        'HTTPS://EXAMPLE.COM',
        'mailto:someone@example.com',
        '/relative/path',
        'relative/page.html',
        '../up',
        '#anchor',
        '?query=1',
        '//example.com/protocol-relative',
      ]) {
        const { events, errors } = normalize([{ start: '2025', title: 'T', href }]);
        expect(only(events).href, href).to.equal(href);
        expect(errors, href).to.deep.equal([]);
      }
    });

    it('trims a kept link', () => {
      expect(only(normalize([{ start: '2025', title: 'T', href: ' /a ' }]).events).href).to.equal(
        '/a',
      );
    });

    it('drops javascript:, data:, vbscript: and other schemes, including obfuscated ones', () => {
      for (const href of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java\nscript:alert(1)',
        'java\tscript:alert(1)',
        'java\rscript:alert(1)',
        '\u0000javascript:alert(1)',
        'jav\u0001ascript:alert(1)',
        'javascript\u0000:alert(1)',
        '\u0008javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'DATA:text/html;base64,PHNjcmlwdD4=',
        'vbscript:msgbox(1)',
        'VBScript:msgbox(1)',
        'file:///etc/passwd',
        'ftp://example.com',
      ]) {
        const { events, errors } = normalize([{ id: 'x', start: '2025', title: 'T', href }]);
        expect(only(events).href, JSON.stringify(href)).to.equal(null);
        expect(only(errors), JSON.stringify(href)).to.deep.include({
          field: 'href',
          rejected: false,
          value: href,
          id: 'x',
        });
      }
    });

    it('safeHref agrees with the URL parser on which links are javascript: (property)', () => {
      const noise = fc.constantFrom('', ' ', '\n', '\t', '\r', '\u0000', '\u001f', '\u007f');
      const word = fc.constantFrom(
        'javascript',
        'JavaScript',
        'data',
        'vbscript',
        'http',
        'mailto',
      );
      fc.assert(
        fc.property(
          fc.array(fc.oneof(noise, word, fc.constantFrom(':', 'x', '/')), { maxLength: 8 }),
          (parts) => {
            const href = parts.join('');
            const kept = safeHref(href);
            if (kept === null) return;
            expect(kept).to.equal(href);
            // A kept link never resolves to a scheme other than http(s), mailto or the base's.
            let protocol: string;
            try {
              protocol = new URL(href, 'https://base.example/').protocol;
            } catch {
              return; // not a URL at all: a browser would not follow it
            }
            expect(['http:', 'https:', 'mailto:'], JSON.stringify(href)).to.include(protocol);
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  describe('ids', () => {
    it('derives ids that are stable across calls and independent of other rows', () => {
      const a = { start: '2025-06-12', title: 'Launch' };
      const b = { start: '2024', title: 'Other' };
      const first = only(normalize([a]).events).id;
      const again = normalize([b, { start: '1990', title: 'x' }, a]).events.find(
        (e) => e.title === 'Launch',
      )!.id;
      expect(first).to.match(/^e[0-9a-z]+$/);
      expect(again).to.equal(first);
    });

    it('derives distinct ids for different events', () => {
      const { events } = normalize([
        { start: '2025-06-12', title: 'Launch' },
        { start: '2025-06-13', title: 'Launch' },
        { start: '2025-06-12', title: 'Landing' },
        { start: '2025-06', title: 'Launch' },
      ]);
      expect(new Set(events.map((e) => e.id)).size).to.equal(4);
    });

    it('keeps derived ids distinct for identical rows, without reporting them', () => {
      const row = { start: '2025', title: 'Same' };
      const { events, errors } = normalize([row, row, row]);
      const ids = events.map((e) => e.id);
      expect(ids[1]).to.equal(`${ids[0]}-2`);
      expect(ids[2]).to.equal(`${ids[0]}-3`);
      expect(errors).to.deep.equal([]);
    });

    it('renames a duplicate given id with "-2" and reports it', () => {
      const { events, errors } = normalize([
        { id: 'a', start: '2025', title: 'first' },
        { id: 'a', start: '2024', title: 'second' },
        { id: 'a', start: '2026', title: 'third' },
        { id: 'b', start: '2026', title: 'fourth' },
      ]);
      const byIndex = [...events].sort((x, y) => x.index - y.index);
      expect(byIndex.map((e) => e.id)).to.deep.equal(['a', 'a-2', 'a-3', 'b']);
      expect(errors.map((e) => [e.index, e.field, e.rejected, e.value, e.id])).to.deep.equal([
        [1, 'id', false, 'a', 'a-2'],
        [2, 'id', false, 'a', 'a-3'],
      ]);
      expect(errors[0]!.message).to.contain('a-2');
    });

    it('never repeats an id, whatever ids are given (property)', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              id: fc.option(fc.constantFrom('a', 'a-2', 'a-3', 'b', 'b-2', ' a ', 7, '7'), {
                nil: undefined,
              }),
              title: fc.constantFrom('x', 'y'),
              start: fc.constantFrom('2025', '2025-01', '2026'),
            }),
            { maxLength: 25 },
          ),
          (rows) => {
            const { events } = normalize(rows);
            expect(events).to.have.length(rows.length);
            expect(new Set(events.map((e) => e.id)).size).to.equal(events.length);
          },
        ),
        { numRuns: 150 },
      );
    });
  });

  describe('hostile input (property)', () => {
    const nasty = fc.oneof(
      fc.anything(),
      fc.anything({
        withNullPrototype: true,
        withBoxedValues: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withUnicodeString: true,
      }),
      fc.string().map((s) => Symbol(s)),
      fc.constantFrom(
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        -0,
        '',
        '   ',
        'x'.repeat(100_000),
        '2025'.repeat(5_000),
        [],
        [[[]]],
        {},
        { nested: { deeper: ['2025'] } },
        new Date(Number.NaN),
        true,
        null,
      ),
      fc.string({ maxLength: 30 }),
    );
    const dateLike = fc.oneof(
      nasty,
      fc.constantFrom('2025', '2025-06', '2025-06-12', '2025-06-12T09:30Z', '-0044-03-15', '0099'),
      fc.stringMatching(/^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?)?)?$/),
      fc.stringMatching(/^[+-]?\d{6}(-\d{2})?$/),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.date({ noInvalidDate: false }),
    );
    const typeLike = fc.oneof(
      fc.constantFrom('point', 'range', 'era', 'Point', 'bogus', '', 0, null, [], {}),
      fc.string({ maxLength: 8 }),
    );
    const row = fc.oneof(
      nasty,
      fc.record(
        {
          id: fc.oneof(nasty, fc.constantFrom('a', 'a', 'b', 1)),
          title: fc.oneof(nasty, fc.string({ minLength: 1, maxLength: 60 })),
          start: dateLike,
          end: dateLike,
          type: typeLike,
          importance: fc.oneof(nasty, fc.integer({ min: -10, max: 10 }), fc.double()),
          href: fc.oneof(
            nasty,
            fc.constantFrom('https://x.example', 'javascript:alert(1)', ' java\nscript:x', '/a'),
          ),
          description: nasty,
          category: nasty,
          source: nasty,
        },
        { requiredKeys: [] },
      ),
    );

    it('never throws and accounts for every row exactly once', () => {
      fc.assert(
        fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
          const { events, errors } = normalize(rows);
          expectAccounted(rows, events, errors);
          // Every accepted event is well formed.
          const ids = new Set<string>();
          for (const event of events) {
            expect(ids.has(event.id)).to.equal(false);
            ids.add(event.id);
            expect(event.title).to.be.a('string').and.not.equal('');
            expect(event.title).to.equal(event.title.trim());
            expect(['point', 'range', 'era']).to.include(event.type);
            expect(event.importance).to.be.oneOf([1, 2, 3, 4, 5]);
            expect(event.input).to.equal(rows[event.index]);
            expect(Number.isFinite(event.start) && Number.isFinite(event.end)).to.equal(true);
            expect(event.start).to.be.at.most(event.end);
            expect(event.anchor).to.be.within(event.start, event.end);
            if (event.href !== null) expect(safeHref(event.href)).to.equal(event.href);
            if (event.type === 'point') expect(event.endPrecision).to.equal(null);
            else expect(event.endPrecision).to.not.equal(null);
          }
          for (let i = 1; i < events.length; i++) {
            const [a, b] = [events[i - 1]!, events[i]!];
            expect(a.start < b.start || (a.start === b.start && a.index < b.index)).to.equal(true);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('returns well-ordered events for valid dates (property)', () => {
      // Days 1–28, so that every month has them.
      const isoDay = fc
        .record({
          y: fc.integer({ min: 1, max: 2999 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
          precision: fc.constantFrom(4, 7, 10),
        })
        .map(({ y, m, d, precision }) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`.slice(
            0,
            precision,
          ),
        );
      const validRow = fc.record(
        {
          title: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''),
          start: isoDay,
          end: isoDay,
          type: fc.constantFrom('point', 'range', 'era'),
          importance: fc.integer({ min: 1, max: 5 }),
        },
        { requiredKeys: ['title', 'start'] },
      );
      fc.assert(
        fc.property(fc.array(validRow, { maxLength: 30 }), offsetMinutes, (rows, offset) => {
          const { events } = normalize(rows, () => offset);
          expect(events).to.have.length(rows.length);
          for (let i = 0; i < events.length; i++) {
            const event = events[i]!;
            expect(event.start).to.be.at.most(event.end);
            expect(event.anchor).to.be.within(event.start, event.end);
            if (event.type === 'point') {
              expect(event.anchor).to.equal((event.start + event.end) / 2);
              expect(event.end - event.start).to.be.at.least(DAY_MS);
            }
            const previous = events[i - 1];
            if (previous) {
              expect(
                previous.start < event.start ||
                  (previous.start === event.start && previous.index < event.index),
              ).to.equal(true);
            }
          }
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('normalizeEvents error model', () => {
  it('gives every error its value, and corrections the id the event is shown under', () => {
    const rows = [
      { start: '2025', title: 'No id, bad type', type: 'milestone' },
      { id: 'x', start: '2025', end: '2024', title: 'Backwards' },
      { id: 'x', start: '2026', title: 'Duplicate' },
      { title: 'No start' },
      {
        id: 'y',
        start: '2025',
        title: 'Bad link',
        href: 'data:text/html,<script>alert(1)</script>',
      },
    ];
    const { events, errors } = normalizeEvents(rows, () => 0);
    for (const error of errors) expect(error, error.message).to.have.property('value');
    const shownIds = new Map(events.map((e) => [e.index, e.id]));
    for (const error of errors.filter((e) => !e.rejected)) {
      expect(error.id, error.message).to.equal(shownIds.get(error.index));
    }
    expect(errors.find((e) => e.field === 'type')!.id).to.match(/^e[0-9a-z]+$/);
    expect(errors.find((e) => e.field === 'id')).to.deep.include({ id: 'x-2', value: 'x' });
    expect(errors.find((e) => e.field === 'start')).to.deep.include({
      rejected: true,
      value: undefined,
    });
    expect(errors.find((e) => e.field === 'href')).to.deep.include({ id: 'y', rejected: false });
  });

  it('rejects a row whose properties throw when read, and goes on', () => {
    const throwing = {
      start: '2025',
      get title(): string {
        throw new Error('boom');
      },
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const rows = [throwing, proxy, { start: '2025', title: 'fine' }];
    const { events, errors } = normalizeEvents(rows, () => 0);
    expect(events.map((e) => e.title)).to.deep.equal(['fine']);
    expect(errors.map((e) => [e.index, e.field, e.rejected])).to.deep.equal([
      [0, 'event', true],
      [1, 'event', true],
    ]);
    expect(errors[0]!.message).to.equal('Row 0 could not be read, so it is not shown.');
  });

  it('treats empty cells (as CSV gives them) as absent optional fields', () => {
    const { events, errors } = normalizeEvents(
      [{ start: '2025', title: 'T', end: '', type: '', importance: '', href: '' }],
      () => 0,
    );
    expect(errors).to.deep.equal([]);
    expect(events[0]).to.deep.include({ type: 'point', importance: 3, href: null });
  });
});
