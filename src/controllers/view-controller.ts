import type { PropertyValues, ReactiveController } from 'lit';
import { viewSpan } from '../i18n/spans.js';
import { timeScaleUtc, type TimeScale } from '../layout/time-scale.js';
import { IDENTITY, ViewTransform } from '../layout/view-transform.js';
import {
  DateParseError,
  HOUR_MS,
  parseDate,
  wallToInstant,
  type DateInput,
  type WallDate,
} from '../model/dates.js';
import type { TimelineModel } from '../model/timeline-model.js';
import type { DataController } from './data-controller.js';
import type { LocaleController } from './locale-controller.js';
import { emit, type TimelineHost } from './timeline-host.js';
import { ZoomController } from './zoom-controller.js';

/** The visible window settles this long after the last change before it is announced. */
const RANGE_SETTLE_MS = 200;
/** How long the wheel hint stays. */
const HINT_MS = 1500;
/** Below this width (px), `orientation="auto"` turns the timeline vertical. */
const VERTICAL_BELOW = 600;
/** One step of the zoom buttons and keys. */
export const ZOOM_STEP = 1.6;

export interface ViewOptions {
  /** The window changed (every frame of a gesture or an animation). */
  onChange: () => void;
  /** The first view of new data follows a deep link instead, when there is one it can show. */
  followLinkedView: () => boolean;
  /** The window settled after the reader (or code) moved it: wall-clock milliseconds. */
  onSettled: (domain: [number, number]) => void;
}

/**
 * What part of time is visible, and where: the plot's size and orientation, the zoom transform
 * and its limits (`min-span`, `max-span`), the first view (`view-start` / `view-end`), and what
 * is said when the window settles (`ai-timeline-rangechange`, the polite live region).
 */
export class ViewController implements ReactiveController {
  /** The plot's size in CSS pixels (its own box, before any turn). */
  size = { width: 0, height: 0 };
  /** What the polite live region last said about the visible window. */
  rangeAnnouncement = '';
  /** The wheel hint, while shown. */
  hint: string | null = null;
  #zoomer: ZoomController | null = null;
  /** The frame width (time axis length) the zoom transform was last set for. */
  #frameWidth = 0;
  /** `min-span` / `max-span` in milliseconds (null: none given, or not valid). */
  #spanLimits: { min: number | null; max: number | null } = { min: null, max: null };
  /** The data set the first view was shown for. */
  #viewedModel: TimelineModel | null = null;
  #needsInitialView = false;
  /** The next settled window is the initial one: it is not written to the URL. */
  #initialWindow = false;
  #rangeTimer: ReturnType<typeof setTimeout> | undefined;
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  #lastRange = '';
  #observed: Element | null = null;
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
            this.#host.requestUpdate();
          }
        });

  readonly #host: TimelineHost;
  readonly #data: DataController;
  readonly #locale: LocaleController;
  readonly #options: ViewOptions;

  constructor(
    host: TimelineHost,
    data: DataController,
    locale: LocaleController,
    options: ViewOptions,
  ) {
    this.#host = host;
    this.#data = data;
    this.#locale = locale;
    this.#options = options;
    host.addController(this);
  }

  /** Starts zooming on the plot's SVG and watching its container's size (after the first render). */
  attach(svg: SVGSVGElement, container: Element): void {
    this.#zoomer = new ZoomController(svg, {
      onZoom: () => this.#onZoom(),
      onPageWheel: () => this.#flashWheelHint(),
    });
    this.#observed = container;
    this.#resize?.observe(container);
  }

  hostConnected(): void {
    // Back on a page after being taken off: observe the plot again.
    if (this.#observed) this.#resize?.observe(this.#observed);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    clearTimeout(this.#rangeTimer);
    clearTimeout(this.#hintTimer);
    this.#zoomer?.stopAnimation();
  }

  /** The zoom transform (the zoom controller's; the fitted view before it exists). */
  get transform(): ViewTransform {
    return this.#zoomer?.transform ?? IDENTITY;
  }

  /** Whether time runs down the screen (see `orientation`). */
  get vertical(): boolean {
    const { orientation } = this.#host;
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
  get frame(): { width: number; height: number } {
    const { width, height } = this.size;
    return this.vertical ? { width: height, height: width } : this.size;
  }

  /** The fitted view's scale (all events), or null before data and size. */
  baseScale(): TimeScale | null {
    const model = this.#data.model;
    if (!model || this.size.width <= 0) return null;
    return timeScaleUtc(model.fitDomain, [0, this.frame.width]);
  }

  /** The visible window's scale, or null before data and size. */
  viewScale(): TimeScale | null {
    const base = this.baseScale();
    return base ? this.transform.rescaleX(base) : null;
  }

  /** The visible window in wall-clock milliseconds, or null before data and size. */
  domain(): [number, number] | null {
    const [d0, d1] = this.viewScale()?.domain() ?? [];
    return d0 && d1 ? [d0.getTime(), d1.getTime()] : null;
  }

  /** The visible window, as instants (see `visibleRange`). */
  visibleRange(): { start: Date; end: Date } | null {
    const domain = this.domain();
    if (!domain) return null;
    const offsetAt = this.#locale.offsetAt;
    return {
      start: new Date(wallToInstant(domain[0], offsetAt)),
      end: new Date(wallToInstant(domain[1], offsetAt)),
    };
  }

  willUpdate(changed: PropertyValues): void {
    if ((changed.has('viewStart') || changed.has('viewEnd')) && this.#data.model) {
      this.#needsInitialView = true;
    }
    // min-span / max-span are read by code loaded when they are first set; a bad value is
    // reported (and ignored) rather than thrown.
    if (changed.has('minSpan') || changed.has('maxSpan')) {
      const { minSpan, maxSpan } = this.#host;
      if (!minSpan && !maxSpan) this.#spanLimits = { min: null, max: null };
      else {
        void import('../model/duration.js').then((module) => {
          this.#spanLimits = module.spanLimits(minSpan, maxSpan, (name, message) =>
            this.#data.reportFailure(`${name} ${message}.`, { field: name, source: 'events' }),
          );
          this.#host.requestUpdate();
        });
      }
    }
  }

  /** Keeps the zoom in step with the plot after an update: limits, first view, a new width. */
  update(): void {
    const model = this.#data.model;
    if (model !== this.#viewedModel) {
      this.#viewedModel = model;
      this.#needsInitialView = true;
    }
    if (!this.#zoomer) return;
    this.#zoomer.wheelZooms = this.#host.wheel === 'zoom';
    if (!model || this.size.width <= 0) return;
    const frame = this.frame;
    this.#zoomer.setBounds({ ...frame, ...this.#zoomLimits(model.fitDomain) });
    this.#zoomer.vertical = this.vertical;
    if (this.#needsInitialView) {
      this.#needsInitialView = false;
      this.#showInitialView(model.fitDomain);
    } else if (frame.width !== this.#frameWidth && this.#frameWidth > 0) {
      // The transform is in pixels of the old width (the time axis's length, which a turn to or
      // from vertical changes too); scale its translation to the new width.
      const t = this.transform;
      const ratio = frame.width / this.#frameWidth;
      this.#zoomer.transformTo(new ViewTransform(t.k, t.x * ratio), false);
    }
    this.#frameWidth = frame.width;
  }

  /** Shows [start, end) in wall-clock milliseconds (at least an hour). */
  showWindow(start: number, end: number, { animate = false } = {}): void {
    const base = this.baseScale();
    if (!base || !this.#zoomer) return;
    this.#zoomer.showBaseInterval(base(start), base(Math.max(end, start + HOUR_MS)), animate);
  }

  /** Shows the window from `start` to `end` as the public API gives them (see `zoomTo()`). */
  zoomTo(start: DateInput, end: DateInput, animate: boolean): void {
    const from = parseDate(start, this.#locale.offsetAt);
    const to = parseDate(end, this.#locale.offsetAt);
    this.showWindow(Math.min(from.start, to.start), Math.max(from.end, to.end), { animate });
  }

  fit(animate: boolean): void {
    this.#zoomer?.transformTo(IDENTITY, animate);
  }

  /** Zooms by `factor` around `centerX` (the middle of the plot by default). */
  zoomBy(factor: number, centerX?: number): void {
    this.#zoomer?.scaleBy(factor, centerX);
  }

  /** Pans by `dx` pixels of the frame (positive: later times come into view). */
  panBy(dx: number, animate = true): void {
    this.#zoomer?.panBy(dx, animate);
  }

  /** Shows the part of the fitted view between x0 and x1 (its pixels), for the overview. */
  showFittedPixels(x0: number, x1: number, animate: boolean): void {
    this.#zoomer?.showBaseInterval(x0, x1, animate);
  }

  /** Parses a date attribute; a bad one is reported (and ignored) rather than thrown. */
  attributeDate(name: string, value: string | null): WallDate | null {
    if (!value) return null;
    try {
      return parseDate(value, this.#locale.offsetAt);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      this.#data.reportFailure(`${name} ${error.message}.`, { field: name, source: 'events' });
      return null;
    }
  }

  /**
   * Zoom limits relative to the fitted view: in to `min-span` (an hour by default), out to
   * `max-span` (PAN_MARGIN past the fitted view at most, see ZoomController).
   */
  #zoomLimits([d0, d1]: [number, number]): { minScale: number; maxScale: number } {
    const span = d1 - d0;
    const narrowest = this.#spanLimits.min ?? HOUR_MS;
    const widest = Math.max(narrowest, this.#spanLimits.max ?? Infinity);
    return { minScale: span / widest, maxScale: span / narrowest };
  }

  #showInitialView([d0, d1]: [number, number]): void {
    this.#initialWindow = true;
    if (this.#options.followLinkedView()) return;
    const start = this.attributeDate('view-start', this.#host.viewStart)?.start ?? null;
    const end = this.attributeDate('view-end', this.#host.viewEnd)?.end ?? null;
    if (start === null && end === null) this.#zoomer!.transformTo(IDENTITY, false);
    else this.showWindow(start ?? d0, end ?? d1);
  }

  #onZoom(): void {
    this.#options.onChange();
    clearTimeout(this.#rangeTimer);
    this.#rangeTimer = setTimeout(() => this.#announceRange(), RANGE_SETTLE_MS);
  }

  #announceRange(): void {
    const range = this.visibleRange();
    const domain = this.domain();
    if (!range || !domain) return;
    const key = `${range.start.getTime()}|${range.end.getTime()}`;
    if (key === this.#lastRange) return;
    // A window past the dates a Date can hold (an event at the edge of time) cannot be put
    // into words or into the URL.
    const datable = Number.isFinite(domain[0]) && Number.isFinite(domain[1]);
    // Screen readers hear where the view went once it settles; the first view is the summary's.
    if (this.#lastRange && datable) {
      this.rangeAnnouncement = this.#locale.strings.showing(
        viewSpan(domain[0], domain[1], this.#locale.locale),
      );
      this.#host.requestUpdate();
    }
    this.#lastRange = key;
    emit(this.#host, 'ai-timeline-rangechange', range);
    if (this.#initialWindow) this.#initialWindow = false;
    else if (datable) this.#options.onSettled(domain);
  }

  #flashWheelHint(): void {
    this.hint = this.#locale.strings.wheelHint(/mac|iphone|ipad/i.test(navigator.platform));
    this.#host.requestUpdate();
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => {
      this.hint = null;
      this.#host.requestUpdate();
    }, HINT_MS);
  }
}
