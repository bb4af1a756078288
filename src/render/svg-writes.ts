import type { Selection } from 'd3-selection';
import type { PlotRenderInput } from './plot-input.js';

/** What each node was last given, so that a frame only touches what changed. */
const written = new WeakMap<Element, Map<string, string>>();

function lastWritten(node: Element): Map<string, string> {
  let last = written.get(node);
  if (!last) written.set(node, (last = new Map()));
  return last;
}

/**
 * Sets attributes that rarely change between frames (names, classes, descriptions), skipping
 * those that already have the value: while zooming, only positions need writing.
 */
export function setAttributes(node: Element, attributes: Record<string, string>): void {
  const last = lastWritten(node);
  for (const name in attributes) {
    const value = attributes[name]!;
    if (last.get(name) === value) continue;
    last.set(name, value);
    node.setAttribute(name, value);
  }
}

/** Sets an element's text, unless it already has it. */
export function setText(node: Element, text: string): void {
  // A key no attribute name can be.
  if (!hasChanged(node, ' text', text)) return;
  node.textContent = text;
}

/**
 * Whether `value` differs from what `node` last had under `key` (a key no attribute name can
 * be, starting with a space), recording it: lets a layer skip rewriting what depends on it.
 */
export function hasChanged(node: Element, key: string, value: string): boolean {
  const last = lastWritten(node);
  if (last.get(key) === value) return false;
  last.set(key, value);
  return true;
}

/**
 * Right to left, the plot is mirrored as a whole (see the styles); a text that starts at `x`
 * is mirrored back about `x` and anchored at its end, so it reads normally and keeps its place.
 */
export function readable<D>(
  { rtl, vertical }: PlotRenderInput,
  x: (d: D) => number,
  y: (d: D) => number,
): (selection: Selection<SVGTextElement, D, SVGGElement, unknown>) => void {
  // Beside a vertical axis these texts run down their strip, turned a quarter like the frame;
  // right to left, the frame is also mirrored, so they are mirrored back across their line.
  return (selection) =>
    selection
      .attr('text-anchor', rtl && !vertical ? 'end' : null)
      .attr(
        'transform',
        !rtl
          ? null
          : vertical
            ? (d) => `translate(0,${2 * y(d)}) scale(1,-1)`
            : (d) => `translate(${2 * x(d)},0) scale(-1,1)`,
      );
}

/**
 * The transform that turns a text (or a shape) drawn about its origin back upright on screen:
 * the inverse of how the styles turn the frame (mirrored right to left, a quarter turn
 * clockwise when vertical, and a transposition when both).
 */
export function upright({ rtl, vertical }: PlotRenderInput): string {
  return vertical ? (rtl ? ' matrix(0,1,1,0,0,0)' : ' rotate(-90)') : rtl ? ' scale(-1,1)' : '';
}
