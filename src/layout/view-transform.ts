import type { TimeScale } from './time-scale.js';

/**
 * How the visible window sits in the fitted view: x' = x·k + tx, in the plot's frame (time along
 * x). The same numbers as d3-zoom's transform on the x axis (y never moves), so gestures and code
 * share one state; kept here so that the first picture needs no d3-zoom (see ZoomController).
 * Immutable, like d3-zoom's.
 */
export class ViewTransform {
  constructor(
    readonly k: number,
    readonly x: number,
  ) {}

  /** This transform, then a scale by `factor` (about the origin of the fitted view). */
  scale(factor: number): ViewTransform {
    return factor === 1 ? this : new ViewTransform(this.k * factor, this.x);
  }

  /** This transform, then a move by `dx` pixels of the fitted view. */
  translate(dx: number): ViewTransform {
    return dx === 0 ? this : new ViewTransform(this.k, this.x + this.k * dx);
  }

  /** Where a point of the fitted view lands on screen. */
  applyX(x: number): number {
    return x * this.k + this.x;
  }

  /** Which point of the fitted view is at screen x. */
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** The visible window's scale, from the fitted view's. */
  rescaleX(scale: TimeScale): TimeScale {
    const [r0, r1] = scale.range();
    return scale.copy().domain([scale.invert(this.invertX(r0)), scale.invert(this.invertX(r1))]);
  }
}

export const IDENTITY = new ViewTransform(1, 0);

/** The transform showing the fitted view's pixels x0 to x1 across a frame `width` wide. */
export function transformShowing(x0: number, x1: number, width: number): ViewTransform {
  const k = width / Math.max(1e-9, x1 - x0);
  return new ViewTransform(k, -x0 * k);
}

/**
 * Keeps a transform's window inside `[min, max]` (fitted-view pixels) for a frame `width` wide:
 * a window wider than that range is centred on it; otherwise it is moved back inside. The same
 * rule as d3-zoom's default `constrain` on x, so code and gestures stop at the same places.
 */
export function constrainTransform(
  transform: ViewTransform,
  width: number,
  [min, max]: readonly [number, number],
): ViewTransform {
  const dx0 = transform.invertX(0) - min;
  const dx1 = transform.invertX(width) - max;
  return transform.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1));
}
