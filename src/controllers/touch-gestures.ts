/** Movement (px) after which a one-finger touch counts as a horizontal pan or a page scroll. */
const TOUCH_SLOP = 6;

/**
 * Touch gestures that respect the page, like cooperative map gestures: a one-finger swipe that
 * starts out vertical scrolls the page (CSS `touch-action: pan-y` lets the browser take it, and
 * d3-zoom on `svg`, which would cancel it, never sees it); one that starts out horizontal pans;
 * two fingers pinch-zoom (and pan). When the timeline is vertical, one finger is always the
 * page's, as its own direction is the page's too. The svg's parent listens first, in the
 * capture phase.
 */
export function pageScrollsOnVerticalSwipe(svg: SVGSVGElement, vertical: () => boolean): void {
  let touch: { x: number; y: number; mode: 'undecided' | 'pan' | 'page' } | null = null;
  const onTouch = (event: TouchEvent): void => {
    if (event.type === 'touchstart') {
      const t = event.touches[0];
      touch =
        event.touches.length === 1 && t ? { x: t.clientX, y: t.clientY, mode: 'undecided' } : null;
      return;
    }
    if (event.type !== 'touchmove') {
      if (event.touches.length === 0) touch = null;
      return;
    }
    if (!touch || event.touches.length !== 1) {
      touch = null; // a pinch: d3-zoom's
      return;
    }
    if (touch.mode === 'undecided') {
      const t = event.touches[0]!;
      const dx = Math.abs(t.clientX - touch.x);
      const dy = Math.abs(t.clientY - touch.y);
      // Vertical (time running down), a swipe either way is the page's: two fingers pan.
      if (Math.max(dx, dy) >= TOUCH_SLOP) touch.mode = dy > dx || vertical() ? 'page' : 'pan';
    }
    if (touch.mode !== 'pan') event.stopPropagation();
  };
  const container = svg.parentElement ?? svg;
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
    container.addEventListener(type, onTouch as EventListener, { capture: true, passive: true });
  }
}
