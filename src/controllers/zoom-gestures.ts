import { pointer, select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** What the gestures drive: the zoom controller, which owns the transform. */
export interface GestureHost {
  /** A plain vertical wheel zooms (`wheel="zoom"`), instead of scrolling the page. */
  readonly wheelZooms: boolean;
  /** Time runs down the screen: one finger always scrolls the page (see touch-gestures.ts). */
  readonly vertical: boolean;
  /** A gesture moved the view. */
  onGesture(transform: { k: number; x: number }): void;
  /** A gesture began: it takes over from a running animation. */
  stopAnimation(): void;
  scaleBy(factor: number, centerX?: number): void;
  panBy(dx: number, animate: boolean): void;
  /** A plain vertical wheel went to the page (it would have zoomed with Ctrl/⌘ held). */
  onPageWheel(): void;
}

/**
 * The reader's gestures on the plot, through d3-zoom, with gestures that respect the page:
 * Ctrl/⌘ + wheel and trackpad pinch zoom, a horizontal wheel pans, and a plain vertical wheel is
 * left to the page unless `wheelZooms`. Drag, touch pinch and double-click come from d3-zoom.
 * A module of its own, loaded once the first picture is up: drawing needs none of it.
 */
export class ZoomGestures {
  readonly #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  readonly #selection: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #host: GestureHost;
  #width = 1;

  constructor(svg: SVGSVGElement, host: GestureHost) {
    this.#host = host;
    this.#selection = select(svg);
    this.#behavior = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent;
          return host.wheelZooms || wheel.ctrlKey || wheel.metaKey;
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
      .on('start', (event: { sourceEvent: Event | null }) => {
        if (event.sourceEvent) host.stopAnimation();
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (event.sourceEvent) host.onGesture(event.transform);
      });
    this.#selection.call(this.#behavior).on('dblclick.zoom', null);
    // Our own double-click handler (d3's zooms around the pointer; we keep that, but animate
    // only when motion is welcome).
    this.#selection.on('dblclick.timeline', (event: MouseEvent) => {
      if ((event.target as Element).closest('[part~="event"]')) return;
      // In the plot's frame, as d3-zoom reads pointers: a mirrored (right to left) or turned
      // (vertical) plot maps the screen back through its transform.
      const [px] = pointer(event, this.#selection.node()!);
      host.scaleBy(event.shiftKey ? 0.5 : 2, px);
    });
    this.#selection.on('wheel.pan', (event: WheelEvent) => this.#onHorizontalWheel(event), {
      passive: false,
    });
    // On touch screens, a vertical one-finger swipe is the page's (see touch-gestures.ts).
    if (typeof navigator !== 'undefined' && navigator.maxTouchPoints > 0) {
      void import('./touch-gestures.js').then((m) =>
        m.pageScrollsOnVerticalSwipe(svg, () => host.vertical),
      );
    }
  }

  /** The plot's size and the limits of scale (k) and of panning (fitted-view pixels). */
  setBounds(
    width: number,
    height: number,
    scaleExtent: readonly [number, number],
    panExtent: readonly [number, number],
  ): void {
    this.#width = width;
    this.#behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([scaleExtent[0], scaleExtent[1]])
      .translateExtent([
        [panExtent[0], -Infinity],
        [panExtent[1], Infinity],
      ]);
  }

  /** Tells d3-zoom where code put the view, so that the next gesture starts from there. */
  sync({ k, x }: { k: number; x: number }): void {
    this.#selection.property('__zoom', zoomIdentity.translate(x, 0).scale(k));
  }

  #onHorizontalWheel(event: WheelEvent): void {
    const host = this.#host;
    if (host.wheelZooms || event.ctrlKey || event.metaKey) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.#width : 1;
    // Shift + wheel is the horizontal wheel on most mice.
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) {
      host.onPageWheel(); // vertical: the page's
      return;
    }
    event.preventDefault();
    host.panBy(dx * unit, false);
  }
}
