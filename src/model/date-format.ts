import { utcFormat, utcParse } from 'd3-time-format';
import {
  DateParseError,
  endOfPeriod,
  instantToWall,
  localOffsetAt,
  parseDate,
  utcMs,
  type DatePrecision,
  type OffsetAt,
} from './dates.js';
import type { DateParser } from './normalize.js';

/** The finest field a D3 time-format specifier names, which is the precision of what it reads. */
export function specifierPrecision(specifier: string): DatePrecision {
  const directives = [...specifier.matchAll(/%[-_0]?([a-zA-Z%])/g)].map((m) => m[1]!);
  const has = (letters: string): boolean => directives.some((d) => letters.includes(d));
  if (has('SLfQsc')) return 'second';
  if (has('HIMXp')) return 'minute';
  if (has('dejaAxUWVuwDF')) return 'day';
  if (has('mbBq')) return 'month';
  return 'year';
}

/**
 * A date parser for a D3 time-format specifier (`"%b %d %Y"` reads `"Jun 12 1998"`). Values are
 * read as text in that format, numbers included (`1565` with `"%Y"` is the year 1565); a sign
 * before the year reads a year before 1 CE (`"-44"` with `"%Y"` is year -44, which is 45 BC).
 * What does not fit the format is read as ISO 8601, then rejected with a readable message.
 *
 * Dates land on the wall-clock axis of model/dates.ts: a date without a zone is that calendar
 * day (or clock time) everywhere; `%Z`, `%s` and `%Q` name instants.
 */
export function formatDateParser(
  specifier: string,
  offsetAt: OffsetAt = localOffsetAt,
): DateParser {
  const parse = utcParse(specifier);
  const format = utcFormat(specifier);
  const precision = specifierPrecision(specifier);
  const instant = /%[-_0]?[ZsQ]/.test(specifier);
  const checkable = !instant && !/%[-_0]?[cxXyGgpaAjUWVuw]/.test(specifier);

  const read = (text: string): number | null => {
    const negative = /^-\d/.test(text) && /%[-_0]?Y/.test(specifier);
    const date = parse(negative ? text.slice(1) : text);
    if (!date || Number.isNaN(date.getTime())) return null;
    // D3 rolls 30 February over into March: a date that does not print back as given is wrong.
    if (checkable && loose(format(date)) !== loose(negative ? text.slice(1) : text)) return null;
    if (instant) return instantToWall(date.getTime(), offsetAt);
    if (!negative) return date.getTime();
    return utcMs(
      -date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    );
  };

  return (value) => {
    if (value instanceof Date) return parseDate(value, offsetAt);
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== 'string' || text.trim() === '') return parseDate(text, offsetAt);
    const start = read(text.trim());
    if (start !== null && Number.isFinite(start) && Math.abs(start) <= 8.64e15) {
      const end = endOfPeriod(start, precision);
      return { start, end: Number.isFinite(end) ? end : 8.64e15, precision };
    }
    try {
      return parseDate(text, offsetAt);
    } catch {
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      throw new DateParseError(`"${shown}" does not match the date format "${specifier}"`);
    }
  };
}

/** Compares a date as printed with the text given, ignoring case, zero padding and spacing. */
function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(^|\D)0+(?=\d)/g, '$1')
    .trim();
}
