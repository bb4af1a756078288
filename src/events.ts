import type { TimelineError, TimelineEvent } from './model/types.js';

/** Detail of `ai-timeline-select`: the event the user selected, or null when they cleared it. */
export interface TimelineSelectDetail {
  event: TimelineEvent | null;
}

/** Detail of `ai-timeline-rangechange`: the visible window once it settles. */
export interface TimelineRangeChangeDetail {
  start: Date;
  end: Date;
}

/** Where a data set came from: the `events` property or attribute, `src`, or `<ai-event>` children. */
export type TimelineDataSource = 'events' | 'src' | 'children';

/** Detail of `ai-timeline-load`: new data was parsed; `count` events are shown. */
export interface TimelineLoadDetail {
  count: number;
  source: TimelineDataSource;
}

/** Detail of `ai-timeline-error`: rows not shown (`rejected`) or shown after a correction. */
export interface TimelineErrorDetail {
  errors: TimelineError[];
  source: TimelineDataSource;
  /** HTTP status of a failed `src` request, when there was a response. */
  status?: number;
}

/** What the element shows: the plot (`timeline`) or every event as a list (`list`). */
export type TimelineView = 'timeline' | 'list';

/** Which way time runs (see the `orientation` attribute). */
export type TimelineOrientation = 'auto' | 'horizontal' | 'vertical';

/** Detail of `ai-timeline-viewchange`: the reader switched to the timeline or the list view. */
export interface TimelineViewChangeDetail {
  view: TimelineView;
}

export interface AiTimelineEventMap {
  'ai-timeline-select': CustomEvent<TimelineSelectDetail>;
  'ai-timeline-rangechange': CustomEvent<TimelineRangeChangeDetail>;
  'ai-timeline-load': CustomEvent<TimelineLoadDetail>;
  'ai-timeline-error': CustomEvent<TimelineErrorDetail>;
  'ai-timeline-viewchange': CustomEvent<TimelineViewChangeDetail>;
}

/** Creates one of the element's events: all bubble and cross shadow roots. */
export function timelineEvent<K extends keyof AiTimelineEventMap>(
  type: K,
  detail: AiTimelineEventMap[K]['detail'],
): AiTimelineEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as AiTimelineEventMap[K];
}

declare global {
  // Typed addEventListener('ai-timeline-select', e => e.detail.event) on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AiTimelineEventMap {}
}
