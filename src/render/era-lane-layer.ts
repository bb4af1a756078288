import { ERA_DATE_SEPARATOR, type EraBand, type LaneBand } from '../layout/timeline-layout.js';
import { eventAttributes } from './mark-attributes.js';
import type { Layer, PlotRenderInput } from './plot-input.js';
import { readable } from './svg-writes.js';

/** Swimlanes (group-by): a band for each named lane, every other one shaded, with its name. */
export function renderLanes(lanesLayer: Layer, input: PlotRenderInput): void {
  const { layout, width } = input;
  const named = layout.lanes.filter((lane) => lane.name !== '');
  const lanes = lanesLayer
    .attr('aria-hidden', 'true')
    .selectAll<SVGGElement, LaneBand>('g')
    .data(named, (d) => String(d.key))
    .join((enter) => {
      const g = enter.append('g').attr('part', 'lane');
      g.append('rect').attr('class', 'lane-band');
      g.append('text').attr('class', 'lane-name').attr('part', 'lane-name');
      return g;
    })
    .classed('odd', (_, i) => i % 2 === 1);
  lanes
    .select('rect.lane-band')
    .attr('x', 0)
    .attr('width', width)
    .attr('y', (d) => d.y)
    .attr('height', (d) => d.height);
  lanes
    .select<SVGTextElement>('text.lane-name')
    .attr('x', layout.metrics.labelPaddingX)
    .attr('y', (d) => d.y + layout.metrics.laneHeaderHeight / 2)
    .attr('dy', '0.35em')
    .call(
      readable(
        input,
        () => layout.metrics.labelPaddingX,
        (d) => d.y + layout.metrics.laneHeaderHeight / 2,
      ),
    )
    .text((d) => d.name);
}

/**
 * Eras: a band behind the plot and a strip (the era's mark) in its row at the top; their names
 * in a layer of their own.
 */
export function renderEras(erasLayer: Layer, namesLayer: Layer, input: PlotRenderInput): void {
  const { layout } = input;
  const groups = erasLayer
    .selectAll<SVGGElement, EraBand>('g.era')
    .data(layout.eras, (d) => d.event.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'era');
      g.append('rect').attr('class', 'era-band');
      g.append('rect').attr('class', 'era-strip');
      return g;
    });
  eventAttributes(groups, input);
  groups
    .select('rect.era-band')
    .attr('x', (d) => d.x0)
    .attr('width', (d) => Math.max(1, d.x1 - d.x0))
    .attr('y', 0)
    .attr('height', layout.axisY);
  groups
    .select('rect.era-strip')
    .attr('x', (d) => d.x0)
    .attr('width', (d) => Math.max(1, d.x1 - d.x0))
    .attr('y', (d) => d.y + 1)
    .attr('height', (d) => d.height - 2);
  // Names sit outside the marks: each mark's aria-label already says them, in the reading
  // order every mark uses, and a mark's visible text must be part of its accessible name.
  const names = namesLayer
    .attr('aria-hidden', 'true')
    .selectAll<SVGTextElement, EraBand>('text')
    .data(
      layout.eras.filter((d) => d.labelX !== null),
      (d) => d.event.id,
    )
    .join((enter) => {
      const text = enter.append('text').attr('class', 'era-name').attr('part', 'era-name');
      text.append('tspan').attr('class', 'era-title');
      text.append('tspan').attr('class', 'era-date');
      return text;
    })
    .attr('data-id', (d) => d.event.id)
    .attr('x', (d) => d.labelX! + layout.metrics.labelPaddingX)
    .attr('y', (d) => d.y + d.height / 2)
    .attr('dy', '0.35em')
    .call(
      readable(
        input,
        (d) => d.labelX! + layout.metrics.labelPaddingX,
        (d) => d.y + d.height / 2,
      ),
    );
  names.select('tspan.era-title').text((d) => d.event.title);
  names
    .select('tspan.era-date')
    .text((d) => (d.labelDate ? `${ERA_DATE_SEPARATOR}${d.labelDate}` : ''));
}
