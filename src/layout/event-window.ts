import { DAY_MS, HOUR_MS } from '../model/dates.js';
import type { NormalizedEvent } from '../model/types.js';

/**
 * The window that shows an event well, in wall-clock milliseconds: a range or era whole, with a
 * margin; a point with room around it, enough for its nearest neighbour to stand apart (at most
 * 45 days either side, at least 12 hours) and its period (a month, a year) to show.
 */
export function eventWindow(
  event: NormalizedEvent,
  events: readonly NormalizedEvent[],
): [number, number] {
  if (event.type !== 'point') {
    const margin = Math.max((event.end - event.start) * 0.2, HOUR_MS);
    return [event.start - margin, event.end + margin];
  }
  let gap = Infinity;
  for (const other of events) {
    if (other.type !== 'point') continue;
    const d = Math.abs(other.anchor - event.anchor);
    if (d > 0 && d < gap) gap = d;
  }
  const half = Math.max(
    (event.end - event.start) * 1.5,
    Math.min(gap * 3, 45 * DAY_MS),
    12 * HOUR_MS,
  );
  return [event.anchor - half, event.anchor + half];
}

/**
 * Where to move the view `[d0, d1]` to bring an event into it, or null when it is well inside
 * already. Zoomed out too far to tell the event apart (more than 1.5 × its window), or too far in
 * to see all of a range: its window. Otherwise the same span, centred on it, unless it already
 * sits in the middle 70% of the view.
 */
export function revealWindow(
  event: NormalizedEvent,
  events: readonly NormalizedEvent[],
  [d0, d1]: readonly [number, number],
): [number, number] | null {
  const [w0, w1] = eventWindow(event, events);
  const span = d1 - d0;
  if (span > (w1 - w0) * 1.5 || (event.type !== 'point' && span < w1 - w0)) return [w0, w1];
  const at = event.type === 'point' ? event.anchor : (event.start + event.end) / 2;
  if (at >= d0 + span * 0.15 && at <= d1 - span * 0.15) return null;
  return [at - span / 2, at + span / 2];
}
