import { select } from 'd3-selection';
import type { LabelBox } from '../layout/timeline-layout.js';
import type { Layer, PlotRenderInput } from './plot-input.js';
import { setAttributes, setText, upright } from './svg-writes.js';

/**
 * Labels: a box with the event's title (one line, or the wrapped lines beside a vertical axis)
 * and date, and in a layer below them the leader lines from their marks.
 */
export function renderLabels(stemsLayer: Layer, labelsLayer: Layer, input: PlotRenderInput): void {
  const { layout } = input;
  stemsLayer
    .attr('aria-hidden', 'true')
    .selectAll<SVGLineElement, LabelBox>('line')
    .data(layout.labels, (d) => d.key)
    .join('line')
    .attr('part', 'leader')
    .attr('class', (d) => `stem ${input.colorClass(d.event.category)}`)
    .attr('x1', (d) => d.stemX)
    .attr('x2', (d) => d.stemX2 ?? d.stemX)
    .attr('y1', (d) => d.stemY1)
    .attr('y2', (d) => d.stemY2);

  const labels = labelsLayer
    .selectAll<SVGGElement, LabelBox>('g')
    .data(layout.labels, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('part', 'label').attr('aria-hidden', 'true');
      g.append('rect').attr('class', 'label-box');
      const text = g.append('text');
      text.append('tspan').attr('class', 'label-title');
      text.append('tspan').attr('class', 'label-date');
      return g;
    })
    .each(function (d) {
      const selected = d.event.id === input.selectedId ? ' selected' : '';
      setAttributes(this, {
        class: `label ${input.colorClass(d.event.category)} side-${d.side}${selected}`,
        'data-id': d.event.id,
      });
    })
    // Each label is turned back about its own box (mirrored right to left, turned upright
    // beside a vertical axis), so it reads normally; inside it, x runs across the screen.
    .attr('transform', (d) => {
      const { x, y } = d;
      if (!input.vertical) {
        return input.rtl ? `translate(${x + d.width},${y}) scale(-1,1)` : `translate(${x},${y})`;
      }
      return input.rtl
        ? `translate(${x},${y})${upright(input)}`
        : `translate(${x},${y + d.height})${upright(input)}`;
    });
  const m = layout.metrics;
  // On screen, a vertical layout's label is as wide as its frame box is tall.
  const across = (d: LabelBox): number => (input.vertical ? d.height : d.width);
  const along = (d: LabelBox): number => (input.vertical ? d.width : d.height);
  labels.select<SVGRectElement>('rect.label-box').each(function (d) {
    setAttributes(this, { width: String(across(d)), height: String(along(d)), rx: '3' });
  });
  // Right to left, label text is aligned to the box's right edge.
  const lineX = (d: LabelBox): string =>
    String(input.rtl ? across(d) - m.labelPaddingX : m.labelPaddingX);
  const anchor = input.rtl ? 'end' : 'start';
  labels
    .select('text')
    .selectAll<SVGTSpanElement, string>('tspan.label-title')
    .data((d) => d.lines ?? [d.title])
    .join('tspan')
    .attr('class', 'label-title')
    .each(function (line, i) {
      const d = select(this.parentNode as SVGTextElement).datum() as LabelBox;
      setAttributes(this, {
        x: lineX(d),
        y: String(m.labelPaddingY + m.titleLineHeight * (i + 0.78)),
        'text-anchor': anchor,
      });
      setText(this, line);
    });
  labels.select<SVGTSpanElement>('tspan.label-date').each(function (d) {
    const lines = d.lines?.length ?? 1;
    setAttributes(this, {
      x: lineX(d),
      y: String(m.labelPaddingY + m.titleLineHeight * lines + m.dateLineHeight * 0.78),
      'text-anchor': anchor,
    });
    setText(this, d.date);
  });
}
