import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { AiTimeline } from '../../src/ai-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** A small data set covering points, ranges, eras, categories and every date precision. */
export const SAMPLE: TimelineEvent[] = [
  { id: 'a', start: '2024-01-10', title: 'Alpha launch', category: 'product', importance: 4 },
  { id: 'b', start: '2024-03', title: 'Beta in March', category: 'research' },
  { id: 'c', start: '2024-05-02', end: '2024-06-20', title: 'Gamma trial', category: 'research' },
  {
    id: 'd',
    start: '2024-02-01',
    end: '2024-04-30',
    type: 'era',
    title: 'Delta era',
    category: 'era',
  },
  {
    id: 'e',
    start: '2024-07-01T09:30:00Z',
    title: 'Epsilon keynote',
    category: 'product',
    href: 'https://example.com/keynote',
    source: 'Example News',
    description: 'A keynote about <b>Epsilon</b>.',
  },
];

/** Renders an <ai-timeline> with events and waits until it has drawn them. */
export async function renderTimeline(
  events: TimelineEvent[] = SAMPLE,
  attributes: Record<string, string> = {},
  width = 760,
): Promise<AiTimeline> {
  const element = document.createElement('ai-timeline');
  element.style.width = `${width}px`;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const loaded = oneEvent(element, 'ai-timeline-load');
  // The first view announces itself too; wait for it so tests see only their own range changes.
  const firstView = oneEvent(element, 'ai-timeline-rangechange');
  element.events = events;
  await fixture(html`<div>${element}</div>`);
  await loaded;
  await firstView;
  await settle(element);
  return element;
}

/** Waits for Lit updates, resize observation and a painted frame. */
export async function settle(element: AiTimeline): Promise<void> {
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
  await nextFrame();
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export function marks(element: AiTimeline): SVGGraphicsElement[] {
  return [...element.shadowRoot!.querySelectorAll<SVGGraphicsElement>('[part~="event"]')];
}

/** Cluster marks: events merged because they would collide at this zoom. */
export function clusters(element: AiTimeline): SVGGElement[] {
  return [...element.shadowRoot!.querySelectorAll<SVGGElement>('[part~="cluster"]')];
}

/** How many events the clusters on screen stand for. */
export function clusteredCount(element: AiTimeline): number {
  return clusters(element).reduce((sum, c) => sum + Number(c.dataset.count), 0);
}

export function labels(element: AiTimeline): SVGGElement[] {
  return [...element.shadowRoot!.querySelectorAll<SVGGElement>('[part~="label"]')];
}

export function part(element: AiTimeline, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Waits for the next ai-timeline-rangechange. */
export function rangeChange(element: AiTimeline): Promise<CustomEvent<{ start: Date; end: Date }>> {
  return oneEvent(element, 'ai-timeline-rangechange') as Promise<
    CustomEvent<{ start: Date; end: Date }>
  >;
}

export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}
