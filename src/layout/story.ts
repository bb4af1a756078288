import type { NormalizedEvent } from '../model/types.js';

/**
 * Story mode steps through events in time order: by start, then input order, which is the
 * order normalizeEvents gives them.
 */

/**
 * The event one step from `currentId` in story order (`direction` 1: next, -1: previous), or
 * undefined past either end. With nothing current (or an unknown id), `next` starts at the
 * earliest event and `previous` at the latest.
 */
export function storyStep(
  order: readonly NormalizedEvent[],
  currentId: string | null,
  direction: 1 | -1,
): NormalizedEvent | undefined {
  const at = currentId === null ? -1 : order.findIndex((e) => e.id === currentId);
  if (at < 0) return direction === 1 ? order[0] : order[order.length - 1];
  return order[at + direction];
}

/** Where `id` stands in the story, counting from 1; 0 when it is not there. */
export function storyPosition(order: readonly NormalizedEvent[], id: string | null): number {
  return id === null ? 0 : order.findIndex((e) => e.id === id) + 1;
}
