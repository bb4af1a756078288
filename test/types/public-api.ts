// Type test for the main entry point: compiled with tsc, never run.
import {
  AiTimeline,
  type AiTimelineEventMap,
  type CategoryMap,
  type TimelineError,
  type TimelineErrorDetail,
  type TimelineEvent,
  type TimelineLoadDetail,
  type TimelineRangeChangeDetail,
  type TimelineSelectDetail,
  type TimelineOrientation,
  type TimelineView,
  type TimelineViewChangeDetail,
} from 'ai-timeline';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T => true as T;

// HTMLElementTagNameMap knows the tag.
const el = document.querySelector('ai-timeline')!;
assert<Equal<typeof el, AiTimeline>>();
const created = document.createElement('ai-timeline');
assert<Equal<typeof created, AiTimeline>>();

// Events are typed on the element and on any element or document, without casts.
el.addEventListener('ai-timeline-select', (e) => {
  assert<Equal<typeof e.detail, TimelineSelectDetail>>();
  const event: TimelineEvent | null = e.detail.event;
  console.log(event?.title.toUpperCase());
});
document.body.addEventListener('ai-timeline-rangechange', (e) => {
  assert<Equal<typeof e.detail, TimelineRangeChangeDetail>>();
  console.log(e.detail.start.getTime() < e.detail.end.getTime());
});
el.addEventListener('ai-timeline-load', (e) => {
  assert<Equal<typeof e.detail, TimelineLoadDetail>>();
  const count: number = e.detail.count;
  console.log(count, e.detail.source === 'src');
});
el.addEventListener('ai-timeline-error', (e) => {
  assert<Equal<typeof e.detail, TimelineErrorDetail>>();
  const errors: TimelineError[] = e.detail.errors;
  console.log(errors[0]?.message, e.detail.status);
});
el.addEventListener('ai-timeline-viewchange', (e) => {
  assert<Equal<typeof e.detail, TimelineViewChangeDetail>>();
  const view: TimelineView = e.detail.view;
  el.view = view;
});
assert<Equal<AiTimelineEventMap['ai-timeline-select'], CustomEvent<TimelineSelectDetail>>>();

el.addEventListener('ai-timeline-select', (e) => {
  // @ts-expect-error -- the detail has no such field
  console.log(e.detail.nothing);
});

// Properties and methods.
el.events = [{ start: '2025-06-12', title: '49% stake in Scale AI', importance: 5 }];
el.events = [
  { start: new Date(), end: 1_700_000_000_000, title: 'Dates and epoch ms', type: 'range' },
];
// @ts-expect-error -- a title is required
el.events = [{ start: '2025-06-12' }];
// @ts-expect-error -- not an event type
el.events = [{ start: '2025', title: 'x', type: 'milestone' }];
const categories: CategoryMap = { model: { label: 'Models', color: '#06c' } };
el.categories = categories;
el.theme = 'dark';
// @ts-expect-error -- not a theme
el.theme = 'sepia';
el.wheel = 'zoom';
el.selected = 'scale-ai';
el.heading = 'Heading';
el.src = 'events.json';
el.locale = 'it';
el.viewStart = '2025-01';
el.viewEnd = '2025-12';
el.orientation = 'vertical';
const orientation: TimelineOrientation = el.orientation;
console.log(orientation);
// @ts-expect-error -- time runs one of three ways
el.orientation = 'diagonal';
el.zoomTo('2025-04', '2025-07', { animate: true });
el.fit();
el.select(null);
const range = el.visibleRange;
console.log(range?.start.getFullYear());

// The class is usable as a value (subclassing, instanceof).
class MyTimeline extends AiTimeline {}
console.log(created instanceof MyTimeline);
