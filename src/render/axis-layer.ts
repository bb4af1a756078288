import { axisBottom } from 'd3-axis';
import { axisTickFormat, isYearTick } from '../i18n/format.js';
import type { Layer, PlotRenderInput } from './plot-input.js';
import { upright } from './svg-writes.js';

/** The time axis along the plot's foot, and its ticks' grid lines across the plot. */
export function renderAxis(axisLayer: Layer, grid: Layer, input: PlotRenderInput): void {
  const { scale, width, layout, locale, vertical } = input;
  const tickCount = Math.max(2, Math.floor(width / 110));
  // Ticks too close to an edge would show a clipped label.
  const ticks = scale.ticks(tickCount).filter((d) => scale(d) >= 18 && scale(d) <= width - 18);
  const format = axisTickFormat(locale);
  const axis = axisBottom<Date>(scale)
    .tickValues(ticks)
    .tickFormat(format)
    .tickSizeOuter(0)
    .tickSizeInner(6)
    .tickPadding(6);
  axisLayer.attr('transform', `translate(0,${layout.axisY})`).call(axis);
  axisLayer
    .selectAll<SVGGElement, Date>('.tick')
    .classed('year', (d) => isYearTick(d))
    .attr('part', (d) => (isYearTick(d) ? 'tick tick-year' : 'tick'));
  // Centred on their tick: mirroring them in place keeps them there. Beside a vertical axis,
  // they are turned upright at the tick's end and read away from the axis.
  axisLayer
    .selectAll('.tick text')
    .attr('y', vertical ? 0 : 12)
    .attr('dy', vertical ? '0.32em' : '0.71em')
    .attr('text-anchor', vertical ? (input.rtl ? 'start' : 'end') : null)
    .attr('transform', vertical ? `translate(0,12)${upright(input)}` : upright(input) || null);
  axisLayer.attr('aria-hidden', 'true');

  grid
    .attr('aria-hidden', 'true')
    .selectAll<SVGLineElement, Date>('line')
    .data(ticks, (d) => d.getTime())
    .join('line')
    .classed('year', (d) => isYearTick(d))
    .attr('x1', (d) => scale(d))
    .attr('x2', (d) => scale(d))
    .attr('y1', 0)
    .attr('y2', layout.axisY);
}
