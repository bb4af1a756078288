import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { pointer, select, type Selection } from 'd3-selection';
import { timer, type Timer } from 'd3-timer';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomHandlers {
  /** Every change of the transform, during gestures and animations alike. */
  onZoom: (transform: ZoomTransform) => void;
  /** A plain vertical wheel went to the page (it would have zoomed with Ctrl/⌘ held). */
  onPageWheel?: () => void;
}

/**
 * How far past the fitted view (all events with a small margin) one may pan, as a share of its
 * width on each side; zooming out stops when the view spans that much.
 */
export const PAN_MARGIN = 0.5;

/** Zoom limits relative to the fitted view (k = 1): `minScale` zoomed out, `maxScale` in. */
export interface ZoomBounds {
  width: number;
  height: number;
  minScale: number;
  maxScale: number;
}

const ANIMATION_MS = 250;

/**
 * d3-zoom on the plot, with gestures that respect the page: Ctrl/⌘ + wheel and trackpad pinch
 * zoom, a horizontal wheel pans, and a plain vertical wheel is left to the page unless
 * `wheelZooms` is set. Drag, touch pinch and double-click come from d3-zoom itself.
 */
export class ZoomController {
  readonly #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  readonly #selection: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #handlers: ZoomHandlers;
  #width = 1;
  #height = 1;
  /** Where the running animation ends; steps (buttons, keys) continue from there. */
  #destination: ZoomTransform | null = null;
  #animation: Timer | null = null;
  wheelZooms = false;
  /** Time runs down the screen: one finger always scrolls the page (see touch-gestures.ts). */
  vertical = false;

  constructor(svg: SVGSVGElement, handlers: ZoomHandlers) {
    this.#selection = select(svg);
    this.#handlers = handlers;
    this.#behavior = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent;
          return this.wheelZooms || wheel.ctrlKey || wheel.metaKey;
        }
        const pointer = event as MouseEvent;
        return !pointer.ctrlKey && !pointer.button;
      })
      .wheelDelta((event: WheelEvent) => {
        const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
        // Pinch gestures send small deltas with ctrlKey; a mouse wheel notch sends ~100.
        const boost = event.ctrlKey && Math.abs(event.deltaY) < 50 ? 10 : 1;
        const delta = -event.deltaY * unit * boost;
        return Math.max(-1, Math.min(1, delta)); // at most ×2 per wheel event
      })
      // A gesture takes over from a running animation.
      .on('start', (event: { sourceEvent: Event | null }) => {
        if (event.sourceEvent) this.stopAnimation();
      })
      .on('zoom', (event: { transform: ZoomTransform }) => handlers.onZoom(event.transform));
    this.#selection.call(this.#behavior).on('dblclick.zoom', null);
    // Our own double-click handler (d3's zooms around the pointer; we keep that, but animate
    // only when motion is welcome).
    this.#selection.on('dblclick.timeline', (event: MouseEvent) => {
      if ((event.target as Element).closest('[part~="event"]')) return;
      // In the plot's frame, as d3-zoom reads pointers: a mirrored (right to left) or turned
      // (vertical) plot maps the screen back through its transform.
      const [px] = pointer(event, this.#selection.node()!);
      this.scaleBy(event.shiftKey ? 0.5 : 2, px);
    });
    this.#selection.on('wheel.pan', (event: WheelEvent) => this.#onHorizontalWheel(event), {
      passive: false,
    });
    // On touch screens, a vertical one-finger swipe is the page's (see touch-gestures.ts).
    if (typeof navigator !== 'undefined' && navigator.maxTouchPoints > 0) {
      void import('./touch-gestures.js').then((m) =>
        m.pageScrollsOnVerticalSwipe(svg, () => this.vertical),
      );
    }
  }

  /**
   * Sets the plot size and the zoom limits. Panning stops PAN_MARGIN of the fitted width past
   * either end, and the widest view is the fitted one with that margin on both sides.
   */
  setBounds({ width, height, minScale, maxScale }: ZoomBounds): void {
    this.#width = width;
    this.#height = height;
    const widest = 1 / (1 + 2 * PAN_MARGIN);
    const min = Math.max(widest, minScale);
    this.#behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([min, Math.max(min, maxScale)])
      .translateExtent([
        [-width * PAN_MARGIN, -Infinity],
        [width * (1 + PAN_MARGIN), Infinity],
      ]);
  }

  get transform(): ZoomTransform {
    return this.#selection.property('__zoom') as ZoomTransform;
  }

  /** Zooms by `factor` around x = `centerX` (the middle of the plot by default). */
  scaleBy(factor: number, centerX = this.#width / 2, animate = true): void {
    const from = this.#destination ?? this.transform;
    const [min, max] = this.#behavior.scaleExtent();
    const k = Math.min(max, Math.max(min, from.k * factor));
    const x = centerX - (centerX - from.x) * (k / from.k);
    this.transformTo(zoomIdentity.translate(x, 0).scale(k), animate);
  }

  /** Pans the view by `dx` pixels (positive moves later in time into view). */
  panBy(dx: number, animate = true): void {
    const from = this.#destination ?? this.transform;
    this.transformTo(zoomIdentity.translate(from.x - dx, 0).scale(from.k), animate);
  }

  /** Shows the part of the fitted view between x0 and x1 (in fitted-view pixels). */
  showBaseInterval(x0: number, x1: number, animate: boolean): void {
    const k = this.#width / Math.max(1e-9, x1 - x0);
    this.transformTo(zoomIdentity.scale(k).translate(-x0, 0), animate);
  }

  transformTo(transform: ZoomTransform, animate: boolean): void {
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.#width, this.#height],
    ];
    // d3-zoom's constrain keeps the view inside translateExtent; the scale limits are ours to
    // keep (around the middle of the view) for programmatic views (zoomTo, fit, the overview).
    const [min, max] = this.#behavior.scaleExtent();
    const k = Math.min(max, Math.max(min, transform.k));
    const centre = this.#width / 2;
    const scaled = zoomIdentity
      .translate(centre - (centre - transform.x) * (k / transform.k), 0)
      .scale(k);
    const target = this.#behavior.constrain()(scaled, extent, this.#behavior.translateExtent());
    this.stopAnimation();
    if (!animate || prefersReducedMotion()) {
      this.#behavior.transform(this.#selection, target);
      return;
    }
    this.#animate(target);
  }

  /**
   * Animates to `target` along d3's smooth zoom path (van Wijk and Nuij), driven by d3-timer
   * rather than d3-transition: the element never needs transitions otherwise, and the CDN
   * bundle leaves them out (see rollup.config.mjs).
   */
  #animate(target: ZoomTransform): void {
    const from = this.transform;
    const centre = this.#width / 2;
    const view = (t: ZoomTransform): [number, number, number] => [
      (centre - t.x) / t.k,
      0,
      this.#width / t.k,
    ];
    const path = interpolateZoom(view(from), view(target));
    const duration = Math.max(ANIMATION_MS, Math.min(2 * ANIMATION_MS, path.duration / 4));
    this.#destination = target;
    this.#animation = timer((elapsed) => {
      const done = elapsed >= duration;
      const [cx, , width] = done ? view(target) : path(easeCubicInOut(elapsed / duration));
      const k = this.#width / width;
      this.#behavior.transform(
        this.#selection,
        done ? target : zoomIdentity.translate(centre - cx * k, 0).scale(k),
      );
      if (done) this.stopAnimation();
    });
  }

  /** Stops a running animation where it is (also when the element leaves the page). */
  stopAnimation(): void {
    this.#animation?.stop();
    this.#animation = null;
    this.#destination = null;
  }

  #onHorizontalWheel(event: WheelEvent): void {
    if (this.wheelZooms || event.ctrlKey || event.metaKey) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.#width : 1;
    // Shift + wheel is the horizontal wheel on most mice.
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) {
      this.#handlers.onPageWheel?.(); // vertical: the page's
      return;
    }
    event.preventDefault();
    this.panBy(dx * unit, false);
  }
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
