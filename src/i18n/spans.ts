import { DAY_MS } from '../model/dates.js';
import { formatRange } from './format.js';

/** Caches of formatted text stay this small: a page shows a few locales and a few spans at a time. */
const MOST_REMEMBERED = 2000;

/** Remembers `make(key)`; starts afresh past the cap (a pan or zoom reuses what it just made). */
function remembered(cache: Map<string, string>, key: string, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = make();
    if (cache.size >= MOST_REMEMBERED) cache.clear();
    cache.set(key, text);
  }
  return text;
}

const countFormats = new Map<string, Intl.NumberFormat>();

/** A count in the reader's locale; compact ("1.2K") inside small marks. */
export function formatCount(count: number, locale: string, compact = true): string {
  const key = `${locale}|${compact}`;
  let format = countFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {});
    if (countFormats.size >= 64) countFormats.clear();
    countFormats.set(key, format);
  }
  return format.format(count);
}

/** The visible window at the precision its length calls for: "1 – 30 June 2025", "2019 – 2024". */
export function viewSpan(d0: number, d1: number, locale: string): string {
  const days = (d1 - d0) / DAY_MS;
  const precision = days > 1500 ? 'year' : days > 90 ? 'month' : days > 3 ? 'day' : 'minute';
  // The window ends where the next day (month, year) starts: show the last one it holds.
  return formatRange(d0, precision, precision === 'minute' ? d1 : d1 - 1, precision, locale);
}

const spanTexts = new Map<string, string>();

/**
 * When a group of events happened, as precisely as its span calls for: "3–28 June 2025",
 * "March – June 2025", "2015 – 2017". Coarse spans repeat while zooming, so they are remembered.
 */
export function groupSpan(start: number, end: number, locale: string): string {
  const days = (end - start) / DAY_MS;
  const precision = days > 730 ? 'year' : days > 62 ? 'month' : 'day';
  const last = Math.max(start, end - 1);
  const key = `${locale}|${precision}|${floorTo(start, precision)}|${floorTo(last, precision)}`;
  return remembered(spanTexts, key, () => formatRange(start, precision, last, precision, locale));
}

/** The start of the day, month or year holding wall-clock `ms`, as a cache key. */
function floorTo(ms: number, precision: 'day' | 'month' | 'year'): number {
  if (precision === 'day') return Math.floor(ms / DAY_MS);
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + (precision === 'month' ? date.getUTCMonth() : 0);
}
