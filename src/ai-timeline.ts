import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

import { timelineStyles } from './ai-timeline.styles.js';
import { timelineEvent, type TimelineDataSource } from './events.js';
import {
  SourceController,
  type SourceData,
  type SourceFormat,
} from './controllers/source-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { formatEventDate, formatDate } from './i18n/format.js';
import { stringsFor, type UiStrings } from './i18n/strings.js';
import {
  HOUR_MS,
  DAY_MS,
  parseDate,
  wallToInstant,
  DateParseError,
  type DateInput,
  type WallDate,
} from './model/dates.js';
import { normalizeEvents } from './model/normalize.js';
import { CategoryPalette } from './model/categories.js';
import type { CategoryMap, NormalizedEvent, TimelineError, TimelineEvent } from './model/types.js';
import {
  layoutTimeline,
  packRanges,
  type RangeRows,
  type TimelineLayout,
} from './layout/timeline-layout.js';
import { PlotRenderer } from './render/plot-renderer.js';
import { timeScaleUtc, type TimeScale } from './layout/time-scale.js';
import { TextMeasurer } from './render/text-measurer.js';
import { position } from './render/css-position.js';
import type { NormalizeResult } from './model/normalize.js';

/** Data as accepted for display, with what is derived from it once per data set. */
interface TimelineModel {
  events: readonly NormalizedEvent[];
  byId: ReadonlyMap<string, NormalizedEvent>;
  rows: RangeRows;
  /** The fitted view: all events with a margin, in wall-clock milliseconds. */
  fitDomain: [number, number];
}

interface Notice {
  errors: TimelineError[];
  /** A whole input failed (bad JSON, failed `src`); the previous timeline stays. */
  failure: string | null;
}

interface Tooltip {
  id: string;
  x: number;
  y: number;
}

const RANGE_SETTLE_MS = 200;
/** Inputs up to this many plain rows are validated at once; longer ones in slices. */
const SYNC_ROWS = 2000;
/** The notice lists this many rows, then says how many more there are. */
const NOTICE_ROWS = 100;
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
 * @fires {CustomEvent<TimelineSelectDetail>} ai-timeline-select - The user selected an event (`detail.event`) or cleared the selection (`null`).
 * @fires {CustomEvent<TimelineRangeChangeDetail>} ai-timeline-rangechange - The visible window changed and settled (`detail.start`, `detail.end` as Dates).
 * @fires {CustomEvent<TimelineLoadDetail>} ai-timeline-load - New data was read; `detail.count` events are shown, from `detail.source` (`events`, `src` or `children`).
 * @fires {CustomEvent<TimelineErrorDetail>} ai-timeline-error - Rows were rejected or corrected, or a whole input failed (`detail.errors`).
 *
 * @csspart heading - The visible title.
 * @csspart legend - The list of categories and their colours.
 * @csspart controls - The zoom in, zoom out and fit buttons.
 * @csspart plot - The focusable plot area holding the chart.
 * @csspart plot-svg - The SVG the chart is drawn in.
 * @csspart axis - The time axis.
 * @csspart tick - An axis tick; year boundaries also have `tick-year`.
 * @csspart grid - The vertical grid lines.
 * @csspart event - Every event mark; also `point`, `range` or `era`.
 * @csspart label - An event's label (title and date).
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart detail - The panel describing the selected event.
 * @csspart notice - The notice of rows not shown and of failed loads.
 * @csspart status - The loading and empty messages.
 *
 * @cssprop --ai-timeline-font-family - Font of all text.
 * @cssprop --ai-timeline-font-size - Base font size.
 * @cssprop --ai-timeline-plot-height - Height of the plot area (default 380px).
 * @cssprop --ai-timeline-background - Background colour.
 * @cssprop --ai-timeline-surface - Background of buttons and the detail panel.
 * @cssprop --ai-timeline-text - Main text colour.
 * @cssprop --ai-timeline-muted - Secondary text colour (dates, axis).
 * @cssprop --ai-timeline-border - Borders and label outlines.
 * @cssprop --ai-timeline-grid - Grid line colour.
 * @cssprop --ai-timeline-axis - Axis line and tick colour.
 * @cssprop --ai-timeline-accent - Link colour.
 * @cssprop --ai-timeline-focus - Focus ring colour.
 * @cssprop --ai-timeline-label-background - Fill behind label text.
 * @cssprop --ai-timeline-era-opacity - Opacity of era bands.
 * @cssprop --ai-timeline-uncategorised - Colour of events without a category.
 * @cssprop --ai-timeline-category-1 - First category colour (through --ai-timeline-category-8).
 * @cssprop --ai-timeline-radius - Corner radius of buttons and panels.
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

  @state() private model: TimelineModel | null = null;
  @state() private notice: Notice | null = null;
  @state() private tooltip: Tooltip | null = null;
  @state() private size = { width: 0, height: 0 };
  /** Share of a long input read so far (0–1), while it is being read. */
  @state() private progress: number | null = null;
  /** The title the data gives itself (TimelineJS), shown when there is no `heading`. */
  @state() private dataHeading: string | null = null;

  private renderer: PlotRenderer | null = null;
  private zoomer: ZoomController | null = null;
  private readonly measurer = new TextMeasurer();
  private readonly palette = new CategoryPalette();
  private transform: ZoomTransform = zoomIdentity;
  private tabStopId: string | null = null;
  private needsInitialView = false;
  private rangeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRange = '';
  private pendingEvents: Event[] = [];
  /** Label dates by event id, for one locale and one data set: formatting is the costly part. */
  private dateTexts = {
    locale: '',
    model: null as TimelineModel | null,
    texts: new Map<string, string>(),
  };

  /** The input on screen, to read again when `fields` or `date-format` change. */
  private lastInput: { data: SourceData; source: TimelineDataSource } | null = null;
  /** Aborts the reading of an input overtaken by a newer one. */
  private reading: AbortController | null = null;
  /** Stops watching `<ai-event>` children (see model/children.ts). */
  private unwatchChildren: (() => void) | null = null;

  private readonly source = new SourceController(
    this,
    () => [this.src, this.format as SourceFormat, this.srcTimeout],
    {
      onData: (data, _url, signal) => this.ingest(data, 'src', signal),
      onFailure: (error, url) =>
        this.fail(`The file ${url} ${error.message}.`, {
          field: 'src',
          source: 'src',
          url,
          status: error.status,
        }),
    },
  );

  private readonly resize = new ResizeController(this, {
    target: null,
    callback: (entries) => {
      const box = entries[0]?.contentRect;
      if (box && (box.width !== this.size.width || box.height !== this.size.height)) {
        this.size = { width: box.width, height: box.height };
      }
      return box;
    },
  });

  // -- Public API -----------------------------------------------------------------------------

  /** Shows the window from `start` to `end` (ISO 8601 strings, epoch milliseconds or Dates). */
  zoomTo(start: DateInput, end: DateInput, options: { animate?: boolean } = {}): void {
    const from = parseDate(start);
    const to = parseDate(end);
    this.showWall(
      Math.min(from.start, to.start),
      Math.max(from.end, to.end),
      options.animate ?? false,
    );
  }

  /** Fits all events in view, with a margin. */
  fit(options: { animate?: boolean } = {}): void {
    this.zoomer?.transformTo(zoomIdentity, options.animate ?? false);
  }

  /** Selects an event by id (and brings it into view), or clears the selection with null. */
  select(id: string | null): void {
    this.selected = id;
    if (id !== null) this.revealEvent(id);
  }

  /** The visible window, as instants. */
  get visibleRange(): { start: Date; end: Date } | null {
    const scale = this.viewScale();
    if (!scale) return null;
    const [start, end] = scale.domain() as [Date, Date];
    return {
      start: new Date(wallToInstant(start.getTime())),
      end: new Date(wallToInstant(end.getTime())),
    };
  }

  // -- Lifecycle ------------------------------------------------------------------------------

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'events'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'events') {
      super.attributeChangedCallback(name, old, value);
      return;
    }
    if (value === null || value === old) return;
    try {
      this.events = JSON.parse(value) as TimelineEvent[];
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(`The events attribute is not valid JSON (${reason}).`, {
        field: 'events',
        source: 'events',
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // <ai-event> children: read now and on every change (the watcher loads on demand).
    void import('./model/children.js').then(({ watchChildren }) => {
      this.unwatchChildren?.();
      this.unwatchChildren = this.isConnected
        ? watchChildren(this, (rows) => this.ingest({ rows }, 'children'))
        : null;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchChildren?.();
    this.unwatchChildren = null;
    clearTimeout(this.rangeTimer);
    this.zoomer?.stopAnimation();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events') && this.events !== undefined) {
      // Not an array: TimelineJS3 data, or something the pipeline reports.
      const events: unknown = this.events;
      void this.ingest(Array.isArray(events) ? { rows: events } : { document: events }, 'events');
    } else if ((changed.has('fields') || changed.has('dateFormat')) && this.lastInput) {
      void this.ingest(this.lastInput.data, this.lastInput.source);
    }
    if (changed.has('categories') || changed.has('model')) {
      this.palette.update(this.categories, this.model?.events ?? []);
    }
    if (
      (changed.has('viewStart') || changed.has('viewEnd')) &&
      this.model &&
      !changed.has('model')
    ) {
      this.needsInitialView = true;
    }
    if (changed.has('wheel') && this.zoomer) this.zoomer.wheelZooms = this.wheel === 'zoom';
  }

  protected override firstUpdated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.canvas')!;
    this.renderer = new PlotRenderer(plot);
    this.zoomer = new ZoomController(this.renderer.svg, {
      onZoom: (transform) => this.onZoom(transform),
    });
    this.zoomer.wheelZooms = this.wheel === 'zoom';
    this.resize.observe(plot);
    this.palette.attach(this.renderRoot as ShadowRoot);
  }

  protected override updated(changed: PropertyValues): void {
    this.measurer.setFonts(
      getComputedStyle(this.renderer!.titleProbe),
      getComputedStyle(this.renderer!.dateProbe),
    );
    if (this.model && this.size.width > 0) {
      this.zoomer!.setBounds(this.size.width, this.size.height, this.maxScale());
      if (this.needsInitialView) {
        this.needsInitialView = false;
        this.applyInitialView();
      } else if (changed.has('size')) {
        this.keepDomainAfterResize(changed.get('size') as { width: number } | undefined);
      }
    }
    this.drawPlot();
    for (const event of this.pendingEvents.splice(0)) this.dispatchEvent(event);
  }

  // -- Data -----------------------------------------------------------------------------------

  /**
   * Turns input into the timeline: a small plain array at once, anything else (CSV, TimelineJS,
   * `fields`, `date-format`, long inputs) through the pipeline, loaded on demand and run in slices.
   * A newer input aborts an older one still being read.
   */
  private ingest(
    data: SourceData,
    source: TimelineDataSource,
    signal?: AbortSignal,
  ): Promise<void> | undefined {
    this.reading?.abort();
    const reading = new AbortController();
    this.reading = reading;
    signal?.addEventListener('abort', () => reading.abort());
    this.lastInput = { data, source };
    if ('rows' in data && data.rows.length <= SYNC_ROWS && !this.fields && !this.dateFormat) {
      this.show(normalizeEvents(data.rows), source, null);
      return undefined;
    }
    return import('./model/pipeline.js')
      .then(({ runPipeline }) =>
        runPipeline(data, {
          fields: this.fields,
          dateFormat: this.dateFormat,
          signal: reading.signal,
          onProgress: (fraction) => (this.progress = fraction),
        }),
      )
      .then(
        (result) => {
          if (!reading.signal.aborted) this.show(result, source, result.heading);
        },
        (error: unknown) => {
          if (reading.signal.aborted) return;
          // A src request's failures are reported by the source controller (URL and status).
          if (signal) throw error;
          this.fail(`The ${source} ${error instanceof Error ? error.message : String(error)}.`, {
            field: source,
            source,
          });
        },
      )
      .finally(() => {
        if (this.reading === reading) this.progress = null;
      });
  }

  /** Shows validated events, and reports what was rejected or corrected. */
  private show(
    { events, errors }: NormalizeResult,
    source: TimelineDataSource,
    heading: string | null,
  ): void {
    this.model = buildModel(events);
    this.dataHeading = heading;
    this.needsInitialView = true;
    this.notice = errors.length > 0 ? { errors: [...errors], failure: null } : null;
    if (this.selected !== null && !this.model.byId.has(this.selected)) this.selected = null;
    this.pendingEvents.push(timelineEvent('ai-timeline-load', { count: events.length, source }));
    if (errors.length > 0) {
      this.pendingEvents.push(timelineEvent('ai-timeline-error', { errors: [...errors], source }));
    }
    this.requestUpdate();
  }

  /** A whole input failed: keep the last good timeline, say so, and report it. */
  private fail(
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
    this.pendingEvents.push(timelineEvent('ai-timeline-error', detail));
    this.requestUpdate();
  }

  // -- View -----------------------------------------------------------------------------------

  private get effectiveLocale(): string {
    const lang =
      this.locale ||
      this.closest('[lang]')?.getAttribute('lang') ||
      (typeof navigator !== 'undefined' ? navigator.language : '') ||
      'en';
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  private get strings(): UiStrings {
    return stringsFor(this.effectiveLocale);
  }

  private baseScale(): TimeScale | null {
    if (!this.model || this.size.width <= 0) return null;
    return timeScaleUtc(this.model.fitDomain, [0, this.size.width]);
  }

  private viewScale(): TimeScale | null {
    const base = this.baseScale();
    return base ? this.transform.rescaleX(base) : null;
  }

  private maxScale(): number {
    const [d0, d1] = this.model!.fitDomain;
    return (d1 - d0) / HOUR_MS;
  }

  private applyInitialView(): void {
    const start = this.attributeDate('view-start', this.viewStart)?.start ?? null;
    const end = this.attributeDate('view-end', this.viewEnd)?.end ?? null;
    if (start === null && end === null) {
      this.zoomer!.transformTo(zoomIdentity, false);
      return;
    }
    const [d0, d1] = this.model!.fitDomain;
    this.showWall(start ?? d0, end ?? d1, false);
  }

  /** Parses a date attribute; a bad one is reported (and ignored) rather than thrown. */
  private attributeDate(name: string, value: string | null): WallDate | null {
    if (!value) return null;
    try {
      return parseDate(value);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      this.fail(`${name} ${error.message}.`, { field: name, source: 'events' });
      return null;
    }
  }

  /** Shows [start, end) in wall-clock milliseconds. */
  private showWall(start: number, end: number, animate: boolean): void {
    const base = this.baseScale();
    if (!base || !this.zoomer) return;
    this.zoomer.showBaseInterval(base(start), base(Math.max(end, start + HOUR_MS)), animate);
  }

  private keepDomainAfterResize(previous: { width: number } | undefined): void {
    if (!previous || previous.width <= 0) return;
    // The transform is in pixels of the old width; scale its translation to the new width.
    const t = this.transform;
    const ratio = this.size.width / previous.width;
    this.zoomer!.transformTo(zoomIdentity.translate(t.x * ratio, 0).scale(t.k), false);
  }

  private onZoom(transform: ZoomTransform): void {
    this.transform = transform;
    if (this.tooltip) this.tooltip = null;
    this.drawPlot();
    clearTimeout(this.rangeTimer);
    this.rangeTimer = setTimeout(() => this.announceRange(), RANGE_SETTLE_MS);
  }

  private announceRange(): void {
    const range = this.visibleRange;
    if (!range) return;
    const key = `${range.start.getTime()}|${range.end.getTime()}`;
    if (key === this.lastRange) return;
    this.lastRange = key;
    this.dispatchEvent(timelineEvent('ai-timeline-rangechange', range));
  }

  private drawPlot(): void {
    if (!this.renderer || this.size.width <= 0) return;
    const locale = this.effectiveLocale;
    const scale = this.viewScale() ?? placeholderScale(this.size.width);
    const events = this.model?.events ?? [];
    const layout = layoutTimeline({
      events,
      x: (ms) => scale(ms),
      width: this.size.width,
      height: this.size.height,
      measure: this.measurer.measure,
      dateText: (event) => this.dateText(event, locale),
      rows: this.model?.rows ?? packRanges([]),
    });
    const visible = new Set(
      [...layout.points, ...layout.bars, ...layout.eras].map((m) => m.event.id),
    );
    if (this.tabStopId === null || !visible.has(this.tabStopId)) {
      this.tabStopId =
        this.selected && visible.has(this.selected) ? this.selected : firstInTime(layout);
    }
    this.renderer.render({
      layout,
      scale,
      width: this.size.width,
      height: this.size.height,
      locale,
      selectedId: this.selected,
      tabStopId: this.tabStopId,
      colorClass: (event) => this.palette.classFor(event.category),
      describe: (event) => this.describe(event, locale),
    });
  }

  private dateText(event: NormalizedEvent, locale: string): string {
    const cache = this.dateTexts;
    if (cache.locale !== locale || cache.model !== this.model) {
      this.dateTexts = { locale, model: this.model, texts: new Map() };
    }
    let text = this.dateTexts.texts.get(event.id);
    if (text === undefined) {
      text = formatEventDate(event, locale);
      this.dateTexts.texts.set(event.id, text);
    }
    return text;
  }

  /** What a screen reader says for an event: date, title, category. */
  private describe(event: NormalizedEvent, locale: string): string {
    const parts = [this.dateText(event, locale), event.title];
    if (event.category) parts.push(this.palette.labelFor(event.category));
    return parts.join(', ');
  }

  // -- Interaction ----------------------------------------------------------------------------

  private eventIdAt(target: EventTarget | null): string | null {
    const element = target instanceof Element ? target.closest('[data-id]') : null;
    return element?.getAttribute('data-id') ?? null;
  }

  private onPlotClick = (e: MouseEvent): void => {
    const id = this.eventIdAt(e.target);
    if (id) this.userSelect(id);
    else if (this.selected !== null) this.userSelect(null);
  };

  private onPointerOver = (e: PointerEvent): void => {
    if (e.buttons) return;
    const id = this.eventIdAt(e.target);
    if (id) this.showTooltip(id, e.target as Element);
  };

  private onPointerOut = (e: PointerEvent): void => {
    const next = this.eventIdAt(e.relatedTarget);
    if (this.tooltip && next !== this.tooltip.id) this.tooltip = null;
  };

  private onFocusIn = (e: FocusEvent): void => {
    const id = this.eventIdAt(e.target);
    if (id) {
      this.tabStopId = id;
      this.showTooltip(id, e.target as Element);
    }
  };

  private onFocusOut = (): void => {
    this.tooltip = null;
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    // Ctrl/⌘/Alt combinations belong to the browser (Ctrl + "+" zooms the page).
    if (!this.zoomer || !this.model || e.ctrlKey || e.metaKey || e.altKey) return;
    const onEvent = this.eventIdAt(e.target);
    const width = this.size.width;
    switch (e.key) {
      case '+':
      case '=':
        this.zoomer.scaleBy(KEY_ZOOM_FACTOR, this.focusX(onEvent));
        break;
      case '-':
      case '_':
        this.zoomer.scaleBy(1 / KEY_ZOOM_FACTOR, this.focusX(onEvent));
        break;
      case '0':
        this.fit({ animate: true });
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const direction = e.key === 'ArrowRight' ? 1 : -1;
        if (onEvent) this.moveFocus(onEvent, direction);
        else this.zoomer.panBy(direction * width * KEY_PAN_SHARE);
        break;
      }
      case 'Home':
      case 'End': {
        const target = e.key === 'Home' ? this.model.events[0] : this.model.events.at(-1);
        if (!target) return;
        this.focusEvent(target.id);
        break;
      }
      case 'Enter':
      case ' ':
        if (!onEvent) return;
        this.userSelect(onEvent);
        break;
      case 'Escape':
        if (this.selected === null) return;
        this.userSelect(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  private focusX(id: string | null): number | undefined {
    if (!id) return undefined;
    const event = this.model?.byId.get(id);
    const scale = this.viewScale();
    return event && scale ? scale(event.anchor) : undefined;
  }

  private moveFocus(fromId: string, direction: 1 | -1): void {
    const events = this.model!.events;
    const index = events.findIndex((e) => e.id === fromId);
    const next = events[index + direction];
    if (next) this.focusEvent(next.id);
  }

  /** Moves keyboard focus to an event, panning it into view first when it is off screen. */
  private focusEvent(id: string): void {
    this.revealEvent(id);
    this.tabStopId = id;
    this.drawPlot();
    const mark = this.renderer?.markOf(id);
    mark?.focus();
  }

  /** Pans (without zooming) so that an event is on screen. */
  private revealEvent(id: string): void {
    const event = this.model?.byId.get(id);
    const scale = this.viewScale();
    if (!event || !scale || !this.zoomer) return;
    const width = this.size.width;
    const x0 = scale(event.type === 'point' ? event.anchor : event.start);
    const x1 = scale(event.type === 'point' ? event.anchor : event.end);
    if (x1 >= 0 && x0 <= width) return;
    const centre = (x0 + Math.min(x1, x0 + width * 0.6)) / 2;
    this.zoomer.panBy(centre - width / 2, false);
  }

  private userSelect(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const event = id ? this.model?.byId.get(id) : undefined;
    this.dispatchEvent(timelineEvent('ai-timeline-select', { event: event?.input ?? null }));
  }

  private showTooltip(id: string, target: Element): void {
    const plot = this.renderRoot.querySelector('[part="plot"]');
    if (!plot) return;
    const mark = (target.closest('[part~="event"]') ??
      this.renderer?.markOf(id) ??
      target) as Element;
    const box = mark.getBoundingClientRect();
    const origin = plot.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2 - origin.left, 80), origin.width - 80);
    this.tooltip = { id, x, y: box.top - origin.top };
  }

  // -- Rendering (Lit owns everything but the plot's canvas) --------------------------------

  protected override render(): unknown {
    const t = this.strings;
    const locale = this.effectiveLocale;
    const model = this.model;
    const loading = this.source.loading;
    const selected = this.selected ? model?.byId.get(this.selected) : undefined;
    const summary = model && model.events.length > 0 ? this.summary(model, t, locale) : t.noEvents;
    const heading = this.heading ?? this.dataHeading;
    const progress = this.progress;
    return html`
      <div class="header">
        ${heading ? html`<h2 part="heading" id="heading">${heading}</h2>` : nothing}
        ${this.renderLegend(t)}
        <div part="controls" role="toolbar" aria-label=${t.controls}>
          <button
            type="button"
            @click=${() => this.zoomer?.scaleBy(KEY_ZOOM_FACTOR)}
            aria-label=${t.zoomIn}
            title=${t.zoomIn}
          >
            +
          </button>
          <button
            type="button"
            @click=${() => this.zoomer?.scaleBy(1 / KEY_ZOOM_FACTOR)}
            aria-label=${t.zoomOut}
            title=${t.zoomOut}
          >
            −
          </button>
          <button type="button" @click=${() => this.fit({ animate: true })}>${t.fit}</button>
        </div>
      </div>
      ${this.renderNotice(t)}
      <div
        part="plot"
        tabindex="0"
        role="group"
        aria-roledescription="timeline"
        aria-labelledby=${heading ? 'heading summary' : 'summary'}
        @click=${this.onPlotClick}
        @pointerover=${this.onPointerOver}
        @pointerout=${this.onPointerOut}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @keydown=${this.onKeyDown}
      >
        <span id="summary" class="visually-hidden">${summary}</span>
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
        ${this.renderTooltip(locale)}
      </div>
      ${selected ? this.renderDetail(selected, t, locale) : nothing}
    `;
  }

  private summary(model: TimelineModel, t: UiStrings, locale: string): string {
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

  private renderLegend(t: UiStrings): unknown {
    const entries = this.palette.entries();
    if (entries.length === 0) return nothing;
    return html`<ul part="legend" aria-label=${t.legend}>
      ${entries.map(
        (entry) =>
          html`<li class=${entry.className}>
            <span class="swatch" aria-hidden="true"></span
            >${entry.key === null ? t.uncategorised : entry.label}
          </li>`,
      )}
    </ul>`;
  }

  private renderNotice(t: UiStrings): unknown {
    const notice = this.notice;
    if (!notice) return nothing;
    const rejected = notice.errors.filter((e) => e.rejected && e.index >= 0).length;
    const corrected = new Set(
      notice.errors.filter((e) => !e.rejected && e.index >= 0).map((e) => e.index),
    ).size;
    const headline = notice.failure
      ? `${t.loadFailed} ${notice.failure}`
      : [
          rejected > 0 ? t.eventsNotShown(rejected) : '',
          corrected > 0 ? t.eventsCorrected(corrected) : '',
        ]
          .filter(Boolean)
          .join(' ') || notice.errors[0]!.message; // a setting (fields) was at fault, no row
    return html`<div part="notice" role="status">
      ${
        notice.failure
          ? html`<span>${headline}</span>`
          : html`<details>
              <summary>${headline}</summary>
              <ul>
                ${notice.errors
                  .slice(0, NOTICE_ROWS)
                  .map((error) => html`<li>${error.message}</li>`)}
                ${
                  notice.errors.length > NOTICE_ROWS
                    ? html`<li>${t.more(notice.errors.length - NOTICE_ROWS)}</li>`
                    : nothing
                }
              </ul>
            </details>`
      }
      <button
        type="button"
        class="close"
        aria-label=${t.dismiss}
        title=${t.dismiss}
        @click=${() => (this.notice = null)}
      >
        ×
      </button>
    </div>`;
  }

  private renderTooltip(locale: string): unknown {
    const tip = this.tooltip;
    const event = tip ? this.model?.byId.get(tip.id) : undefined;
    if (!tip || !event) return html`<div part="tooltip" role="tooltip" hidden></div>`;
    return html`<div part="tooltip" role="tooltip" ${position(tip.x, tip.y)}>
      <div class="tooltip-title">${event.title}</div>
      <div class="tooltip-meta">
        ${formatEventDate(event, locale)}${event.category ? ` · ${this.palette.labelFor(event.category)}` : ''}
      </div>
    </div>`;
  }

  private renderDetail(event: NormalizedEvent, t: UiStrings, locale: string): unknown {
    const linkText = event.source ?? hostOf(event.href) ?? t.source;
    return html`<section
      part="detail"
      class=${this.palette.classFor(event.category)}
      aria-labelledby="detail-title"
    >
      <h3 id="detail-title">${event.title}</h3>
      <div class="detail-meta">
        <span>${formatEventDate(event, locale)}</span>
        ${
          event.category
            ? html`<span class="detail-category"
                ><span class="swatch" aria-hidden="true"></span
                >${this.palette.labelFor(event.category)}</span
              >`
            : nothing
        }
      </div>
      ${event.description ? html`<p>${event.description}</p>` : nothing}
      ${
        event.href
          ? html`<p class="detail-source">
              ${t.source}:
              <a href=${event.href} target="_blank" rel="noopener noreferrer">${linkText}</a>
            </p>`
          : event.source
            ? html`<p class="detail-source">${t.source}: ${event.source}</p>`
            : nothing
      }
      <button
        type="button"
        class="close"
        aria-label=${t.close}
        title=${t.close}
        @click=${() => this.userSelect(null)}
      >
        ×
      </button>
    </section>`;
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
    rows: packRanges(events),
    fitDomain: [min - margin, max + margin],
  };
}

function firstInTime(layout: TimelineLayout): string | null {
  const marks = [...layout.points, ...layout.bars, ...layout.eras];
  if (marks.length === 0) return null;
  return marks.reduce((a, b) =>
    b.event.start < a.event.start ||
    (b.event.start === a.event.start && b.event.index < a.event.index)
      ? b
      : a,
  ).event.id;
}

function hostOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, document.baseURI).host || null;
  } catch {
    return null;
  }
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
