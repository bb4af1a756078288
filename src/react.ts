/**
 * `ai-timeline/react`: `<AiTimeline>` for React, made with @lit/react.
 *
 * Properties (`events`, `categories`, `heading`, …) are set on the element, and its events are
 * the props `onSelect`, `onRangeChange`, `onLoad`, `onError` and `onViewChange`. Importing this module defines
 * `<ai-timeline>` and adds its JSX types (see `ai-timeline/jsx`). React is an optional peer
 * dependency: only this entry point imports it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';

import { AiTimeline as AiTimelineElement } from './ai-timeline.js';
import type { AiTimelineEventMap } from './events.js';
import './define.js';
import './jsx.js';

export const AiTimeline = createComponent({
  tagName: 'ai-timeline',
  elementClass: AiTimelineElement,
  react: React,
  events: {
    onSelect: 'ai-timeline-select' as EventName<AiTimelineEventMap['ai-timeline-select']>,
    onRangeChange: 'ai-timeline-rangechange' as EventName<
      AiTimelineEventMap['ai-timeline-rangechange']
    >,
    onLoad: 'ai-timeline-load' as EventName<AiTimelineEventMap['ai-timeline-load']>,
    onError: 'ai-timeline-error' as EventName<AiTimelineEventMap['ai-timeline-error']>,
    onViewChange: 'ai-timeline-viewchange' as EventName<
      AiTimelineEventMap['ai-timeline-viewchange']
    >,
  },
  displayName: 'AiTimeline',
});

/** Props of `<AiTimeline>`. */
export type AiTimelineProps = React.ComponentProps<typeof AiTimeline>;

export type { AiTimelineElement };
export type {
  AiTimelineEventMap,
  TimelineSelectDetail,
  TimelineRangeChangeDetail,
  TimelineLoadDetail,
  TimelineErrorDetail,
  TimelineView,
  TimelineViewChangeDetail,
} from './events.js';
export type { TimelineEvent, CategoryMap } from './model/types.js';
