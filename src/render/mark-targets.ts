/** The event id of the mark or label at an event's target (its `data-id`), or null. */
export function eventIdAt(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[data-id]') : null;
  return element?.getAttribute('data-id') ?? null;
}

/** The cluster key of the cluster mark at an event's target (its `data-cluster`), or null. */
export function clusterKeyAt(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[data-cluster]') : null;
  return element?.getAttribute('data-cluster') || null;
}
