import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { part } from './fixtures.js';

const REFERENCE = new URL('../../../demo/meta-ai-2025.en.json', import.meta.url).href;

/** The reference data set's events (Meta's 2025 AI turn, 23 events). */
export async function referenceEvents(): Promise<TimelineEvent[]> {
  return ((await (await fetch(REFERENCE)).json()) as { events: TimelineEvent[] }).events;
}

/** Whether the timeline is drawn vertically (time running down the screen). */
export function isVertical(el: AiTimeline): boolean {
  const svg = el.shadowRoot!.querySelector('svg.plot-svg');
  return part(el, 'plot')!.classList.contains('vertical') && !!svg?.classList.contains('down');
}

/** The centre of an element on screen. */
export function centre(node: Element): { x: number; y: number } {
  const box = node.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** An event's mark. */
export function markOf(el: AiTimeline, id: string): SVGGraphicsElement {
  return el.shadowRoot!.querySelector<SVGGraphicsElement>(`[part~="event"][data-id="${id}"]`)!;
}
