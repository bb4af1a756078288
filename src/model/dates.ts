/**
 * Dates on the timeline.
 *
 * Everything is placed on one axis of *wall-clock* milliseconds: the number a UTC clock would show
 * if it read what the viewer's calendar and clock read. A calendar day such as "2025-06-12" is
 * therefore midnight UTC of that day for every viewer, so it never drifts to the 11th or the 13th
 * in a far-away time zone; an instant such as "2025-06-12T09:30:00Z" is shifted by the viewer's
 * offset at that instant, so it reads as the viewer's local time. The axis and every formatter then
 * work in UTC, which keeps them free of daylight-saving gaps.
 */

/** How precisely a date was given; the precision given is the precision shown. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** A parsed date: wall-clock milliseconds and the period its precision covers. */
export interface WallDate {
  /** Start of the period, in wall-clock milliseconds (see the module comment). */
  readonly start: number;
  /** End of the period (exclusive); equal to `start` for minute and second precision. */
  readonly end: number;
  readonly precision: DatePrecision;
}

/** A value accepted wherever the element takes a date. */
export type DateInput = string | number | Date;

/** Returns the viewer's offset from UTC, in minutes east, at a given instant. */
export type OffsetAt = (instantMs: number) => number;

/** The browser's own time zone. */
export const localOffsetAt: OffsetAt = (instantMs) => -new Date(instantMs).getTimezoneOffset();

const MINUTE = 60_000;

/** Date.UTC without its two-digit-year quirk (years 0–99 would map to 1900–1999). */
export function utcMs(
  year: number,
  monthIndex = 0,
  day = 1,
  hours = 0,
  minutes = 0,
  seconds = 0,
  ms = 0,
): number {
  // The Gregorian calendar repeats every 400 years: build a two-digit year 400 years later and
  // move it back, so overflowing months, days and hours still carry into the next year.
  const twoDigit = year >= 0 && year < 100;
  if (!twoDigit) return Date.UTC(year, monthIndex, day, hours, minutes, seconds, ms);
  const date = new Date(Date.UTC(year + 400, monthIndex, day, hours, minutes, seconds, ms));
  date.setUTCFullYear(date.getUTCFullYear() - 400);
  return date.getTime();
}

/** Converts an instant to wall-clock milliseconds in the zone given by `offsetAt`. */
export function instantToWall(instantMs: number, offsetAt: OffsetAt = localOffsetAt): number {
  return instantMs + offsetAt(instantMs) * MINUTE;
}

/** Converts wall-clock milliseconds back to the instant they name in the zone of `offsetAt`. */
export function wallToInstant(wallMs: number, offsetAt: OffsetAt = localOffsetAt): number {
  // The offset is a function of the instant we are looking for; two passes settle it except in
  // the hour skipped by a daylight-saving change, where any nearby instant is acceptable.
  let instant = wallMs - offsetAt(wallMs) * MINUTE;
  instant = wallMs - offsetAt(instant) * MINUTE;
  return instant;
}

const ISO_DATE =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month of the proleptic Gregorian calendar (the one Date uses). */
function daysInMonth(year: number, monthIndex: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthIndex === 1 && leap ? 29 : MONTH_DAYS[monthIndex]!;
}

/** The exclusive end of the period that starts at `start` (the same instant for times). */
export function endOfPeriod(start: number, precision: DatePrecision): number {
  const d = new Date(start);
  const year = d.getUTCFullYear();
  switch (precision) {
    case 'year':
      return utcMs(year + 1, 0, 1);
    case 'month':
      return utcMs(year, d.getUTCMonth() + 1, 1);
    case 'day':
      return utcMs(year, d.getUTCMonth(), d.getUTCDate() + 1);
    default:
      return start;
  }
}

/** A reason a value is not a date, worded for the person who wrote the data. */
export class DateParseError extends Error {}

/**
 * Parses an ISO 8601 string (year, month, day or date-time precision, with an optional offset),
 * an epoch-milliseconds number or a Date. Throws DateParseError with a readable message.
 */
export function parseDate(value: unknown, offsetAt: OffsetAt = localOffsetAt): WallDate {
  if (value instanceof Date) return fromInstant(value.getTime(), offsetAt);
  if (typeof value === 'number') return fromInstant(value, offsetAt);
  if (typeof value !== 'string') {
    throw new DateParseError(
      value === undefined || value === null || value === ''
        ? 'is missing'
        : `must be an ISO 8601 date, a number of milliseconds or a Date, not ${typeof value}`,
    );
  }
  const text = value.trim();
  if (text === '') throw new DateParseError('is missing');
  const common = parseCommonIso(text, offsetAt);
  if (common) return common;
  const match = ISO_DATE.exec(text);
  if (!match) {
    throw new DateParseError(
      `"${truncate(text)}" is not an ISO 8601 date such as 2025, 2025-06, 2025-06-12 or 2025-06-12T09:30Z`,
    );
  }
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const monthIndex = mo === undefined ? 0 : Number(mo) - 1;
  if (monthIndex < 0 || monthIndex > 11) throw new DateParseError(`"${text}" has no month ${mo}`);
  const day = d === undefined ? 1 : Number(d);
  if (day < 1 || day > daysInMonth(year, monthIndex)) {
    throw new DateParseError(`"${text}" has no day ${d} in that month`);
  }
  if (h === undefined) {
    const precision: DatePrecision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
    const start = utcMs(year, monthIndex, day);
    return inRange({ start, end: endOfPeriod(start, precision), precision }, text);
  }
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 24 || minutes > 59 || seconds > 60 || (hours === 24 && minutes + seconds > 0)) {
    throw new DateParseError(`"${text}" has no time ${h}:${mi}${s ? `:${s}` : ''}`);
  }
  const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  const wallAsGiven = utcMs(year, monthIndex, day, hours, minutes, seconds, ms);
  const precision: DatePrecision =
    s !== undefined && (seconds !== 0 || ms !== 0) ? 'second' : 'minute';
  if (zone === undefined) {
    // No offset: a floating local time, read on the viewer's own clock.
    return inRange({ start: wallAsGiven, end: wallAsGiven, precision }, text);
  }
  const instant = wallAsGiven - zoneOffsetMinutes(zone) * MINUTE;
  const wall = instantToWall(instant, offsetAt);
  return inRange({ start: wall, end: wall, precision }, text);
}

/**
 * The shapes most data has, "2025-06-12", "2025-06-12T09:30Z" and "2025-06-12T09:30:05Z", read
 * without the regular expression (files of 100,000 rows spend their time here). Anything else,
 * or anything out of range, is left to the full parser (null), which also words the errors.
 */
function parseCommonIso(text: string, offsetAt: OffsetAt): WallDate | null {
  const n = text.length;
  if ((n !== 10 && n !== 17 && n !== 20) || text[4] !== '-' || text[7] !== '-') return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) {
    return null;
  }
  if (n === 10) {
    const start = utcMs(year, month - 1, day);
    return { start, end: endOfPeriod(start, 'day'), precision: 'day' };
  }
  if (text[10] !== 'T' || text[13] !== ':' || text[n - 1] !== 'Z') return null;
  if (n === 20 && text[16] !== ':') return null;
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = n === 20 ? digits(text, 17, 2) : 0;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
    return null;
  }
  const wall = instantToWall(utcMs(year, month - 1, day, hours, minutes, seconds), offsetAt);
  return { start: wall, end: wall, precision: seconds !== 0 ? 'second' : 'minute' };
}

/** The decimal number in text[from, from + count), or -1 when one of them is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** JavaScript dates end about 271,821 years either side of 1970; beyond that there is no date. */
const LAST_MS = 8.64e15;
function inRange(date: WallDate, text: string): WallDate {
  if (!Number.isFinite(date.start)) {
    throw new DateParseError(
      `"${truncate(text)}" is outside the range of dates a browser can show`,
    );
  }
  // A period running past the last date a browser can hold ends there.
  return Number.isFinite(date.end) ? date : { ...date, end: LAST_MS };
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  return sign * (hours * 60 + minutes);
}

function fromInstant(instantMs: number, offsetAt: OffsetAt): WallDate {
  if (!Number.isFinite(instantMs) || Math.abs(instantMs) > 8.64e15) {
    throw new DateParseError('is not a valid date');
  }
  const wall = instantToWall(instantMs, offsetAt);
  // A Date built for a calendar day (local midnight) is meant as that day, not as 00:00.
  if (wall % 86_400_000 === 0)
    return inRange(
      { start: wall, end: endOfPeriod(wall, 'day'), precision: 'day' },
      String(instantMs),
    );
  const precision: DatePrecision = wall % MINUTE === 0 ? 'minute' : 'second';
  return { start: wall, end: wall, precision };
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Durations used for zoom limits and margins. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
