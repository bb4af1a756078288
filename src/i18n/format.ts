import type { DatePrecision } from '../model/dates.js';
import type { NormalizedEvent } from '../model/types.js';

/**
 * Formats wall-clock milliseconds (see model/dates.ts) with Intl. Every formatter runs in UTC,
 * because wall-clock milliseconds already hold the viewer's calendar and clock.
 */
const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  second: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
};

/**
 * Shared by every element on the page and keyed by locale, so capped: about 15 formatters per
 * locale (the axis and each precision) leaves room for several locales before it starts again.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 128;

/** A cached Intl.DateTimeFormat in UTC; creating one costs far more than using it. */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

/** Capped like `formatters`: ten per locale (five precisions, with and without an era). */
const byPrecision = new Map<string, Intl.DateTimeFormat>();
/**
 * The formatter for a precision, with an era for years before 1 CE ("44 BC"; Intl shows one only
 * when asked). Looked up without building a key from the options: it runs for every label.
 */
function precisionFormat(locale: string, precision: DatePrecision, wallMs: number) {
  const era = wallMs < YEAR_ONE;
  const key = `${locale}|${precision}|${era}`;
  let format = byPrecision.get(key);
  if (!format) {
    const options = OPTIONS[precision];
    format = dateFormat(locale, era ? { ...options, era: 'short' } : options);
    if (byPrecision.size >= MAX_FORMATTERS) byPrecision.clear();
    byPrecision.set(key, format);
  }
  return format;
}
/** 0001-01-01T00:00Z in milliseconds. */
const YEAR_ONE = -62_135_596_800_000;

/** One date at the precision it was given: "2025", "June 2025", "12 June 2025", "12 Jun 2025, 09:30". */
export function formatDate(wallMs: number, precision: DatePrecision, locale: string): string {
  return precisionFormat(locale, precision, wallMs).format(new Date(wallMs));
}

/** Both ends of a range, sharing what they have in common: "5 April – 30 June 2025". */
export function formatRange(
  startMs: number,
  startPrecision: DatePrecision,
  lastMs: number,
  endPrecision: DatePrecision,
  locale: string,
): string {
  const precision = finer(startPrecision, endPrecision);
  const format = precisionFormat(locale, precision, startMs);
  if (startMs === lastMs) return format.format(new Date(startMs));
  return format.formatRange(new Date(startMs), new Date(lastMs));
}

const ORDER: readonly DatePrecision[] = ['year', 'month', 'day', 'minute', 'second'];
function finer(a: DatePrecision, b: DatePrecision): DatePrecision {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The date of an event as people read it, at the precision given. */
export function formatEventDate(event: NormalizedEvent, locale: string): string {
  if (event.type === 'point' || event.endPrecision === null) {
    return formatDate(event.start, event.startPrecision, locale);
  }
  // `end` is exclusive for calendar precisions; show the last day (or month, or year) included.
  const last =
    event.endPrecision === 'minute' || event.endPrecision === 'second' ? event.end : event.end - 1;
  return formatRange(event.start, event.startPrecision, last, event.endPrecision, locale);
}

/**
 * A multi-scale tick format for a UTC time axis: a year at year boundaries, a month name at month
 * boundaries, a day number at day boundaries, a clock time otherwise.
 */
export function axisTickFormat(locale: string): (date: Date) => string {
  const year = dateFormat(locale, { year: 'numeric' });
  const yearEra = dateFormat(locale, { year: 'numeric', era: 'short' });
  const month = dateFormat(locale, { month: 'short' });
  const day = dateFormat(locale, { month: 'short', day: 'numeric' });
  const time = dateFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const seconds = dateFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (date) => {
    if (date.getUTCSeconds() !== 0 || date.getUTCMilliseconds() !== 0) return seconds.format(date);
    if (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0) return time.format(date);
    if (date.getUTCDate() !== 1) return day.format(date);
    if (date.getUTCMonth() !== 0) return month.format(date);
    return date.getUTCFullYear() < 1 ? yearEra.format(date) : year.format(date);
  };
}

/** Whether a tick falls on a year boundary (drawn stronger on the axis). */
export function isYearTick(date: Date): boolean {
  return (
    date.getUTCMonth() === 0 &&
    date.getUTCDate() === 1 &&
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0
  );
}
