import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { timer, type Timer } from 'd3-timer';
import {
  IDENTITY,
  ViewTransform,
  constrainTransform,
  transformShowing,
} from '../layout/view-transform.js';
import type { GestureHost, ZoomGestures } from './zoom-gestures.js';

export interface ZoomHandlers {
  /** Every change of the transform, during gestures and animations alike. */
  onZoom: (transform: ViewTransform) => void;
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
 * The view's transform and how it moves: steps, pans, windows, the fitted view, each at once or
 * animated. Code moves the view without d3-zoom, so the first picture needs none of it; the
 * reader's gestures (see zoom-gestures.ts) arrive as a module of their own right after it.
 */
export class ZoomController implements GestureHost {
  readonly #handlers: ZoomHandlers;
  #transform = IDENTITY;
  #width = 1;
  #height = 1;
  #scaleExtent: [number, number] = [0, Infinity];
  #panExtent: [number, number] = [-Infinity, Infinity];
  /** Where the running animation ends; steps (buttons, keys) continue from there. */
  #destination: ViewTransform | null = null;
  #animation: Timer | null = null;
  #gestures: ZoomGestures | null = null;
  wheelZooms = false;
  /** Time runs down the screen: one finger always scrolls the page (see touch-gestures.ts). */
  vertical = false;

  constructor(svg: SVGSVGElement, handlers: ZoomHandlers) {
    this.#handlers = handlers;
    void import('./zoom-gestures.js').then(({ ZoomGestures }) => {
      this.#gestures = new ZoomGestures(svg, this);
      this.#gestures.setBounds(this.#width, this.#height, this.#scaleExtent, this.#panExtent);
      this.#gestures.sync(this.#transform);
    });
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
    this.#scaleExtent = [min, Math.max(min, maxScale)];
    this.#panExtent = [-width * PAN_MARGIN, width * (1 + PAN_MARGIN)];
    this.#gestures?.setBounds(width, height, this.#scaleExtent, this.#panExtent);
  }

  get transform(): ViewTransform {
    return this.#transform;
  }

  /** Zooms by `factor` around x = `centerX` (the middle of the plot by default). */
  scaleBy(factor: number, centerX = this.#width / 2, animate = true): void {
    const from = this.#destination ?? this.#transform;
    const k = this.#clampScale(from.k * factor);
    const x = centerX - (centerX - from.x) * (k / from.k);
    this.transformTo(new ViewTransform(k, x), animate);
  }

  /** Pans the view by `dx` pixels (positive moves later in time into view). */
  panBy(dx: number, animate = true): void {
    const from = this.#destination ?? this.#transform;
    this.transformTo(new ViewTransform(from.k, from.x - dx), animate);
  }

  /** Shows the part of the fitted view between x0 and x1 (in fitted-view pixels). */
  showBaseInterval(x0: number, x1: number, animate: boolean): void {
    this.transformTo(transformShowing(x0, x1, this.#width), animate);
  }

  transformTo(transform: ViewTransform, animate: boolean): void {
    // The scale limits are kept around the middle of the view, and the window inside the pan
    // limits, as d3-zoom keeps them for gestures.
    const k = this.#clampScale(transform.k);
    const centre = this.#width / 2;
    const scaled = new ViewTransform(k, centre - (centre - transform.x) * (k / transform.k));
    const target = constrainTransform(scaled, this.#width, this.#panExtent);
    this.stopAnimation();
    if (!animate || prefersReducedMotion()) this.#apply(target);
    else this.#animate(target);
  }

  /** A gesture moved the view (d3-zoom already knows). */
  onGesture({ k, x }: { k: number; x: number }): void {
    this.#transform = new ViewTransform(k, x);
    this.#handlers.onZoom(this.#transform);
  }

  onPageWheel(): void {
    this.#handlers.onPageWheel?.();
  }

  /** Stops a running animation where it is (also when the element leaves the page). */
  stopAnimation(): void {
    this.#animation?.stop();
    this.#animation = null;
    this.#destination = null;
  }

  #clampScale(k: number): number {
    const [min, max] = this.#scaleExtent;
    return Math.min(max, Math.max(min, k));
  }

  #apply(transform: ViewTransform): void {
    this.#transform = transform;
    this.#gestures?.sync(transform);
    this.#handlers.onZoom(transform);
  }

  /**
   * Animates to `target` along d3's smooth zoom path (van Wijk and Nuij), driven by d3-timer
   * rather than d3-transition: the element never needs transitions otherwise, and the CDN
   * bundle leaves them out (see rollup.config.mjs).
   */
  #animate(target: ViewTransform): void {
    const from = this.#transform;
    const centre = this.#width / 2;
    const view = (t: ViewTransform): [number, number, number] => [
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
      this.#apply(done ? target : new ViewTransform(k, centre - cx * k));
      if (done) this.stopAnimation();
    });
  }
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
