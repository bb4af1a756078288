import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';

import { timelineStyles } from './ai-timeline.styles.js';
import { DataController } from './controllers/data-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { OverviewController } from './controllers/overview-controller.js';
import { PanelController } from './controllers/panel-controller.js';
import { PlotController } from './controllers/plot-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { TooltipController } from './controllers/tooltip-controller.js';
import { ViewController } from './controllers/view-controller.js';
import type { TimelineOrientation, TimelineView } from './events.js';
import { formatCount } from './i18n/spans.js';
import { storyPosition } from './layout/story.js';
import type { DateInput } from './model/dates.js';
import { jsonOrText } from './model/json-text.js';
import type { CategoryMap, TimelineEvent } from './model/types.js';
import { adoptServerRoot } from './ssr/adopt-server-root.js';
import { renderStaticTimeline } from './ssr/static-timeline.js';
import { renderControls } from './templates/controls.js';
import { renderLegend, swatch } from './templates/legend.js';
import { renderPlotArea } from './templates/plot-area.js';

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
  @property({ converter: { fromAttribute: jsonOrText } })
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

  // -- Controllers: each owns its state and listeners (see CONTRIBUTING, "Architecture") -------

  readonly #locale = new LocaleController(this);
  readonly #data = new DataController(this, this.#locale);
  readonly #view: ViewController = new ViewController(this, this.#data, this.#locale, {
    onChange: () => {
      this.#tooltip.hide();
      this.#plot.draw();
      this.#overview.sync();
    },
    followLinkedView: () => this.#selection.followLinkedView(),
    onSettled: (domain) => this.#selection.writeWindow(domain),
  });
  readonly #plot: PlotController = new PlotController(this, this.#data, this.#view, this.#locale, {
    tabStopFor: (layout) => this.#focus.tabStopFor(layout),
  });
  readonly #overview = new OverviewController(this, this.#data, this.#view, this.#locale);
  readonly #selection = new SelectionController(this, this.#data, this.#view, this.#plot);
  readonly #focus = new FocusController(
    this,
    this.#data,
    this.#view,
    this.#plot,
    this.#selection,
    this.#locale,
  );
  readonly #tooltip = new TooltipController(this, this.#data, this.#plot, this.#locale);
  readonly #panel = new PanelController(this, this.#data, this.#selection);

  // -- Public API -----------------------------------------------------------------------------

  /** Shows the window from `start` to `end` (ISO 8601 strings, epoch milliseconds or Dates). */
  zoomTo(start: DateInput, end: DateInput, options: { animate?: boolean } = {}): void {
    this.#view.zoomTo(start, end, options.animate ?? false);
  }

  /** Fits all events in view, with a margin. */
  fit(options: { animate?: boolean } = {}): void {
    this.#view.fit(options.animate ?? false);
  }

  /** Selects an event by id (and brings it into view), or clears the selection with null. */
  select(id: string | null): void {
    this.#selection.select(id);
  }

  /**
   * Selects the next event in time order (the earliest when nothing is selected) and brings it
   * into view with a short animation (instant under reduced motion). Like `select()`, fires no
   * `ai-timeline-select`; the story buttons, which the reader presses, do.
   */
  next(): void {
    this.#selection.step(1);
  }

  /** Selects the previous event in time order (the latest when nothing is selected); see `next()`. */
  previous(): void {
    this.#selection.step(-1);
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
    return this.#view.visibleRange();
  }

  // -- Lifecycle: the controllers, in order -------------------------------------------------

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'events'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'events') super.attributeChangedCallback(name, old, value);
    if (name === 'events' || name === 'categories') this.#data.attributeChanged(name, old, value);
  }

  /**
   * Waits, before an update, for the modules it needs and does not have yet: a language's strings,
   * the time-zone module, the `src` loader, the vertical labels, the detail panel, the list view.
   * Each loads once; most pages need none of them.
   */
  // The signature is ReactiveElement's own.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [
      ...this.#locale.loads(),
      ...this.#data.loads(),
      ...this.#plot.loads(),
      ...this.#panel.loads(),
    ].filter(Boolean);
    return waits.length > 0
      ? Promise.all(waits).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#data.willUpdate(changed);
    this.#view.willUpdate(changed);
    this.#plot.willUpdate(changed);
    this.#selection.willUpdate(changed);
  }

  protected override firstUpdated(): void {
    const canvas = this.renderRoot.querySelector<HTMLElement>('.canvas')!;
    this.#view.attach(this.#plot.attach(canvas), canvas);
  }

  protected override updated(changed: PropertyValues): void {
    // Setting the view usually draws already (through onChange); once per update is enough.
    const draws = this.#plot.drawCount;
    this.#view.update();
    if (this.#plot.drawCount === draws) this.#plot.draw();
    this.#overview.draw();
    this.#selection.updated(changed);
    this.#data.dispatchQueued();
  }

  // -- Rendering: Lit owns everything but the plot's SVG --------------------------------------

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered shadow root (src/ssr) is kept, and its static list replaced.
    if (this.shadowRoot) return adoptServerRoot(this.shadowRoot, AiTimeline.elementStyles);
    return super.createRenderRoot();
  }

  protected override render(): unknown {
    if (isServer) return renderStaticTimeline(this);
    const { locale, strings: t } = this.#locale;
    const { model, palette, notice } = this.#data;
    const list = this.view === 'list';
    const heading = this.heading ?? this.#data.dataHeading;
    const labelledBy = heading ? 'heading summary' : 'summary';
    const notices = this.#data.notices.value;
    return html`
      <div class="header">
        ${heading ? html`<h2 part="heading" id="heading">${heading}</h2>` : nothing}
        ${renderLegend(palette.entries(), t)}
        ${renderControls({
          t,
          controls: this.controls,
          list,
          storyLength: model?.events.length ?? 0,
          storyPosition: storyPosition(model?.events ?? [], this.selected),
          formatCount: (n) => formatCount(n, locale, false),
          host: this,
          view: this.#view,
          selection: this.#selection,
        })}
      </div>
      ${
        notice && notices
          ? notices.renderNotice(notice, t, this.renderRoot, () => this.#data.dismissNotice())
          : nothing
      }
      ${renderPlotArea({
        t,
        locale,
        hidden: list,
        labelledBy,
        data: this.#data,
        view: this.#view,
        focus: this.#focus,
        tooltip: this.#tooltip,
        selection: this.#selection,
      })}
      <div part="overview" ?hidden=${list || !this.#overview.shown}></div>
      ${this.#panel.render({ root: this.renderRoot, t, locale, palette, swatch }, labelledBy)}
    `;
  }
}
