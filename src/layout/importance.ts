import type { NormalizedEvent } from '../model/types.js';

/** The order in which events claim room: more important first, then earlier, then input order. */
export function byImportance(a: NormalizedEvent, b: NormalizedEvent): number {
  return b.importance - a.importance || a.start - b.start || a.index - b.index;
}

/** The `count` most important of `list[from..to)`, most important first, by looking at each. */
export function mostImportant(
  list: readonly NormalizedEvent[],
  from: number,
  to: number,
  count: number,
): NormalizedEvent[] {
  const top: NormalizedEvent[] = [];
  for (let i = from; i < to; i++) {
    const event = list[i]!;
    if (top.length === count && byImportance(event, top[count - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && byImportance(event, top[at - 1]!) < 0) at--;
    top.splice(at, 0, event);
    if (top.length > count) top.pop();
  }
  return top;
}
