/**
 * `ai-timeline/jsx`: JSX types for writing `<ai-timeline>` directly in React 19, which sets
 * known properties and listens to `on<event-name>` props on custom elements.
 *
 * Opt in with `import 'ai-timeline/jsx';` (or `import type {} from 'ai-timeline/jsx';`) once,
 * anywhere in the program; `ai-timeline/react` includes it. This module has no runtime code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

import type { AiTimeline } from './ai-timeline.js';
import type { AiTimelineEventMap, TimelineOrientation, TimelineView } from './events.js';
import type { CategoryMap, TimelineEvent } from './model/types.js';

/** What `<ai-timeline>` accepts in React 19 JSX. */
export interface AiTimelineJsxProps extends DetailedHTMLProps<
  HTMLAttributes<AiTimeline>,
  AiTimeline
> {
  /** Set as the `events` property: an array, not JSON text. */
  events?: TimelineEvent[];
  src?: string | null;
  locale?: string | null;
  theme?: 'light' | 'dark' | 'auto';
  'view-start'?: string;
  'view-end'?: string;
  selected?: string | null;
  heading?: string | null;
  wheel?: 'page' | 'zoom';
  view?: TimelineView;
  orientation?: TimelineOrientation;
  /** Set as the `categories` property: an object, not JSON text. */
  categories?: CategoryMap;
  class?: string;
  'onai-timeline-select'?: (event: AiTimelineEventMap['ai-timeline-select']) => void;
  'onai-timeline-rangechange'?: (event: AiTimelineEventMap['ai-timeline-rangechange']) => void;
  'onai-timeline-load'?: (event: AiTimelineEventMap['ai-timeline-load']) => void;
  'onai-timeline-error'?: (event: AiTimelineEventMap['ai-timeline-error']) => void;
  'onai-timeline-viewchange'?: (event: AiTimelineEventMap['ai-timeline-viewchange']) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ai-timeline': AiTimelineJsxProps;
    }
  }
}
