import './define.js';

export { AiTimeline } from './ai-timeline.js';
export type {
  AiTimelineEventMap,
  TimelineSelectDetail,
  TimelineRangeChangeDetail,
  TimelineLoadDetail,
  TimelineErrorDetail,
  TimelineDataSource,
  TimelineOrientation,
  TimelineView,
  TimelineViewChangeDetail,
} from './events.js';
export type {
  TimelineEvent,
  TimelineEventType,
  TimelineError,
  CategoryMap,
  CategoryStyle,
} from './model/types.js';
export type { DateInput } from './model/dates.js';
