import type { ReactiveControllerHost } from 'lit';
import {
  timelineEvent,
  type AiTimelineEventMap,
  type TimelineOrientation,
  type TimelineView,
} from '../events.js';
import type { CategoryMap, TimelineEvent } from '../model/types.js';

/**
 * The element's public inputs, as the controllers read them (the element documents each one).
 * `selected` and `view` are written back by the controllers that change them.
 */
export interface TimelineInputs {
  /** Written by the `events` attribute (JSON). */
  events: TimelineEvent[] | undefined;
  readonly src: string | null;
  readonly format: 'json' | 'csv' | null;
  readonly srcTimeout: number;
  readonly fields: Record<string, string | string[]> | null;
  readonly dateFormat: string | null;
  readonly locale: string | null;
  readonly viewStart: string | null;
  readonly viewEnd: string | null;
  selected: string | null;
  readonly heading: string | null;
  readonly wheel: 'page' | 'zoom';
  readonly categories: CategoryMap;
  readonly groupBy: string | null;
  readonly timeZone: string | null;
  readonly overview: 'auto' | 'on' | 'off' | null;
  readonly hash: string | null;
  readonly minSpan: string | null;
  readonly maxSpan: string | null;
  readonly now: string | null;
  readonly controls: string | null;
  readonly orientation: TimelineOrientation;
  view: TimelineView;
}

/** `<ai-timeline>` as its controllers see it: a Lit host with the element's inputs. */
export type TimelineHost = ReactiveControllerHost &
  HTMLElement &
  TimelineInputs & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The one way the element's events leave it: typed, bubbling and composed (see events.ts). */
export function emit<K extends keyof AiTimelineEventMap>(
  host: EventTarget,
  type: K,
  detail: AiTimelineEventMap[K]['detail'],
): void {
  host.dispatchEvent(timelineEvent(type, detail));
}
