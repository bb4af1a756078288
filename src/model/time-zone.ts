import { localOffsetAt, utcMs, type OffsetAt } from './dates.js';

const DAY_MS = 86_400_000;
/** Shared by the page's elements; each zone keeps up to 20,000 days of offsets, so few zones. */
const zones = new Map<string, OffsetAt>();
const MAX_ZONES = 16;

/**
 * The offset from UTC, in minutes, of an IANA time zone (`"Europe/Rome"`, `"UTC"`) at any
 * instant; null for a zone the browser does not know. Without a zone, the reader's own.
 *
 * Intl is asked once per day of the calendar (offsets change at most once a day, on a few days a
 * year); only on a day whose two ends disagree is the instant itself asked.
 */
export function zoneOffsetAt(timeZone: string | null | undefined): OffsetAt | null {
  if (!timeZone) return localOffsetAt;
  const cached = zones.get(timeZone);
  if (cached) return cached;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  const exact = (instant: number): number => {
    const parts: Record<string, string> = {};
    for (const { type, value } of format.formatToParts(new Date(instant))) parts[type] = value;
    // "44 BC" is the astronomical year -43.
    const bc = parts.era === 'BC' || parts.era === 'B';
    const shown = utcMs(
      bc ? 1 - Number(parts.year) : Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    const whole = instant - (((instant % 1000) + 1000) % 1000);
    return Math.round((shown - whole) / 60_000);
  };
  const byDay = new Map<number, number>();
  const atDayStart = (day: number): number => {
    let offset = byDay.get(day);
    if (offset === undefined) {
      offset = exact(day * DAY_MS);
      if (byDay.size > 20_000) byDay.clear();
      byDay.set(day, offset);
    }
    return offset;
  };
  const offsetAt: OffsetAt = (instant) => {
    if (!Number.isFinite(instant)) return 0;
    const day = Math.floor(instant / DAY_MS);
    const start = atDayStart(day);
    return start === atDayStart(day + 1) ? start : exact(instant);
  };
  if (zones.size >= MAX_ZONES) zones.clear();
  zones.set(timeZone, offsetAt);
  return offsetAt;
}

/** Why a `time-zone` cannot be used, or null when it can (or none is given). */
export function unknownZone(timeZone: string | null): string | null {
  return timeZone && !zoneOffsetAt(timeZone)
    ? `time-zone "${timeZone}" is not a time zone this browser knows; times are shown in the reader's own.`
    : null;
}
