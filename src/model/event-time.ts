import type { NormalizedEvent } from './types.js';

/**
 * Where an event's mark starts on the time axis, in wall-clock milliseconds: a point's anchor
 * (the middle of its period, where its dot sits), else the start of its span. Binning, centring
 * and zooming on an event all go by it, so that they agree with what is drawn.
 */
export function markStart(event: Pick<NormalizedEvent, 'type' | 'anchor' | 'start'>): number {
  return event.type === 'point' ? event.anchor : event.start;
}
