import { adoptCss } from './adopt-css.js';
import { select } from 'd3-selection';
import { instantToWall, type WallDate } from '../model/dates.js';

/**
 * The "today" line (`now` attribute): a labelled vertical line across the plot, drawn into the
 * plot's SVG just above the grid. `x` null removes it.
 */
/**
 * Where the `now` attribute puts the line, in wall-clock milliseconds: the current moment for an
 * empty value (or `now`), else the date `parse` reads (the middle of a calendar day, month or
 * year), or null when it reads none.
 */
export function nowAt(
  value: string | null,
  parse: (text: string) => WallDate | null,
): number | null {
  const text = value?.trim();
  if (text == null) return null;
  if (text === '' || text === 'now') return instantToWall(Date.now());
  const date = parse(text);
  return date ? (date.end > date.start ? (date.start + date.end) / 2 : date.start) : null;
}

const NOW_CSS = `
.now-line { stroke: var(--ai-timeline-accent); stroke-width: 1.5; stroke-dasharray: 4 3; }
.now-label { fill: var(--ai-timeline-accent); font-family: var(--ai-timeline-font-family); font-size: calc(var(--ai-timeline-small-font-size) - 1px); font-weight: 700; }
`;

export function drawNowLine(
  svg: SVGSVGElement,
  x: number | null,
  bottom: number,
  label: string,
): void {
  const root = select(svg);
  let layer = root.select<SVGGElement>('g.now');
  if (layer.empty()) {
    // Its styles come with its code, adopted into the element's shadow root.
    adoptCss(svg.getRootNode(), NOW_CSS);
    const grid = svg.querySelector('g.grid');
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.insertBefore(g, grid ? grid.nextSibling : svg.firstChild);
    layer = select(g).attr('class', 'now').attr('part', 'now').attr('aria-hidden', 'true');
    layer.append('line').attr('class', 'now-line').attr('y1', 0);
    layer.append('text').attr('class', 'now-label').attr('y', 9).attr('dy', '0.35em');
  }
  layer.attr('display', x === null ? 'none' : null);
  if (x === null) return;
  layer.select('line').attr('x1', x).attr('x2', x).attr('y2', bottom);
  // Right to left the plot is mirrored (and, vertical, transposed): the label is mirrored back
  // about its own line so that it reads normally (see plot-renderer.ts).
  const rtl = svg.classList.contains('rtl');
  const down = svg.classList.contains('down');
  layer
    .select('text')
    .attr('x', x + 4)
    .attr('text-anchor', rtl && !down ? 'end' : null)
    .attr(
      'transform',
      !rtl
        ? null
        : down
          ? 'translate(0,18) scale(1,-1)'
          : `translate(${2 * (x + 4)},0) scale(-1,1)`,
    )
    .text(label);
}
