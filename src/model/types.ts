import type { DateInput, DatePrecision } from './dates.js';

/** What a point, a range or an era is; inferred from `end` when absent. */
export type TimelineEventType = 'point' | 'range' | 'era';

/** The fields of an event, as attributes of `<ai-event>` and as column names. */
export const EVENT_FIELDS = [
  'id',
  'start',
  'end',
  'type',
  'title',
  'description',
  'category',
  'href',
  'source',
  'importance',
] as const;

/** One event as a user gives it, through `events`, the `events` attribute or `src`. */
export interface TimelineEvent {
  /** Stable identifier; derived from start and title when absent. */
  id?: string;
  /** When it happened: ISO 8601 (year, month, day or date-time), epoch milliseconds or a Date. */
  start: DateInput;
  /** When it ended; makes the event a range. */
  end?: DateInput;
  /** `point`, `range` or `era` (a background band); inferred when absent. */
  type?: TimelineEventType;
  /** Plain-text title (required). */
  title: string;
  /** Plain-text description, shown in the detail panel. */
  description?: string;
  /** Category key: events of one category share a colour and a legend entry. */
  category?: string;
  /** Link to the source (http, https, mailto or relative). */
  href?: string;
  /** Name of the source, used as the link text. */
  source?: string;
  /** 1 (minor) to 5 (major), default 3: more important events keep their labels when crowded. */
  importance?: number;
}

/** How a category is shown: its legend label and, optionally, a CSS colour. */
export interface CategoryStyle {
  label?: string;
  color?: string;
}

/** Category keys mapped to how they are shown; the key order sets the legend order. */
export type CategoryMap = Record<string, CategoryStyle>;

/** A row that could not be shown as given. */
export interface TimelineError {
  /** Index of the row in the input, or -1 when the whole input failed (bad JSON, failed `src`). */
  index: number;
  id?: string;
  /** The field at fault (`start`, `title`, …), or `events` / `src` for a whole input. */
  field: string;
  value?: unknown;
  /** A sentence a person understands. */
  message: string;
  /** `true`: the row is not shown. `false`: it is shown after the correction the message names. */
  rejected: boolean;
}

/** An event after validation: what layout and rendering work on. */
export interface NormalizedEvent {
  readonly id: string;
  /** Position in the input; also the tie-breaker that keeps ordering stable. */
  readonly index: number;
  readonly type: TimelineEventType;
  readonly title: string;
  readonly description: string;
  readonly category: string | null;
  /** A safe link (http, https, mailto or relative), or null. */
  readonly href: string | null;
  readonly source: string | null;
  readonly importance: number;
  /** Wall-clock milliseconds (see model/dates.ts). */
  readonly start: number;
  /** Exclusive end; for a point, the end of its precision period. */
  readonly end: number;
  /** Where a point sits: the middle of its period (a "June 2025" event sits mid-June). */
  readonly anchor: number;
  readonly startPrecision: DatePrecision;
  readonly endPrecision: DatePrecision | null;
  /** The original row, for consumers of events such as `ai-timeline-select`. */
  readonly input: TimelineEvent;
}
