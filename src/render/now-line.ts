import { select } from 'd3-selection';

/**
 * The "today" line (`now` attribute): a labelled vertical line across the plot, drawn into the
 * plot's SVG just above the grid. `x` null removes it.
 */
export function drawNowLine(
  svg: SVGSVGElement,
  x: number | null,
  bottom: number,
  label: string,
): void {
  const root = select(svg);
  let layer = root.select<SVGGElement>('g.now');
  if (layer.empty()) {
    const grid = svg.querySelector('g.grid');
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.insertBefore(g, grid ? grid.nextSibling : svg.firstChild);
    layer = select(g).attr('class', 'now').attr('part', 'now').attr('aria-hidden', 'true');
    layer.append('line').attr('class', 'now-line').attr('y1', 0);
    layer.append('text').attr('class', 'now-label').attr('y', 12);
  }
  layer.attr('display', x === null ? 'none' : null);
  if (x === null) return;
  layer.select('line').attr('x1', x).attr('x2', x).attr('y2', bottom);
  layer
    .select('text')
    .attr('x', x + 4)
    .text(label);
}
