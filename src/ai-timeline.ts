import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

import { timelineStyles } from './ai-timeline.styles.js';
import {
  timelineEvent,
  type TimelineDataSource,
  type TimelineOrientation,
  type TimelineView,
} from './events.js';
import type {
  SourceController,
  SourceData,
  SourceFormat,
} from './controllers/source-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { formatEventDate, formatDate, formatRange } from './i18n/format.js';
import { loadStrings, stringsFor, type UiStrings } from './i18n/strings.js';
import {
  HOUR_MS,
  DAY_MS,
  parseDate,
  wallToInstant,
  localOffsetAt,
  type OffsetAt,
  DateParseError,
  type DateInput,
  type WallDate,
} from './model/dates.js';
import { normalizeEvents } from './model/normalize.js';
import { CategoryPalette } from './model/categories.js';
import type { CategoryMap, NormalizedEvent, TimelineError, TimelineEvent } from './model/types.js';
import { layoutTimeline, type ClusterMark, type TimelineLayout } from './layout/timeline-layout.js';
import { indexEvents, SUMMARISED_POINTS, type TimelineIndex } from './layout/event-index.js';
import { PlotRenderer } from './render/plot-renderer.js';
import { timeScaleUtc, type TimeScale } from './layout/time-scale.js';
import { TextMeasurer } from './render/text-measurer.js';
import { shapeIndex, shapePath } from './render/shapes.js';
import { renderStaticTimeline } from './ssr/static-timeline.js';
import { adoptServerRoot } from './ssr/adopt-server-root.js';
import type { NormalizeResult } from './model/normalize.js';
import type { Notice } from './render/notice.js';
import type { OverviewRenderer } from './render/overview-renderer.js';
import { storyPosition, storyStep } from './layout/story.js';
import type { DeepLinkController, DeepLink } from './controllers/deep-link.js';
import type { drawNowLine } from './render/now-line.js';

/** Data as accepted for display, with what is derived from it once per data set. */
interface TimelineModel {
  events: readonly NormalizedEvent[];
  byId: ReadonlyMap<string, NormalizedEvent>;
  /** The fitted view: all events with a margin, in wall-clock milliseconds. */
  fitDomain: [number, number];
}

interface Tooltip {
  /** An event id, or a cluster key when `cluster` is set. */
  id: string;
  cluster: ClusterMark | null;
  x: number;
  y: number;
}

/** Something on screen the keyboard can move to, in time order. */
interface FocusStop {
  key: string;
  start: number;
  index: number;
  cluster: ClusterMark | null;
}

const RANGE_SETTLE_MS = 200;
/**
 * Inputs up to this many plain rows are validated at once (about 50 ms for 20,000 rows on a slow
 * machine, well inside the 200 ms a task may take); longer ones in slices that yield.
 */
const SYNC_ROWS = 20_000;
/** The overview shows by default when the plot is at least this tall (px). */
const OVERVIEW_MIN_PLOT_HEIGHT = 200;
const HINT_MS = 1500;
const DEFAULT_CONTROLS = ['zoom', 'fit', 'story', 'view'];
/** Below this width (px), `orientation="auto"` turns the timeline vertical. */
const VERTICAL_BELOW = 600;
const KEY_PAN_SHARE = 0.2;
const KEY_ZOOM_FACTOR = 1.6;

/**
 * A zoomable, annotated timeline of dated events.
 *
 * @tagname ai-timeline
 * @summary Draws dated events on a zoomable D3 time axis with labels that never overlap.
 *
 * @attr {string} events - The events as JSON text (an array of event objects, or TimelineJS3 JSON).
 *
 * @fires {CustomEvent<TimelineSelectDetail>} ai-timeline-select - The user selected an event (`detail.event`) or cleared the selection (`null`): by click, key, story button, or back / forward with `hash`. Not for `select()`, `next()` or `previous()`.
 * @fires {CustomEvent<TimelineRangeChangeDetail>} ai-timeline-rangechange - The visible window changed and settled (`detail.start`, `detail.end` as Dates).
 * @fires {CustomEvent<TimelineLoadDetail>} ai-timeline-load - New data was read; `detail.count` events are shown, from `detail.source` (`events`, `src` or `children`).
 * @fires {CustomEvent<TimelineErrorDetail>} ai-timeline-error - Rows were rejected or corrected, or a whole input failed (`detail.errors`).
 * @fires {CustomEvent<TimelineViewChangeDetail>} ai-timeline-viewchange - The reader switched between the timeline and the list with the toolbar's toggle (`detail.view`). Not for setting `view`.
 *
 * @csspart heading - The visible title.
 * @csspart legend - The list of categories and their colours.
 * @csspart legend-item - One category in the legend: its swatch and label.
 * @csspart swatch - A category's colour and shape, in the legend and the detail panel.
 * @csspart controls - The toolbar: zoom in, zoom out, fit, story, list and export buttons (see `controls`).
 * @csspart button - Every button: those in the controls, the detail panel's, and the close buttons; each also has its own part.
 * @csspart zoom-in - The zoom in button (also `button`).
 * @csspart zoom-out - The zoom out button (also `button`).
 * @csspart fit - The button that fits all events (also `button`).
 * @csspart export - The button that downloads the timeline as an image (also `button`).
 * @csspart view-toggle - The button that switches between the timeline and the list (`aria-pressed` in the list; also `button`).
 * @csspart story - The story controls: previous, the "7 of 23" counter, next.
 * @csspart previous - The story's previous button (also `button`).
 * @csspart next - The story's next button (also `button`).
 * @csspart story-counter - The story counter ("7 of 23"), announced politely.
 * @csspart close - The buttons that close the detail panel and dismiss the notice (also `button`).
 * @csspart overview - The overview strip under the plot: the whole span's density and the visible window.
 * @csspart overview-density - The overview's bars: how many events of each category fall at each time.
 * @csspart overview-axis - The overview's time axis.
 * @csspart overview-brush - The visible window in the overview; drag or resize it to zoom.
 * @csspart now - The "today" line (with `now`).
 * @csspart hint - The brief hint shown when a plain wheel scrolls the page ("Ctrl + scroll to zoom").
 * @csspart plot - The focusable plot area holding the chart.
 * @csspart plot-svg - The SVG the chart is drawn in.
 * @csspart axis - The time axis.
 * @csspart tick - An axis tick; year boundaries also have `tick-year`.
 * @csspart tick-year - An axis tick at the start of a year (also `tick`), its label in bold.
 * @csspart grid - The vertical grid lines.
 * @csspart event - Every event mark; also `point`, `range` or `era`.
 * @csspart point - An event at a moment (also `event`).
 * @csspart range - An event spanning a period, drawn as a bar (also `event`).
 * @csspart era - An era: a band across the plot behind the events, with a strip holding its name (also `event`).
 * @csspart era-name - An era's name and dates, in its strip.
 * @csspart period - The line under a point dated only to a month or year, showing the period it covers.
 * @csspart cluster - A mark standing for several events that would collide at this zoom; also `cluster-points` or `cluster-ranges`. Activating it zooms to its events.
 * @csspart cluster-points - A cluster of points: a circle with a count, ringed by its categories' colours (also `cluster`).
 * @csspart cluster-ranges - A cluster of ranges: a bar (also `cluster`).
 * @csspart lane - A swimlane's band (with `group-by`).
 * @csspart lane-name - A swimlane's name.
 * @csspart label - An event's label (title and date).
 * @csspart leader - The line from a label to its event's mark.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart detail - The panel describing the selected event.
 * @csspart detail-title - The selected event's title, in the detail panel.
 * @csspart detail-meta - The selected event's date and category, in the detail panel.
 * @csspart detail-description - The selected event's description, in the detail panel.
 * @csspart detail-source - The selected event's source or link, in the detail panel.
 * @csspart zoom-to-event - The detail panel's button that zooms to the event (also `button`).
 * @csspart notice - The notice of rows not shown and of failed loads.
 * @csspart status - The loading and empty messages.
 * @csspart list - The list view (`view="list"`): every event by year, scrolling inside it (see `--ai-timeline-list-max-height`).
 * @csspart list-year - One year of the list: its heading (`h3`) and its events.
 * @csspart list-item - One event of the list: its title (a button that selects it), date, category, description and source; the selected one is also `selected`.
 * @csspart selected - The selected event's item in the list view (also `list-item`).
 * @csspart list-more - The buttons of a long list that show more events before or after those shown (also `button`).
 *
 * @cssprop [--ai-timeline-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--ai-timeline-font-size=14px] - Base font size of the heading, legend, controls, tooltip, notice and detail panel.
 * @cssprop [--ai-timeline-label-font-size=13px] - Size of label titles; the layout measures labels in it, and their line height follows.
 * @cssprop [--ai-timeline-label-font-weight=600] - Weight of label titles.
 * @cssprop [--ai-timeline-small-font-size=12px] - Size of the plot's small text: label dates, axis ticks, era and lane names (cluster counts and the "today" label 1px smaller, the overview's axis 2px smaller). The layout measures label dates in it.
 * @cssprop [--ai-timeline-control-size=32px] - Height and least width of the control buttons.
 * @cssprop [--ai-timeline-plot-height=380px] - Height of the plot area.
 * @cssprop [--ai-timeline-vertical-plot-height=clamp(420px, 80vh, 800px)] - Height of the plot when time runs down it (see `orientation`).
 * @cssprop [--ai-timeline-list-max-height=440px] - Greatest height of the list view, which scrolls inside it.
 * @cssprop [--ai-timeline-lane-min-height=120px] - Least height of each swimlane with `group-by`; the plot grows to fit.
 * @cssprop [--ai-timeline-background=#ffffff] - Background colour (dark: `#15171a`).
 * @cssprop [--ai-timeline-surface=#f5f5f2] - Background of buttons and the detail panel (dark: `#1f2226`).
 * @cssprop [--ai-timeline-text=#1a1a1a] - Main text colour (dark: `#ececec`).
 * @cssprop [--ai-timeline-muted=#5b5b5b] - Secondary text colour: dates, axis labels, the legend (dark: `#a8a8a8`).
 * @cssprop [--ai-timeline-border=#d6d6d0] - Borders, label outlines and year grid lines (dark: `#3a3e44`).
 * @cssprop [--ai-timeline-grid=#ecece6] - Grid line colour, and odd swimlanes' bands (dark: `#262a2f`).
 * @cssprop [--ai-timeline-axis=#3d3d3d] - Axis line and tick colour (dark: `#c8c8c8`).
 * @cssprop [--ai-timeline-accent=#1f5fa8] - Links, the "today" line and the overview's window (dark: `#7cb4ff`).
 * @cssprop [--ai-timeline-focus=#1f5fa8] - Focus ring colour (dark: `#9cc7ff`).
 * @cssprop [--ai-timeline-label-background=#ffffff] - Fill behind label text and inside clusters (dark: `#1b1e22`).
 * @cssprop [--ai-timeline-era-opacity=0.08] - Opacity of era bands (dark: `0.14`).
 * @cssprop [--ai-timeline-uncategorised=#6b6b6b] - Colour of events without a category (dark: `#a3a3a3`).
 * @cssprop [--ai-timeline-category-1=#0c6eca] - Colour of the first category, drawn as a circle (dark: `#5385c9`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-category-2=#d87246] - Colour of the second category, drawn as a square (dark: `#fe996c`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-category-3=#007854] - Colour of the third category, drawn as a diamond (dark: `#3dd2a6`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-category-4=#a5238f] - Colour of the fourth category, drawn as a triangle up (dark: `#ffade3`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-category-5=#a16205] - Colour of the fifth category, drawn as a triangle down (dark: `#fcd447`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-category-6=#0594cd] - Colour of the sixth category, drawn as a pentagon (dark: `#748c46`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-category-7=#5610e7] - Colour of the seventh category, drawn as a hexagon (dark: `#b29cfc`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-category-8=#d11454] - Colour of the eighth category, drawn as a star (dark: `#fb617d`); the ninth category takes the first colour again, and so on.
 * @cssprop [--ai-timeline-radius=6px] - Corner radius of buttons, the tooltip, the notice and the detail panel.
 * @cssprop [--ai-timeline-warning=#c9a227] - Border of the notice, and (mixed into the background) its fill.
 * @cssprop [--ai-timeline-shadow=0 4px 14px #0003] - The tooltip's shadow (a `box-shadow` value).
 */
export class AiTimeline extends LitElement {
  static override styles = timelineStyles;

  /** The events to show (see `TimelineEvent`). Setting it replaces the data from `src`. */
  @property({ attribute: false })
  events: TimelineEvent[] | undefined = undefined;

  /**
   * URL of the events: JSON (an array of events, an object with an `events` array, or TimelineJS3
   * JSON) or CSV (event fields, or the TimelineJS Google Sheets columns, as headers).
   */
  @property({ reflect: true })
  src: string | null = null;

  /** How `src` is read: `json`, `csv`, or by its content type and `.csv` extension when unset. */
  @property({ reflect: true })
  format: 'json' | 'csv' | null = null;

  /** Milliseconds to wait for `src` before reporting it as failed. */
  @property({ attribute: 'src-timeout', type: Number })
  srcTimeout = 30000;

  /**
   * Input columns for event fields, e.g. `{"start": "death_date", "title": ["first_name",
   * "last_name"]}` (a list joins its values with spaces); JSON text as an attribute.
   */
  @property({ converter: { fromAttribute: parseJsonAttribute } })
  fields: Record<string, string | string[]> | null = null;

  /** A D3 time-format specifier for dates that are not ISO 8601, e.g. `%b %d %Y` or `%d/%m/%Y`. */
  @property({ attribute: 'date-format' })
  dateFormat: string | null = null;

  /** BCP 47 locale for dates and interface text; defaults to the nearest `lang`, then the browser's. */
  @property({ reflect: true })
  locale: string | null = null;

  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property({ reflect: true })
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Start of the initial visible window (ISO 8601); the first view fits all events otherwise. */
  @property({ attribute: 'view-start' })
  viewStart: string | null = null;

  /** End of the initial visible window (ISO 8601). */
  @property({ attribute: 'view-end' })
  viewEnd: string | null = null;

  /** Id of the selected event, or null. */
  @property({ reflect: true })
  selected: string | null = null;

  /** Visible title of the timeline, also its accessible name. */
  @property({ reflect: true })
  heading: string | null = null;

  /** `page` (default): a plain vertical wheel scrolls the page and Ctrl/⌘ + wheel zooms. `zoom`: a plain wheel zooms. */
  @property({ reflect: true })
  wheel: 'page' | 'zoom' = 'page';

  /** Legend labels, order and colours by category key, e.g. `{"model": {"label": "Models", "color": "#06c"}}`. */
  @property({ type: Object })
  categories: CategoryMap = {};

  /**
   * Splits the plot into swimlanes, one per value of this event field (`category`, or any field
   * of the input rows). Lanes follow the `categories` order for `category`, then first appearance.
   */
  @property({ attribute: 'group-by', reflect: true })
  groupBy: string | null = null;

  /**
   * IANA time zone (`Europe/Rome`, `UTC`) in which instants (`2025-06-12T09:30Z`) are placed and
   * shown; the reader's own by default. Dates without a time stay calendar days in every zone.
   */
  @property({ attribute: 'time-zone', reflect: true })
  timeZone: string | null = null;

  /**
   * The overview strip under the plot (the whole span, with the visible window to drag).
   * `auto` (default): shown when the plot is at least 200px tall; `on`; `off`.
   */
  @property({ reflect: true })
  overview: 'auto' | 'on' | 'off' | null = null;

  /**
   * Deep links: selecting an event writes `#<event id>` to the URL, and the window once moved
   * (`#<id>@<start>/<end>`); opening the page with it, back and forward follow it. A value names
   * this timeline's entry (`#<value>:<id>`), needed when several timelines share a page (without
   * one, the element's `id` is used when more than one timeline has `hash`).
   */
  @property({ reflect: true })
  hash: string | null = null;

  /** The narrowest window one may zoom to, as an ISO 8601 duration (`PT1H` by default; e.g. `P1D`). */
  @property({ attribute: 'min-span' })
  minSpan: string | null = null;

  /** The widest window one may zoom out to, as an ISO 8601 duration (e.g. `P50Y`). */
  @property({ attribute: 'max-span' })
  maxSpan: string | null = null;

  /** Draws a labelled "today" line: empty (or `now`) for the current moment, or an ISO 8601 date. */
  @property({ reflect: true })
  now: string | null = null;

  /**
   * Which controls the toolbar shows, space-separated: `zoom` (+ / −), `fit`, `story` (previous,
   * "7 of 23", next), `view` (the list toggle) and `export` (save as PNG). Default: `zoom fit
   * story view`.
   */
  @property({ reflect: true })
  controls: string | null = null;

  /**
   * Which way time runs: `horizontal` (left to right, or right to left with `dir="rtl"`),
   * `vertical` (down the screen, still to scale, with labels beside the axis), or `auto`:
   * vertical while the element is narrower than 600 px, horizontal from there.
   */
  @property({ reflect: true })
  orientation: TimelineOrientation = 'auto';

  /**
   * `timeline` (default) or `list`: every event, including those off screen or in clusters, as a
   * chronological list grouped by year, with the details the detail panel gives; the plot and
   * overview are hidden meanwhile, and the timeline comes back at the same window.
   */
  @property({ reflect: true })
  view: TimelineView = 'timeline';

  @state() private model: TimelineModel | null = null;
  /** The vertical layout's labels and sizes; loaded when the timeline first turns vertical. */
  #besideLabels: typeof import('./layout/beside-labels.js') | null = null;
  /** The frame width (time axis length) the zoom transform was last set for. */
  #frameWidth = 0;
  /** The notice's module, once some input has been bad (most pages never need it). */
  #notices: typeof import('./render/notice.js') | null = null;
  /** The detail panel's module, once an event has been selected. */
  #detailPanel: typeof import('./render/detail-panel.js') | null = null;
  /** The list view's module, once the list has been shown. */
  #eventList: typeof import('./render/event-list.js') | null = null;
  /** Run summaries (see layout/run-summary.ts), once big data has asked for them. */
  #runSummaries: typeof import('./layout/run-summary.js') | null = null;
  /** The time-zone module, once a `time-zone` has asked for it. */
  #zones: typeof import('./model/time-zone.js') | null = null;
  /** Right to left: time runs leftwards, and ← / → swap. */
  #rtl = false;
  /** Whether a mark holds the plot's one tab stop (else the plot itself does). */
  @state() private markTabStop = false;
  /** What the polite live region last said about the visible window. */
  @state() private rangeAnnouncement = '';
  @state() private index: TimelineIndex = indexEvents([]);
  @state() private notice: Notice | null = null;
  @state() private tooltip: Tooltip | null = null;
  @state() private size = { width: 0, height: 0 };
  /** Share of a long input read so far (0–1), while it is being read. */
  @state() private progress: number | null = null;
  /** The title the data gives itself (TimelineJS), shown when there is no `heading`. */
  @state() private dataHeading: string | null = null;
  /** The wheel hint, while shown. */
  @state() private hint: string | null = null;

  #renderer: PlotRenderer | null = null;
  #overviewRenderer: OverviewRenderer | null = null;
  /** The overview's code (and d3-brush) is loaded on first use, outside the main bundle. */
  #overviewLoading = false;
  /** `min-span` / `max-span` in milliseconds (null: none given, or not valid). */
  #spanLimits: { min: number | null; max: number | null } = { min: null, max: null };
  /** The `now` line's wall-clock time, or null. */
  #nowWall: number | null = null;
  /** Draws the `now` line; loaded when `now` is first set. */
  #nowLine: typeof drawNowLine | null = null;
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  /** The next settled window is the initial one: it is not written to the URL. */
  #initialWindow = false;
  /** Event windows (story steps, zoom to event): loaded on first use; requests so far. */
  #eventWindows: typeof import('./layout/event-window.js') | null = null;
  #reveals = 0;
  /** Deep links (`hash`): loaded on first use, outside the main bundle. */
  #deepLinks: DeepLinkController | null = null;
  #deepLinksLoading = false;
  #zoomer: ZoomController | null = null;
  readonly #measurer = new TextMeasurer();
  readonly #palette = new CategoryPalette();
  #transform: ZoomTransform = zoomIdentity;
  /** The mark holding the keyboard's tab stop: an event id or a cluster key. */
  #tabStop: string | null = null;
  #layout: TimelineLayout | null = null;
  #drawCount = 0;
  #needsInitialView = false;
  #rangeTimer: ReturnType<typeof setTimeout> | undefined;
  #lastRange = '';
  #pendingEvents: Event[] = [];
  /** Cluster descriptions, for one data set. */
  #clusterTexts = {
    model: null as TimelineModel | null,
    texts: new Map<string, string>(),
  };
  /** Label dates by event id, for one locale and one data set: formatting is the costly part. */
  #dateTexts = {
    locale: '',
    model: null as TimelineModel | null,
    texts: new Map<string, string>(),
  };

  /** The input on screen, to read again when `fields` or `date-format` change. */
  #lastInput: { data: SourceData; source: TimelineDataSource } | null = null;
  /** Aborts the reading of an input overtaken by a newer one. */
  #reading: AbortController | null = null;
  /** Stops watching `<ai-event>` children (see model/children.ts). */
  #unwatchChildren: (() => void) | null = null;

  /** Loads `src` (a Lit Task); made, from a module of its own, the first time `src` is set. */
  #source: SourceController | null = null;

  /**
   * The plot's size, observed while the element is connected. A plain ResizeObserver: Lit's
   * ResizeController would bring a directive the element never uses (about 1 KB of the bundle).
   */
  readonly #resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const box = entries[0]?.contentRect;
          if (box && (box.width !== this.size.width || box.height !== this.size.height)) {
            this.size = { width: box.width, height: box.height };
          }
        });

  // -- Public API -----------------------------------------------------------------------------

  /** Shows the window from `start` to `end` (ISO 8601 strings, epoch milliseconds or Dates). */
  zoomTo(start: DateInput, end: DateInput, options: { animate?: boolean } = {}): void {
    const from = parseDate(start, this.#offsetAt);
    const to = parseDate(end, this.#offsetAt);
    this.#showWall(
      Math.min(from.start, to.start),
      Math.max(from.end, to.end),
      options.animate ?? false,
    );
  }

  /** Fits all events in view, with a margin. */
  fit(options: { animate?: boolean } = {}): void {
    this.#zoomer?.transformTo(zoomIdentity, options.animate ?? false);
  }

  /** Selects an event by id (and brings it into view), or clears the selection with null. */
  select(id: string | null): void {
    this.selected = id;
    if (id !== null) this.#revealEvent(id, { zoomIn: true });
  }

  /**
   * Selects the next event in time order (the earliest when nothing is selected) and brings it
   * into view with a short animation (instant under reduced motion). Like `select()`, fires no
   * `ai-timeline-select`; the story buttons, which the reader presses, do.
   */
  next(): void {
    this.#step(1, false);
  }

  /** Selects the previous event in time order (the latest when nothing is selected); see `next()`. */
  previous(): void {
    this.#step(-1, false);
  }

  /**
   * The current view as a standalone SVG document (text): heading, legend, plot and overview as
   * on screen, with styles inlined and fonts named.
   */
  async toSVG(): Promise<string> {
    // The export code is loaded on first use, outside the main bundle.
    return (await import('./render/export.js')).exportSVG(this);
  }

  /** The current view as a PNG (see `toSVG()`), at the screen's pixel density unless `scale` is given. */
  async toPNG(options: { scale?: number } = {}): Promise<Blob> {
    const { exportSVG, svgToPNG } = await import('./render/export.js');
    return svgToPNG(exportSVG(this), options.scale ?? (globalThis.devicePixelRatio || 1));
  }

  /** The visible window, as instants. */
  get visibleRange(): { start: Date; end: Date } | null {
    const scale = this.#viewScale();
    if (!scale) return null;
    const [start, end] = scale.domain() as [Date, Date];
    return {
      start: new Date(wallToInstant(start.getTime(), this.#offsetAt)),
      end: new Date(wallToInstant(end.getTime(), this.#offsetAt)),
    };
  }

  // -- Lifecycle ------------------------------------------------------------------------------

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'events'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'events') {
      super.attributeChangedCallback(name, old, value);
      // Lit reads text that is not JSON as null: say so, and keep the default colours.
      if (name === 'categories' && value && !this.categories) {
        const errors = [
          { index: -1, field: name, value, message: `${name} is not valid JSON.`, rejected: false },
        ];
        this.notice = { errors, failure: null };
        this.#pendingEvents.push(timelineEvent('ai-timeline-error', { errors, source: 'events' }));
      }
      return;
    }
    if (value === null || value === old) return;
    try {
      this.events = JSON.parse(value) as TimelineEvent[];
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#fail(`The events attribute is not valid JSON (${reason}).`, {
        field: 'events',
        source: 'events',
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on a page after being taken off: observe the plot again.
    const plot = this.renderRoot?.querySelector('.canvas');
    if (plot) this.#resize?.observe(plot);
    // <ai-event> children: read now and on every change (the watcher loads on demand).
    void import('./model/children.js').then(({ watchChildren }) => {
      this.#unwatchChildren?.();
      this.#unwatchChildren = this.isConnected
        ? watchChildren(this, (rows) => this.#ingest({ rows }, 'children'))
        : null;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#unwatchChildren?.();
    this.#unwatchChildren = null;
    clearTimeout(this.#rangeTimer);
    clearTimeout(this.#hintTimer);
    this.#zoomer?.stopAnimation();
  }

  /**
   * Waits, before an update, for the modules it needs and does not have yet: a language's strings,
   * the time-zone module, the `src` loader, the list view. Each loads once; most pages need none
   * of them.
   */
  // The signature is ReactiveElement's own.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [
      loadStrings(this.#effectiveLocale),
      this.#loadTimeZone(),
      this.#loadSource(),
      this.#loadDetailPanel(),
      this.#loadBesideLabels(),
      this.view === 'list' &&
        !this.#eventList &&
        import('./render/event-list.js').then((m) => void (this.#eventList = m)),
    ].filter(Boolean);
    return waits.length > 0
      ? Promise.all(waits).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const unknownZone = changed.has('timeZone') && this.#zones?.unknownZone(this.timeZone);
    if (unknownZone) this.#fail(unknownZone, { field: 'time-zone', source: 'events' });
    if (changed.has('events') && this.events !== undefined) {
      // Not an array: TimelineJS3 data, or something the pipeline reports.
      const events: unknown = this.events;
      void this.#ingest(Array.isArray(events) ? { rows: events } : { document: events }, 'events');
    } else if (
      (changed.has('fields') || changed.has('dateFormat') || changed.has('timeZone')) &&
      this.#lastInput
    ) {
      void this.#ingest(this.#lastInput.data, this.#lastInput.source);
    }
    if (changed.has('categories') || changed.has('model')) {
      this.#palette.update(this.categories, this.model?.events ?? []);
    }
    if (changed.has('model') || changed.has('groupBy') || changed.has('categories')) {
      this.index = this.#buildIndex();
    }
    if (
      (changed.has('viewStart') || changed.has('viewEnd')) &&
      this.model &&
      !changed.has('model')
    ) {
      this.#needsInitialView = true;
    }
    if (changed.has('wheel') && this.#zoomer) this.#zoomer.wheelZooms = this.wheel === 'zoom';
    // min-span / max-span and now are read by code loaded when they are first set; a bad value
    // is reported (and ignored) rather than thrown.
    if (changed.has('minSpan') || changed.has('maxSpan')) {
      if (!this.minSpan && !this.maxSpan) this.#spanLimits = { min: null, max: null };
      else {
        void import('./model/duration.js').then((module) => {
          this.#spanLimits = module.spanLimits(this.minSpan, this.maxSpan, (name, message) =>
            this.#fail(`${name} ${message}.`, { field: name, source: 'events' }),
          );
          this.requestUpdate();
        });
      }
    }
    if (changed.has('now')) {
      this.#nowWall = null;
      if (this.now !== null) {
        void import('./render/now-line.js').then((module) => {
          this.#nowLine = module.drawNowLine;
          this.#nowWall = module.nowAt(this.now, (text) => this.#attributeDate('now', text));
          this.#drawPlot();
        });
      }
    }
    // willUpdate also runs when rendering on a server, where there is no URL to follow.
    const browser = typeof location !== 'undefined';
    if (changed.has('hash') && this.hash !== null && !this.#deepLinksLoading && browser) {
      void this.#loadDeepLinks();
    }
  }

  protected override firstUpdated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.canvas')!;
    this.#renderer = new PlotRenderer(plot);
    this.#zoomer = new ZoomController(this.#renderer.svg, {
      onZoom: (transform) => this.#onZoom(transform),
      onPageWheel: () => this.#showWheelHint(),
    });
    this.#zoomer.wheelZooms = this.wheel === 'zoom';
    this.#resize?.observe(plot);
    this.#palette.attach(this.renderRoot as ShadowRoot);
  }

  protected override updated(changed: PropertyValues): void {
    // The notice's module comes with the first bad input (often found during an update, too
    // late for scheduleUpdate to wait for it): the notice shows in the next update.
    if (this.notice && !this.#notices) {
      void import('./render/notice.js').then((module) => {
        this.#notices = module;
        this.requestUpdate();
      });
    }
    // The tooltip is placed through the CSSOM, never a style attribute (which a strict
    // Content-Security-Policy without 'unsafe-inline' styles would block).
    const tip = this.tooltip;
    const tooltip = tip && this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    if (tip && tooltip) {
      tooltip.style.setProperty('left', `${tip.x}px`);
      tooltip.style.setProperty('top', `${tip.y}px`);
    }
    // dir="rtl" on the element or an ancestor: read from the attributes, as reading the computed
    // direction would make the browser work out the page's styles once more on every update.
    // (The `dir` property gives a known value in lower case: "RTL" reads "rtl".)
    this.#rtl = this.closest<HTMLElement>('[dir]')?.dir === 'rtl';
    this.#measurer.setFonts(
      getComputedStyle(this.#renderer!.titleProbe),
      getComputedStyle(this.#renderer!.dateProbe),
    );
    const draws = this.#drawCount;
    if (this.model && this.size.width > 0) {
      const frame = this.#frame;
      this.#zoomer!.setBounds({ ...frame, ...this.#zoomLimits() });
      this.#zoomer!.vertical = this.#vertical;
      if (this.#needsInitialView) {
        this.#needsInitialView = false;
        this.#applyInitialView();
      } else if (frame.width !== this.#frameWidth) {
        this.#keepDomainAfterResize(this.#frameWidth);
      }
      this.#frameWidth = frame.width;
    }
    if (changed.has('index')) {
      // Lanes ask for room (see --ai-timeline-lane-min-height); a CSSOM write, never a style attribute.
      const lanes = this.index.grouped ? this.index.lanes.length : 0;
      this.renderRoot
        .querySelector<HTMLElement>('[part="plot"]')
        ?.style.setProperty('--lane-count', String(lanes));
    }
    // Setting the view usually draws already (through onZoom); once per update is enough.
    if (this.#drawCount === draws) this.#drawPlot();
    this.#drawOverview();
    // A new selection is a new history entry (the first value is the page's, not a change).
    if (changed.has('selected') && changed.get('selected') !== undefined) {
      this.#deepLinks?.writeSelection(this.selected);
    }
    for (const event of this.#pendingEvents.splice(0)) this.dispatchEvent(event);
  }

  // -- Data -----------------------------------------------------------------------------------

  /**
   * Turns input into the timeline: a small plain array at once, anything else (CSV, TimelineJS,
   * `fields`, `date-format`, long inputs) through the pipeline, loaded on demand and run in slices.
   * A newer input aborts an older one still being read.
   */
  #ingest(
    data: SourceData,
    source: TimelineDataSource,
    signal?: AbortSignal,
  ): Promise<void> | undefined {
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    signal?.addEventListener('abort', () => reading.abort());
    this.#lastInput = { data, source };
    const offsetAt = this.#offsetAt;
    if ('rows' in data && data.rows.length <= SYNC_ROWS && !this.fields && !this.dateFormat) {
      this.#show(normalizeEvents(data.rows, offsetAt), source, null);
      return undefined;
    }
    return import('./model/pipeline.js')
      .then(({ runPipeline }) =>
        runPipeline(data, {
          fields: this.fields,
          dateFormat: this.dateFormat,
          offsetAt,
          signal: reading.signal,
          onProgress: (fraction) => (this.progress = fraction),
        }),
      )
      .then(
        (result) => {
          if (!reading.signal.aborted) this.#show(result, source, result.heading);
        },
        (error: unknown) => {
          if (reading.signal.aborted) return;
          // A src request's failures are reported by the source controller (URL and status).
          if (signal) throw error;
          this.#fail(`The ${source} ${error instanceof Error ? error.message : String(error)}.`, {
            field: source,
            source,
          });
        },
      )
      .finally(() => {
        if (this.#reading === reading) this.progress = null;
      });
  }

  /** Shows validated events, and reports what was rejected or corrected. */
  #show(
    { events, errors }: NormalizeResult,
    source: TimelineDataSource,
    heading: string | null,
  ): void {
    this.model = buildModel(events);
    this.dataHeading = heading;
    this.#needsInitialView = true;
    this.notice = errors.length > 0 ? { errors: [...errors], failure: null } : null;
    if (this.selected !== null && !this.model.byId.has(this.selected)) this.selected = null;
    this.#pendingEvents.push(timelineEvent('ai-timeline-load', { count: events.length, source }));
    if (errors.length > 0) {
      this.#pendingEvents.push(timelineEvent('ai-timeline-error', { errors: [...errors], source }));
    }
    this.requestUpdate();
  }

  /** A whole input failed: keep the last good timeline, say so, and report it. */
  #fail(
    message: string,
    {
      field,
      source,
      url,
      status,
    }: { field: string; source: TimelineDataSource; url?: string; status?: number },
  ): void {
    const report: TimelineError = { index: -1, field, message, rejected: true };
    if (url) report.value = url;
    this.notice = { errors: [report], failure: message };
    const detail =
      status === undefined ? { errors: [report], source } : { errors: [report], source, status };
    this.#pendingEvents.push(timelineEvent('ai-timeline-error', detail));
    this.requestUpdate();
  }

  // -- View -----------------------------------------------------------------------------------

  get #effectiveLocale(): string {
    const lang =
      this.locale ||
      this.closest('[lang]')?.getAttribute('lang') ||
      (typeof navigator !== 'undefined' ? navigator.language : '') ||
      'en';
    let canonical = canonicalLocales.get(lang);
    if (canonical === undefined) {
      try {
        canonical = Intl.getCanonicalLocales(lang)[0] ?? 'en';
      } catch {
        canonical = 'en';
      }
      canonicalLocales.set(lang, canonical);
    }
    return canonical;
  }

  /** Where instants are placed: the `time-zone` (when the browser knows it), else the reader's. */
  get #offsetAt(): OffsetAt {
    return (this.timeZone && this.#zones?.zoneOffsetAt(this.timeZone)) || localOffsetAt;
  }

  /** Makes the `src` loader the first time a `src` is set; its Task starts in the next update. */
  #loadSource(): Promise<void> | null {
    if (!this.src || this.#source) return null;
    return import('./controllers/source-controller.js').then(({ SourceController }) => {
      this.#source ??= new SourceController(
        this,
        () => [this.src, this.format as SourceFormat, this.srcTimeout],
        {
          onData: (data, _url, signal) => this.#ingest(data, 'src', signal),
          onFailure: (error, url) =>
            this.#fail(`The file ${url} ${error.message}.`, {
              field: 'src',
              source: 'src',
              url,
              status: error.status,
            }),
        },
      );
    });
  }

  /** Loads the detail panel with the first selection (many readers never open one). */
  #loadDetailPanel(): Promise<void> | null {
    if (this.selected === null || this.#detailPanel) return null;
    return import('./render/detail-panel.js').then((module) => void (this.#detailPanel = module));
  }

  /** Loads the vertical layout's label placement the first time the timeline turns vertical. */
  #loadBesideLabels(): Promise<void> | null {
    if (!this.#vertical || this.#besideLabels) return null;
    return import('./layout/beside-labels.js').then((module) => void (this.#besideLabels = module));
  }

  /** Whether time runs down the screen (see `orientation`). */
  get #vertical(): boolean {
    const { orientation } = this;
    const width = this.size.width;
    return (
      orientation === 'vertical' ||
      (orientation !== 'horizontal' && width > 0 && width < VERTICAL_BELOW)
    );
  }

  /**
   * The plot in the layout's frame, where time runs along the width: the plot's own box, or,
   * vertical, that box turned a quarter (the renderer's styles turn it back).
   */
  get #frame(): { width: number; height: number } {
    const { width, height } = this.size;
    return this.#vertical ? { width: height, height: width } : this.size;
  }

  /** Loads the time-zone module the first time a `time-zone` is set (few pages need it). */
  #loadTimeZone(): Promise<void> | null {
    if (!this.timeZone || this.#zones) return null;
    return import('./model/time-zone.js').then((module) => void (this.#zones = module));
  }

  get #strings(): UiStrings {
    return stringsFor(this.#effectiveLocale);
  }

  #baseScale(): TimeScale | null {
    if (!this.model || this.size.width <= 0) return null;
    return timeScaleUtc(this.model.fitDomain, [0, this.#frame.width]);
  }

  #viewScale(): TimeScale | null {
    const base = this.#baseScale();
    return base ? this.#transform.rescaleX(base) : null;
  }

  /**
   * Zoom limits relative to the fitted view: in to `min-span` (an hour by default), out to
   * `max-span` (PAN_MARGIN past the fitted view at most, see ZoomController).
   */
  #zoomLimits(): { minScale: number; maxScale: number } {
    const [d0, d1] = this.model!.fitDomain;
    const span = d1 - d0;
    const narrowest = this.#spanLimits.min ?? HOUR_MS;
    const widest = Math.max(narrowest, this.#spanLimits.max ?? Infinity);
    return { minScale: span / widest, maxScale: span / narrowest };
  }

  #applyInitialView(): void {
    this.#initialWindow = true;
    const link = this.#deepLinks?.read();
    if (link && this.#followDeepLink(link, false)) return;
    const start = this.#attributeDate('view-start', this.viewStart)?.start ?? null;
    const end = this.#attributeDate('view-end', this.viewEnd)?.end ?? null;
    if (start === null && end === null) {
      this.#zoomer!.transformTo(zoomIdentity, false);
      return;
    }
    const [d0, d1] = this.model!.fitDomain;
    this.#showWall(start ?? d0, end ?? d1, false);
  }

  /** Parses a date attribute; a bad one is reported (and ignored) rather than thrown. */
  #attributeDate(name: string, value: string | null): WallDate | null {
    if (!value) return null;
    try {
      return parseDate(value, this.#offsetAt);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      this.#fail(`${name} ${error.message}.`, { field: name, source: 'events' });
      return null;
    }
  }

  /** Shows [start, end) in wall-clock milliseconds. */
  #showWall(start: number, end: number, animate: boolean): void {
    const base = this.#baseScale();
    if (!base || !this.#zoomer) return;
    this.#zoomer.showBaseInterval(base(start), base(Math.max(end, start + HOUR_MS)), animate);
  }

  #keepDomainAfterResize(previousWidth: number): void {
    if (previousWidth <= 0) return;
    // The transform is in pixels of the old width (the time axis's length, which a turn to or
    // from vertical changes too); scale its translation to the new width.
    const t = this.#transform;
    const ratio = this.#frame.width / previousWidth;
    this.#zoomer!.transformTo(zoomIdentity.translate(t.x * ratio, 0).scale(t.k), false);
  }

  async #loadDeepLinks(): Promise<void> {
    this.#deepLinksLoading = true;
    const { DeepLinkController } = await import('./controllers/deep-link.js');
    this.#deepLinks = new DeepLinkController(this, {
      namespace: () => this.#deepLinkNamespace(),
      // Back, forward or a link: the reader's doing, so ai-timeline-select fires.
      follow: (link) => this.#followDeepLink(link, true, true),
    });
    // The first view came before the code: follow the URL now.
    const link = this.#deepLinks.read();
    if (link) this.#followDeepLink(link, false);
  }

  /** This timeline's entry in the URL fragment, or undefined when deep links are off. */
  #deepLinkNamespace(): string | null | undefined {
    if (this.hash === null) return undefined;
    const name = this.hash.trim();
    if (name) return name;
    const shared = document.querySelectorAll('ai-timeline[hash]').length > 1;
    return shared && this.id ? this.id : null;
  }

  /**
   * Shows what a deep link names: its window, its event (selected, and zoomed to when there is
   * no window), or no selection. Returns whether it named anything this timeline has.
   */
  #followDeepLink(link: DeepLink | null, animate: boolean, user = false): boolean {
    if (!this.model) return false;
    const event = link?.id ? this.model.byId.get(link.id) : undefined;
    const window = link?.window;
    if (link && !event && !window) return false;
    if (user) this.#userSelect(event?.id ?? null);
    else this.selected = event?.id ?? null;
    if (window) this.#showWall(window[0], window[1], animate);
    else if (event) void this.#reveal(event, animate, true);
    return true;
  }

  #onZoom(transform: ZoomTransform): void {
    this.#transform = transform;
    if (this.tooltip) this.tooltip = null;
    this.#drawPlot();
    this.#syncOverview();
    clearTimeout(this.#rangeTimer);
    this.#rangeTimer = setTimeout(() => this.#announceRange(), RANGE_SETTLE_MS);
  }

  #announceRange(): void {
    const range = this.visibleRange;
    if (!range) return;
    const key = `${range.start.getTime()}|${range.end.getTime()}`;
    if (key === this.#lastRange) return;
    // Screen readers hear where the view went once it settles; the first view is the summary's.
    if (this.#lastRange) {
      const [d0, d1] = (this.#viewScale()!.domain() as [Date, Date]).map((d) => d.getTime());
      this.rangeAnnouncement = this.#strings.showing(viewSpan(d0!, d1!, this.#effectiveLocale));
    }
    this.#lastRange = key;
    this.dispatchEvent(timelineEvent('ai-timeline-rangechange', range));
    if (this.#initialWindow) {
      this.#initialWindow = false;
    } else {
      const [d0, d1] = this.#viewScale()!.domain() as [Date, Date];
      this.#deepLinks?.write({ id: this.selected, window: [d0.getTime(), d1.getTime()] }, false);
    }
  }

  #buildIndex(): TimelineIndex {
    const events = this.model?.events ?? [];
    const field = this.groupBy?.trim();
    const summaries = this.#runSummaries;
    // Big data clusters faster with run summaries: their module comes on demand, and the index
    // is rebuilt with them once it is here (until then, clusters are summarised by scanning).
    if (!summaries && events.length > SUMMARISED_POINTS) {
      void import('./layout/run-summary.js').then((module) => {
        this.#runSummaries = module;
        this.index = this.#buildIndex();
        this.#drawPlot();
      });
    }
    const summarise =
      summaries && ((points: readonly NormalizedEvent[]) => new summaries.RunSummaries(points));
    return indexEvents(events, {
      ...(field
        ? {
            laneOf: (event: NormalizedEvent) => laneValue(event, field),
            laneOrder: field === 'category' ? Object.keys(this.categories ?? {}) : [],
          }
        : {}),
      ...(summarise ? { summarise } : {}),
    });
  }

  #drawPlot(): void {
    if (!this.#renderer || this.size.width <= 0) return;
    this.#drawCount++;
    const locale = this.#effectiveLocale;
    const frame = this.#frame;
    const scale = this.#viewScale() ?? placeholderScale(frame.width);
    const [d0, d1] = scale.domain() as [Date, Date];
    const layout = this.#layoutFor([d0.getTime(), d1.getTime()]);
    this.#layout = layout;
    const stops = focusStops(layout);
    if (this.#tabStop === null || !stops.some((stop) => stop.key === this.#tabStop)) {
      const selected = this.selected && stops.find((stop) => stop.key === this.selected);
      this.#tabStop = selected ? selected.key : (stops[0]?.key ?? null);
    }
    // One tab stop for the whole plot: a mark when there is one, else the plot itself.
    if (this.markTabStop !== (this.#tabStop !== null)) this.markTabStop = this.#tabStop !== null;
    this.#renderer.render({
      layout,
      scale,
      ...frame,
      locale,
      selectedId: this.selected,
      tabStop: this.#tabStop,
      colorClass: (category) => this.#palette.classFor(category),
      describe: (event) => this.#describe(event, locale),
      describeCluster: (cluster) => this.#describeCluster(cluster, locale),
      formatCount: (count) => formatCount(count, locale),
      rtl: this.#rtl,
      vertical: this.#vertical,
    });
    this.#nowLine?.(
      this.#renderer.svg,
      this.#nowWall === null ? null : scale(this.#nowWall),
      layout.axisY,
      this.#strings.today,
    );
  }

  /** The layout of the plot for a window, in wall-clock milliseconds (pure: nothing is drawn). */
  #layoutFor(domain: readonly [number, number]): TimelineLayout {
    const locale = this.#effectiveLocale;
    const t = this.#strings;
    return layoutTimeline({
      index: this.index,
      domain,
      ...this.#frame,
      measure: this.#measurer.measure,
      metrics: this.#measurer.metrics,
      dateText: (event) => this.#dateText(event, locale),
      firstLabel: this.selected,
      ...(this.#vertical && this.#besideLabels
        ? {
            placeBeside: this.#besideLabels.placeLabelsBeside,
            metrics: this.#besideLabels.verticalMetrics(this.#measurer.metrics),
          }
        : {}),
      laneName: (key) =>
        key === null
          ? t.uncategorised
          : this.groupBy?.trim() === 'category'
            ? this.#palette.labelFor(key)
            : key,
    });
  }

  // -- Overview -------------------------------------------------------------------------------

  get #overviewShown(): boolean {
    const mode = this.overview;
    // Vertical, time runs down the plot: a strip across it would run the other way.
    if (this.#vertical) return false;
    return mode === 'off' ? false : mode === 'on' || this.size.height >= OVERVIEW_MIN_PLOT_HEIGHT;
  }

  /** Draws the overview's density (once per data set and width) and its window. */
  #drawOverview(): void {
    const base = this.#baseScale();
    if (!this.model || !base || !this.#overviewShown) return;
    if (!this.#overviewRenderer) {
      if (!this.#overviewLoading) void this.#loadOverview();
      return;
    }
    const selected = this.selected ? this.model.byId.get(this.selected) : undefined;
    this.#overviewRenderer.render({
      events: this.model.events,
      scale: base,
      width: this.size.width,
      locale: this.#effectiveLocale,
      colorClass: (category) => this.#palette.classFor(category),
      selectedX: selected
        ? base(selected.type === 'point' ? selected.anchor : selected.start)
        : null,
      rtl: this.#rtl,
    });
    this.#syncOverview();
  }

  async #loadOverview(): Promise<void> {
    this.#overviewLoading = true;
    // After the plot's first paint: the overview is the second thing a reader looks at.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const { OverviewRenderer } = await import('./render/overview-renderer.js');
    this.#overviewRenderer = new OverviewRenderer(
      this.renderRoot.querySelector<HTMLElement>('[part="overview"]')!,
      {
        onBrush: (x0, x1) => this.#zoomer?.showBaseInterval(x0, x1, false),
        onCentre: (x) => {
          const t = this.#transform;
          const half = this.size.width / t.k / 2;
          this.#zoomer?.showBaseInterval(x - half, x + half, true);
        },
      },
    );
    this.#drawOverview();
  }

  /** Moves the overview's window to the visible one (never during the reader's own brushing). */
  #syncOverview(): void {
    if (!this.#overviewRenderer || !this.#overviewShown || !this.model) return;
    const t = this.#transform;
    this.#overviewRenderer.setWindow(-t.x / t.k, (this.size.width - t.x) / t.k);
  }

  // -- Story ----------------------------------------------------------------------------------

  /** The events in story order: the model's own (by start, then input order). */
  #storyEvents(): readonly NormalizedEvent[] {
    return this.model?.events ?? [];
  }

  /** One step through the story; `user`: the reader pressed a button (fires ai-timeline-select). */
  #step(direction: 1 | -1, user: boolean): void {
    const target = storyStep(this.#storyEvents(), this.selected, direction);
    if (!target) return;
    if (user) this.#userSelect(target.id);
    else this.selected = target.id;
    void this.#reveal(target, true);
  }

  /**
   * Brings an event into view (see layout/event-window.ts, loaded on first use), or shows it
   * `whole` in its own window.
   */
  async #reveal(event: NormalizedEvent, animate: boolean, whole = false): Promise<void> {
    // Only the latest request counts (steps can come faster than the code loads); once loaded,
    // the code runs at once.
    const ticket = ++this.#reveals;
    this.#eventWindows ??= await import('./layout/event-window.js');
    if (ticket !== this.#reveals) return;
    const { eventWindow, revealWindow } = this.#eventWindows;
    const scale = this.#viewScale();
    const events = this.model?.events ?? [];
    if (!scale) return;
    const view = scale.domain().map(Number) as [number, number];
    const target = whole ? eventWindow(event, events) : revealWindow(event, events, view);
    if (target) this.#showWall(target[0], target[1], animate);
  }

  // -- Hint and export ------------------------------------------------------------------------

  #showWheelHint(): void {
    this.hint = this.#strings.wheelHint(isMac());
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.hint = null), HINT_MS);
  }

  #dateText(event: NormalizedEvent, locale: string): string {
    const cache = this.#dateTexts;
    if (cache.locale !== locale || cache.model !== this.model) {
      this.#dateTexts = { locale, model: this.model, texts: new Map() };
    }
    let text = this.#dateTexts.texts.get(event.id);
    if (text === undefined) {
      text = formatEventDate(event, locale);
      this.#dateTexts.texts.set(event.id, text);
    }
    return text;
  }

  /** What a screen reader says for a cluster: how many events, when, and of which categories. */
  #describeCluster(cluster: ClusterMark, locale: string): string {
    // Formatting is costly and clusters keep their key while zooming: reuse what is unchanged.
    const key = `${locale}|${cluster.key}|${cluster.count}|${cluster.start}|${cluster.end}`;
    const cache = this.#clusterTexts;
    if (cache.model !== this.model) this.#clusterTexts = { model: this.model, texts: new Map() };
    let text = this.#clusterTexts.texts.get(key);
    if (text === undefined) {
      text = this.#clusterText(cluster, locale);
      if (this.#clusterTexts.texts.size > 5000) this.#clusterTexts.texts.clear();
      this.#clusterTexts.texts.set(key, text);
    }
    return text;
  }

  #clusterText(cluster: ClusterMark, locale: string): string {
    const categories = cluster.categories
      .map(
        ({ category, count }) =>
          `${category === null ? this.#strings.uncategorised : this.#palette.labelFor(category)} (${formatCount(count, locale, false)})`,
      )
      .join(', ');
    return this.#strings.clusterLabel(
      formatCount(cluster.count, locale, false),
      clusterSpan(cluster, locale),
      categories,
    );
  }

  /** What a screen reader says for an event: date, title, category. */
  #describe(event: NormalizedEvent, locale: string): string {
    const parts = [this.#dateText(event, locale), event.title];
    if (event.category) parts.push(this.#palette.labelFor(event.category));
    return parts.join(', ');
  }

  // -- Interaction ----------------------------------------------------------------------------

  #eventIdAt(target: EventTarget | null): string | null {
    const element = target instanceof Element ? target.closest('[data-id]') : null;
    return element?.getAttribute('data-id') ?? null;
  }

  #clusterAt(target: EventTarget | null): ClusterMark | null {
    const element = target instanceof Element ? target.closest('[data-cluster]') : null;
    const key = element?.getAttribute('data-cluster');
    return (key && this.#layout?.clusters.find((c) => c.key === key)) || null;
  }

  #onPlotClick = (e: MouseEvent): void => {
    const cluster = this.#clusterAt(e.target);
    if (cluster) {
      this.#zoomToCluster(cluster);
      return;
    }
    const id = this.#eventIdAt(e.target);
    if (id) this.#userSelect(id);
    else if (this.selected !== null) this.#userSelect(null);
  };

  #onPointerOver = (e: PointerEvent): void => {
    if (e.buttons) return;
    this.#showTooltipFor(e.target);
  };

  #onPointerOut = (e: PointerEvent): void => {
    const next = this.#clusterAt(e.relatedTarget)?.key ?? this.#eventIdAt(e.relatedTarget);
    if (this.tooltip && next !== this.tooltip.id) this.tooltip = null;
  };

  #onFocusIn = (e: FocusEvent): void => {
    const key = this.#showTooltipFor(e.target);
    if (key) this.#tabStop = key;
  };

  #onFocusOut = (): void => {
    this.tooltip = null;
  };

  #onKeyDown = (e: KeyboardEvent): void => {
    // Ctrl/⌘/Alt combinations belong to the browser (Ctrl + "+" zooms the page).
    if (!this.#zoomer || !this.model || e.ctrlKey || e.metaKey || e.altKey) return;
    const cluster = this.#clusterAt(e.target);
    const onEvent = this.#eventIdAt(e.target);
    const onMark = cluster?.key ?? onEvent;
    const width = this.#frame.width;
    switch (e.key) {
      case '+':
      case '=':
        this.#zoomer.scaleBy(KEY_ZOOM_FACTOR, this.#focusX(onEvent));
        break;
      case '-':
      case '_':
        this.#zoomer.scaleBy(1 / KEY_ZOOM_FACTOR, this.#focusX(onEvent));
        break;
      case '0':
        this.fit({ animate: true });
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        // Down the screen is later in time only when time runs down it.
        if (!this.#vertical) return;
      // falls through
      case 'ArrowLeft':
      case 'ArrowRight': {
        // Towards later times: rightwards (or leftwards when time runs right to left); down.
        const direction = e.key === 'ArrowDown' || (e.key === 'ArrowRight') !== this.#rtl ? 1 : -1;
        if (onMark) this.#moveFocus(onMark, direction);
        else this.#zoomer.panBy(direction * width * KEY_PAN_SHARE);
        break;
      }
      case 'Home':
      case 'End': {
        const target = e.key === 'Home' ? this.model.events[0] : lastInTime(this.model.events);
        if (!target) return;
        this.#focusEvent(target.id);
        break;
      }
      case 'Enter':
      case ' ':
        if (cluster) this.#zoomToCluster(cluster);
        else if (onEvent) this.#userSelect(onEvent);
        else return;
        break;
      case 'Escape':
        if (this.selected === null) return;
        this.#userSelect(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  #focusX(id: string | null): number | undefined {
    if (!id) return undefined;
    const event = this.model?.byId.get(id);
    const scale = this.#viewScale();
    return event && scale ? scale(event.anchor) : undefined;
  }

  /**
   * Moves focus to the next mark on screen in time order (an event or a cluster); past the last
   * one, to the next event off screen, panning it into view.
   */
  #moveFocus(fromKey: string, direction: 1 | -1): void {
    if (!this.#layout) return;
    const stops = focusStops(this.#layout);
    const at = stops.findIndex((stop) => stop.key === fromKey);
    const next = at >= 0 ? stops[at + direction] : undefined;
    if (next) {
      this.#focusKey(next.key);
      return;
    }
    // Off screen: the nearest event beyond the current mark, in that direction.
    const current = at >= 0 ? stops[at]! : null;
    const pivot = current?.cluster
      ? direction === 1
        ? current.cluster.end
        : current.cluster.start
      : (this.model?.byId.get(fromKey)?.start ?? 0);
    const events = this.model!.events;
    const beyond =
      direction === 1
        ? events.find((e) => e.start > pivot && e.id !== fromKey)
        : events.findLast((e) => e.start < pivot && e.id !== fromKey);
    if (beyond) this.#focusEvent(beyond.id);
  }

  /** Moves keyboard focus to an event (or the cluster holding it), panning it into view first. */
  #focusEvent(id: string): void {
    this.#revealEvent(id);
    this.#drawPlot();
    const event = this.model?.byId.get(id);
    const holder = event && this.#layout?.clusters.find((c) => clusterHolds(c, event));
    this.#focusKey(holder ? holder.key : id);
  }

  #focusKey(key: string): void {
    this.#tabStop = key;
    this.#drawPlot();
    this.#renderer?.markOf(key)?.focus();
  }

  /**
   * Brings an event into view: pans when it is off screen, and when it is merged into a cluster
   * there, zooms in around it (at most ×4 a step, tried on the pure layout) until it has its own
   * mark. Focus moves (arrow keys) only pan; `zoomIn` is for selecting.
   */
  #revealEvent(id: string, { zoomIn = false, animate = false } = {}): void {
    const event = this.model?.byId.get(id);
    const scale = this.#viewScale();
    if (!event || !scale || !this.#zoomer) return;
    const width = this.#frame.width;
    const x0 = scale(event.type === 'point' ? event.anchor : event.start);
    const x1 = scale(event.type === 'point' ? event.anchor : event.end);
    if (x1 < 0 || x0 > width) {
      const centre = (x0 + Math.min(x1, x0 + width * 0.6)) / 2;
      this.#zoomer.panBy(centre - width / 2, false);
    }
    if (!zoomIn) return;
    let [d0, d1] = (this.#viewScale()!.domain() as [Date, Date]).map((d) => d.getTime()) as [
      number,
      number,
    ];
    const hidden = (domain: [number, number]): boolean =>
      this.#layoutFor(domain).clusters.some((cluster) => clusterHolds(cluster, event));
    if (!hidden([d0, d1])) return;
    const at = event.type === 'point' ? event.anchor : event.start;
    for (let step = 0; step < 12 && hidden([d0, d1]) && d1 - d0 > HOUR_MS; step++) {
      const span = (d1 - d0) / 4;
      [d0, d1] = [at - span / 2, at + span / 2];
    }
    this.#showWall(d0, d1, animate);
  }

  /** Zooms to a cluster's events, so that they split apart. */
  #zoomToCluster(cluster: ClusterMark): void {
    const span = Math.max(cluster.end - cluster.start, HOUR_MS);
    const margin = span * 0.15;
    this.#showWall(cluster.start - margin, cluster.end + margin, true);
  }

  #userSelect(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    // A label can belong to an event merged into a cluster: choosing it goes to the event.
    if (id !== null) this.#revealEvent(id, { zoomIn: true, animate: true });
    const event = id ? this.model?.byId.get(id) : undefined;
    this.dispatchEvent(timelineEvent('ai-timeline-select', { event: event?.input ?? null }));
  }

  /** Shows the tooltip of the mark or label at `target`; returns its key. */
  #showTooltipFor(target: EventTarget | null): string | null {
    const cluster = this.#clusterAt(target);
    const id = cluster ? cluster.key : this.#eventIdAt(target);
    const plot = this.renderRoot.querySelector('[part="plot"]');
    if (!id || !plot) return null;
    const mark = ((target as Element).closest('[part~="event"], [part~="cluster"]') ??
      this.#renderer?.markOf(id) ??
      target) as Element;
    const box = mark.getBoundingClientRect();
    const origin = plot.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2 - origin.left, 80), origin.width - 80);
    this.tooltip = { id, cluster, x, y: box.top - origin.top };
    return id;
  }

  // -- Rendering (Lit owns everything but the plot's canvas) --------------------------------

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered shadow root (src/ssr) is kept, and its static list replaced.
    if (this.shadowRoot) return adoptServerRoot(this.shadowRoot, AiTimeline.elementStyles);
    return super.createRenderRoot();
  }

  protected override render(): unknown {
    if (isServer) return renderStaticTimeline(this);
    const t = this.#strings;
    const locale = this.#effectiveLocale;
    const model = this.model;
    const loading = this.#source?.loading ?? false;
    const selected = this.selected ? model?.byId.get(this.selected) : undefined;
    const summary = model && model.events.length > 0 ? this.#summary(model, t, locale) : t.noEvents;
    const heading = this.heading ?? this.dataHeading;
    const progress = this.progress;
    const list = this.view === 'list';
    const names = heading ? 'heading summary' : 'summary';
    // What the detail panel and the list view share.
    const facts = {
      root: this.renderRoot,
      t,
      locale,
      palette: this.#palette,
      swatch,
      select: (id: string | null) => this.#userSelect(id),
    };
    return html`
      <div class="header">
        ${heading ? html`<h2 part="heading" id="heading">${heading}</h2>` : nothing}
        ${this.#renderLegend(t)} ${this.#renderControls(t, locale, list)}
      </div>
      ${
        this.notice && this.#notices
          ? this.#notices.renderNotice(this.notice, t, this.renderRoot, () => (this.notice = null))
          : nothing
      }
      <div
        part="plot"
        class=${this.#vertical ? 'vertical' : ''}
        ?hidden=${list}
        tabindex=${this.markTabStop ? '-1' : '0'}
        role="group"
        aria-roledescription="timeline"
        aria-labelledby=${names}
        @click=${this.#onPlotClick}
        @pointerover=${this.#onPointerOver}
        @pointerout=${this.#onPointerOut}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
        @keydown=${this.#onKeyDown}
      >
        <span id="summary" class="visually-hidden">${summary}</span>
        <div class="visually-hidden" role="status" aria-live="polite">
          ${this.rangeAnnouncement}
        </div>
        <div class="canvas"></div>
        ${
          loading || progress !== null || !model || model.events.length === 0
            ? html`<div part="status" role="status">
                ${
                  progress !== null
                    ? t.reading(Math.floor(progress * 100))
                    : loading
                      ? t.loading
                      : model
                        ? t.noEvents
                        : nothing
                }
              </div>`
            : nothing
        }
        ${this.#renderTooltip(locale)}
        <div part="hint" class="hint" aria-hidden="true" ?hidden=${this.hint === null}>
          ${this.hint}
        </div>
      </div>
      <div part="overview" ?hidden=${list || !this.#overviewShown}></div>
      ${
        list
          ? this.#eventList?.renderList({
              ...facts,
              events: model?.events ?? [],
              selected: this.selected,
              labelledBy: names,
              update: () => this.requestUpdate(),
            })
          : selected && this.#detailPanel
            ? this.#detailPanel.renderDetail(selected, {
                ...facts,
                zoomToEvent: () => void this.#reveal(selected, true, true),
              })
            : nothing
      }
    `;
  }

  #renderControls(t: UiStrings, locale: string, list: boolean): unknown {
    const wanted = this.controls?.trim() ? this.controls.trim().split(/[\s,]+/) : DEFAULT_CONTROLS;
    const has = (name: string) => wanted.includes(name);
    const order = this.#storyEvents();
    const position = storyPosition(order, this.selected);
    const count = (n: number) => formatCount(n, locale, false);
    return html`<div part="controls" role="toolbar" aria-label=${t.controls}>
      ${
        has('zoom') && !list
          ? html`<button
                type="button"
                part="button zoom-in"
                @click=${() => this.#zoomer?.scaleBy(KEY_ZOOM_FACTOR)}
                aria-label=${t.zoomIn}
                title=${t.zoomIn}
              >
                +
              </button>
              <button
                type="button"
                part="button zoom-out"
                @click=${() => this.#zoomer?.scaleBy(1 / KEY_ZOOM_FACTOR)}
                aria-label=${t.zoomOut}
                title=${t.zoomOut}
              >
                −
              </button>`
          : nothing
      }
      ${
        has('fit') && !list
          ? html`<button
              type="button"
              part="button fit"
              @click=${() => this.fit({ animate: true })}
            >
              ${t.fit}
            </button>`
          : nothing
      }
      ${
        has('story') && order.length > 0
          ? html`<div part="story" role="group" aria-label=${t.story}>
              <button
                type="button"
                class="story-previous"
                part="button previous"
                aria-label=${t.previous}
                title=${t.previous}
                aria-disabled=${position === 1 ? 'true' : 'false'}
                @click=${() => this.#step(-1, true)}
              >
                ‹
              </button>
              <span part="story-counter" class="story-counter" aria-live="polite"
                >${t.storyPosition(position > 0 ? count(position) : '–', count(order.length))}</span
              >
              <button
                type="button"
                class="story-next"
                part="button next"
                aria-label=${t.next}
                title=${t.next}
                aria-disabled=${position === order.length ? 'true' : 'false'}
                @click=${() => this.#step(1, true)}
              >
                ›
              </button>
            </div>`
          : nothing
      }
      ${
        has('export') && !list
          ? html`<button
              type="button"
              class="export"
              part="button export"
              aria-label=${t.exportImage}
              title=${t.exportImage}
              @click=${() => void import('./render/export.js').then((m) => m.download(this))}
            >
              ⤓
            </button>`
          : nothing
      }
      ${
        has('view')
          ? html`<button
              type="button"
              class="view"
              part="button view-toggle"
              aria-pressed=${list}
              @click=${() => {
                this.view = list ? 'timeline' : 'list';
                this.dispatchEvent(timelineEvent('ai-timeline-viewchange', { view: this.view }));
              }}
            >
              ${t.list}
            </button>`
          : nothing
      }
    </div>`;
  }

  #summary(model: TimelineModel, t: UiStrings, locale: string): string {
    const first = model.events[0]!;
    const last = model.events.reduce((a, b) => (b.end > a.end ? b : a));
    return t.plotLabel(
      model.events.length,
      formatDate(first.start, first.startPrecision === 'year' ? 'year' : 'month', locale),
      formatDate(
        last.end - 1,
        (last.endPrecision ?? last.startPrecision) === 'year' ? 'year' : 'month',
        locale,
      ),
    );
  }

  #renderLegend(t: UiStrings): unknown {
    const entries = this.#palette.entries();
    if (entries.length === 0) return nothing;
    return html`<ul part="legend" aria-label=${t.legend}>
      ${entries.map(
        (entry) =>
          html`<li part="legend-item" class=${entry.className}>
            ${swatch(entry.className)}${entry.key === null ? t.uncategorised : entry.label}
          </li>`,
      )}
    </ul>`;
  }

  #renderTooltip(locale: string): unknown {
    const tip = this.tooltip;
    const event = tip && !tip.cluster ? this.model?.byId.get(tip.id) : undefined;
    if (!tip || (!event && !tip.cluster)) {
      return html`<div part="tooltip" role="tooltip" hidden></div>`;
    }
    const title = tip.cluster ? this.#describeCluster(tip.cluster, locale) : event!.title;
    const meta = tip.cluster
      ? ''
      : `${formatEventDate(event!, locale)}${event!.category ? ` · ${this.#palette.labelFor(event!.category)}` : ''}`;
    return html`<div part="tooltip" role="tooltip">
      <div class="tooltip-title" dir="auto">${title}</div>
      ${meta ? html`<div class="tooltip-meta">${meta}</div>` : nothing}
    </div>`;
  }
}

function buildModel(events: readonly NormalizedEvent[]): TimelineModel {
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    min = Math.min(min, event.start);
    max = Math.max(max, event.end);
  }
  if (!Number.isFinite(min)) {
    const now = Date.now();
    min = now - 180 * DAY_MS;
    max = now + 180 * DAY_MS;
  }
  const span = Math.max(max - min, DAY_MS);
  const margin = Math.max(span * 0.05, 12 * HOUR_MS);
  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    fitDomain: [min - margin, max + margin],
  };
}

/** Everything on screen the keyboard moves through, in time order (events and clusters). */
function focusStops(layout: TimelineLayout): FocusStop[] {
  const stops: FocusStop[] = [];
  for (const mark of [...layout.eras, ...layout.bars, ...layout.points]) {
    stops.push({
      key: mark.event.id,
      start: mark.event.start,
      index: mark.event.index,
      cluster: null,
    });
  }
  for (const cluster of layout.clusters) {
    stops.push({ key: cluster.key, start: cluster.start, index: cluster.lead.index, cluster });
  }
  return stops.sort((a, b) => a.start - b.start || a.index - b.index);
}

function lastInTime(events: readonly NormalizedEvent[]): NormalizedEvent | undefined {
  let last: NormalizedEvent | undefined;
  for (const event of events) if (!last || event.start >= last.start) last = event;
  return last;
}

/** Whether a cluster stands for this event. */
function clusterHolds(cluster: ClusterMark, event: NormalizedEvent): boolean {
  for (let i = cluster.from; i < cluster.to; i++) if (cluster.list[i] === event) return true;
  return false;
}

/** The value of an event's field that picks its lane, as text; null when it has none. */
function laneValue(event: NormalizedEvent, field: string): string | null {
  if (field === 'category') return event.category;
  const value = (event.input as unknown as Record<string, unknown>)[field];
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** BCP 47 tags as given, and their canonical form (asked on every frame, so remembered). */
const canonicalLocales = new Map<string, string>();

const countFormats = new Map<string, Intl.NumberFormat>();
/** A count in the reader's locale; compact ("1.2K") inside small marks. */
function formatCount(count: number, locale: string, compact = true): string {
  const key = `${locale}|${compact}`;
  let format = countFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {});
    countFormats.set(key, format);
  }
  return format.format(count);
}

/** The visible window at the precision its length calls for: "1 – 30 June 2025", "2019 – 2024". */
function viewSpan(d0: number, d1: number, locale: string): string {
  const days = (d1 - d0) / DAY_MS;
  const precision = days > 1500 ? 'year' : days > 90 ? 'month' : days > 3 ? 'day' : 'minute';
  // The window ends where the next day (month, year) starts: show the last one it holds.
  return formatRange(d0, precision, precision === 'minute' ? d1 : d1 - 1, precision, locale);
}

const spanTexts = new Map<string, string>();
/**
 * When a cluster's events happened, as precisely as its span calls for: "3–28 June 2025",
 * "March – June 2025", "2015 – 2017". Coarse spans repeat while zooming, so they are remembered.
 */
function clusterSpan(cluster: ClusterMark, locale: string): string {
  const days = (cluster.end - cluster.start) / DAY_MS;
  const precision = days > 730 ? 'year' : days > 62 ? 'month' : 'day';
  const last = Math.max(cluster.start, cluster.end - 1);
  const key = `${locale}|${precision}|${floorTo(cluster.start, precision)}|${floorTo(last, precision)}`;
  let text = spanTexts.get(key);
  if (text === undefined) {
    text = formatRange(cluster.start, precision, last, precision, locale);
    if (spanTexts.size > 2000) spanTexts.clear();
    spanTexts.set(key, text);
  }
  return text;
}

/** The start of the day, month or year holding wall-clock `ms`, as a cache key. */
function floorTo(ms: number, precision: 'day' | 'month' | 'year'): number {
  if (precision === 'day') return Math.floor(ms / DAY_MS);
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + (precision === 'month' ? date.getUTCMonth() : 0);
}

/** A category's colour and shape, as in its marks. */
function swatch(colorClass: string): unknown {
  return html`<svg part="swatch" class="swatch" viewBox="-6 -6 12 12" aria-hidden="true">
    <path d=${shapePath(shapeIndex(colorClass), 4.6)}></path>
  </svg>`;
}

function isMac(): boolean {
  return /mac|iphone|ipad/i.test(navigator.platform);
}

/** The axis shown before any data arrives: the past year. */
function placeholderScale(width: number): TimeScale {
  const now = Date.now();
  return timeScaleUtc([now - 365 * DAY_MS, now], [0, width]);
}

/** JSON text as a property value; text that is not JSON stays text, for the reader to report. */
function parseJsonAttribute(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
