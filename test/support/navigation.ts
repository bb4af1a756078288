import type { AiTimeline } from '../../src/ai-timeline.js';
import { nextFrame } from './fixtures.js';

/** Waits (frame by frame, up to `frames`) until `condition` holds; throws otherwise. */
export async function until(condition: () => boolean, what: string, frames = 300): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The visible window's length in milliseconds. */
export function span(el: AiTimeline): number {
  const range = el.visibleRange!;
  return range.end.getTime() - range.start.getTime();
}

export function centreOf(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

/** The overview's brush selection (the visible window), once the overview has loaded. */
export async function brushSelection(el: AiTimeline): Promise<SVGRectElement> {
  const find = () =>
    el.shadowRoot!.querySelector<SVGRectElement>('[part="overview"] .overview-brush .selection');
  await until(() => {
    const rect = find();
    return !!rect && rect.style.display !== 'none' && Number(rect.getAttribute('width')) > 0;
  }, 'the overview brush');
  return find()!;
}

/** Clears the URL's fragment without a history entry. */
export function clearHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
