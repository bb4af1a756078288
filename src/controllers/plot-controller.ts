import type { PropertyValues, ReactiveController } from 'lit';
import { formatCount } from '../i18n/spans.js';
import { indexEvents, SUMMARISED_POINTS, type TimelineIndex } from '../layout/event-index.js';
import { timeScaleUtc, type TimeScale } from '../layout/time-scale.js';
import {
  layoutTimeline,
  type ClusterMark,
  type TimelineLayout,
} from '../layout/timeline-layout.js';
import { DAY_MS } from '../model/dates.js';
import { laneValue, type TimelineModel } from '../model/timeline-model.js';
import type { CategoryMap, NormalizedEvent } from '../model/types.js';
import { MarkNames } from '../render/mark-names.js';
import { clusterKeyAt } from '../render/mark-targets.js';
import { PlotRenderer } from '../render/plot-renderer.js';
import { TextMeasurer } from '../render/text-measurer.js';
import type { DataController } from './data-controller.js';
import { LazyModule } from './lazy-module.js';
import type { LocaleController } from './locale-controller.js';
import type { TimelineHost } from './timeline-host.js';
import type { ViewController } from './view-controller.js';

export interface PlotOptions {
  /** Which mark holds the plot's one tab stop in this layout (see FocusController). */
  tabStopFor: (layout: TimelineLayout) => string | null;
}

/**
 * The plot's SVG: the index of the data (lanes, sorted points, packed ranges; once per data set),
 * the pure layout of the visible window, and drawing it with the `now` line. Owns the SVG below
 * `.canvas`; Lit never renders into it.
 */
export class PlotController implements ReactiveController {
  #index: TimelineIndex = indexEvents([]);
  /** The layout last drawn. */
  layout: TimelineLayout | null = null;
  /** How many times the plot was drawn (an update draws once, unless the view did already). */
  drawCount = 0;
  readonly names: MarkNames;
  #renderer: PlotRenderer | null = null;
  readonly #measurer = new TextMeasurer();
  /** What the index was built from. */
  #indexed: { model: TimelineModel | null; groupBy: string | null; categories: CategoryMap } = {
    model: null,
    groupBy: null,
    categories: {},
  };
  #laneCountChanged = true;
  /** The vertical layout's labels and sizes; loaded when the timeline first turns vertical. */
  readonly #besideLabels = new LazyModule(() => import('../layout/beside-labels.js'));
  /** Run summaries (see layout/run-summary.ts), once big data has asked for them. */
  readonly #runSummaries = new LazyModule(
    () => import('../layout/run-summary.js'),
    () => {
      this.#rebuildIndex();
      this.draw();
    },
  );
  /** Draws the `now` line; loaded when `now` is first set. */
  readonly #nowLine = new LazyModule(() => import('../render/now-line.js'));
  /** The `now` line's wall-clock time, or null. */
  #nowWall: number | null = null;

  readonly #host: TimelineHost;
  readonly #data: DataController;
  readonly #view: ViewController;
  readonly #locale: LocaleController;
  readonly #options: PlotOptions;

  constructor(
    host: TimelineHost,
    data: DataController,
    view: ViewController,
    locale: LocaleController,
    options: PlotOptions,
  ) {
    this.#host = host;
    this.#data = data;
    this.#view = view;
    this.#locale = locale;
    this.#options = options;
    host.addController(this);
    this.names = new MarkNames(data.palette, () => locale.strings);
  }

  /** Starts drawing into the plot's container (after the first render); returns the SVG. */
  attach(container: HTMLElement): SVGSVGElement {
    this.#renderer = new PlotRenderer(container);
    this.#readStyles(this.#renderer);
    return this.#renderer.svg;
  }

  /** What an update must wait for: the vertical layout's labels, when the plot turns. */
  loads(): Array<Promise<unknown> | null> {
    return [this.#besideLabels.loadIf(this.#view.vertical)];
  }

  willUpdate(changed: PropertyValues): void {
    const { model } = this.#data;
    const { groupBy, categories } = this.#host;
    const built = this.#indexed;
    if (built.model !== model || built.groupBy !== groupBy || built.categories !== categories) {
      this.#rebuildIndex();
    }
    if (changed.has('now')) {
      this.#nowWall = null;
      if (this.#host.now !== null) {
        void this.#nowLine.load().then((module) => {
          this.#nowWall = module.nowAt(this.#host.now, (text) =>
            this.#view.attributeDate('now', text),
          );
          this.draw();
        });
      }
    }
  }

  hostUpdated(): void {
    if (this.#renderer) this.#readStyles(this.#renderer);
  }

  /** Reads what the styles decide after a render: the label fonts, and writes the lane count. */
  #readStyles(renderer: PlotRenderer): void {
    this.#measurer.setFonts(
      getComputedStyle(renderer.titleProbe),
      getComputedStyle(renderer.dateProbe),
    );
    if (this.#laneCountChanged) {
      // Lanes ask for room (see --ai-timeline-lane-min-height); a CSSOM write, never a style attribute.
      this.#laneCountChanged = false;
      const lanes = this.#index.grouped ? this.#index.lanes.length : 0;
      this.#host.renderRoot
        .querySelector<HTMLElement>('[part="plot"]')
        ?.style.setProperty('--lane-count', String(lanes));
    }
  }

  /** Draws the visible window (or, before data, an empty axis over the past year). */
  draw(): void {
    const renderer = this.#renderer;
    const frame = this.#view.frame;
    if (!renderer || this.#view.size.width <= 0) return;
    this.drawCount++;
    const locale = this.#locale.locale;
    const scale = this.#view.viewScale() ?? placeholderScale(frame.width);
    const [d0, d1] = scale.domain();
    const layout = this.layoutFor([d0.getTime(), d1.getTime()]);
    this.layout = layout;
    const model = this.#data.model;
    const palette = this.#data.palette;
    renderer.render({
      layout,
      scale,
      ...frame,
      locale,
      selectedId: this.#host.selected,
      tabStop: this.#options.tabStopFor(layout),
      colorClass: (category) => palette.classFor(category),
      describe: (event) => this.names.describe(event, model, locale),
      describeCluster: (cluster) => this.names.describeCluster(cluster, model, locale),
      formatCount: (count) => formatCount(count, locale),
      rtl: this.#locale.rtl,
      vertical: this.#view.vertical,
    });
    this.#nowLine.value?.drawNowLine(
      renderer.svg,
      this.#nowWall === null ? null : scale(this.#nowWall),
      layout.axisY,
      this.#locale.strings.today,
    );
  }

  /** The layout of the plot for a window, in wall-clock milliseconds (pure: nothing is drawn). */
  layoutFor(domain: readonly [number, number]): TimelineLayout {
    const locale = this.#locale.locale;
    const model = this.#data.model;
    const besideLabels = this.#view.vertical ? this.#besideLabels.value : null;
    const groupBy = this.#host.groupBy?.trim();
    return layoutTimeline({
      index: this.#index,
      domain,
      ...this.#view.frame,
      measure: this.#measurer.measure,
      metrics: this.#measurer.metrics,
      dateText: (event) => this.names.dateText(event, model, locale),
      firstLabel: this.#host.selected,
      ...(besideLabels
        ? {
            placeBeside: besideLabels.placeLabelsBeside,
            metrics: besideLabels.verticalMetrics(this.#measurer.metrics),
          }
        : {}),
      laneName: (key) =>
        key === null
          ? this.#locale.strings.uncategorised
          : groupBy === 'category'
            ? this.#data.palette.labelFor(key)
            : key,
    });
  }

  /** The cluster drawn at an event's target, or null. */
  clusterAt(target: EventTarget | null): ClusterMark | null {
    const key = clusterKeyAt(target);
    return (key && this.layout?.clusters.find((c) => c.key === key)) || null;
  }

  /** The mark (or label's mark) drawn for an event id or a cluster key. */
  markOf(key: string): SVGGraphicsElement | null {
    return this.#renderer?.markOf(key) ?? null;
  }

  #rebuildIndex(): void {
    const { model } = this.#data;
    const { groupBy, categories } = this.#host;
    this.#indexed = { model, groupBy, categories };
    this.#index = buildIndex(model?.events ?? [], groupBy, categories, this.#runSummaries);
    this.#laneCountChanged = true;
    this.#host.requestUpdate();
  }
}

function buildIndex(
  events: readonly NormalizedEvent[],
  groupBy: string | null,
  categories: CategoryMap,
  runSummaries: LazyModule<typeof import('../layout/run-summary.js')>,
): TimelineIndex {
  const field = groupBy?.trim();
  // Big data clusters faster with run summaries: their module comes on demand, and the index
  // is rebuilt with them once it is here (until then, clusters are summarised by scanning).
  if (events.length > SUMMARISED_POINTS) void runSummaries.load();
  const summaries = runSummaries.value;
  return indexEvents(events, {
    ...(field
      ? {
          laneOf: (event: NormalizedEvent) => laneValue(event, field),
          laneOrder: field === 'category' ? Object.keys(categories ?? {}) : [],
        }
      : {}),
    ...(summaries
      ? { summarise: (points: readonly NormalizedEvent[]) => new summaries.RunSummaries(points) }
      : {}),
  });
}

/** The axis shown before any data arrives: the past year. */
function placeholderScale(width: number): TimeScale {
  const now = Date.now();
  return timeScaleUtc([now - 365 * DAY_MS, now], [0, width]);
}
