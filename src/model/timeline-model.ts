import { DAY_MS, HOUR_MS } from './dates.js';
import type { NormalizedEvent } from './types.js';

/** Data as accepted for display, with what is derived from it once per data set. */
export interface TimelineModel {
  events: readonly NormalizedEvent[];
  byId: ReadonlyMap<string, NormalizedEvent>;
  /** The fitted view: all events with a margin, in wall-clock milliseconds. */
  fitDomain: [number, number];
}

/** The model of validated events: lookup by id and the fitted view (the past and next half-year when empty). */
export function buildModel(events: readonly NormalizedEvent[]): TimelineModel {
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    min = Math.min(min, event.start);
    max = Math.max(max, event.end);
  }
  if (!Number.isFinite(min)) {
    const now = Date.now();
    min = now - 180 * DAY_MS;
    max = now + 180 * DAY_MS;
  }
  const span = Math.max(max - min, DAY_MS);
  const margin = Math.max(span * 0.05, 12 * HOUR_MS);
  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    fitDomain: [min - margin, max + margin],
  };
}

/** Where an event sits on the time axis: a point at its anchor, a range or an era at its start. */
export function placedAt(event: NormalizedEvent): number {
  return event.type === 'point' ? event.anchor : event.start;
}

/** Where an event's mark ends on the time axis: a point at its anchor, others at their end. */
export function placedUntil(event: NormalizedEvent): number {
  return event.type === 'point' ? event.anchor : event.end;
}

/** The latest event to start (the last in time order; the first of equals in input order wins last). */
export function lastInTime(events: readonly NormalizedEvent[]): NormalizedEvent | undefined {
  let last: NormalizedEvent | undefined;
  for (const event of events) if (!last || event.start >= last.start) last = event;
  return last;
}

/** The value of an event's field that picks its lane, as text; null when it has none. */
export function laneValue(event: NormalizedEvent, field: string): string | null {
  if (field === 'category') return event.category;
  const value = (event.input as unknown as Record<string, unknown>)[field];
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
