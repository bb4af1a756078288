import { axisBottom } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { axisTickFormat, isYearTick } from '../i18n/format.js';
import type { NormalizedEvent } from '../model/types.js';
import { ERA_DATE_SEPARATOR, type TimelineLayout } from '../layout/timeline-layout.js';
import type { TimeScale } from '../layout/time-scale.js';

export interface PlotRenderInput {
  layout: TimelineLayout;
  /** The zoomed scale, in wall-clock milliseconds shown as UTC. */
  scale: TimeScale;
  width: number;
  height: number;
  locale: string;
  selectedId: string | null;
  /** The event that takes the keyboard's tab stop (roving tabindex). */
  tabStopId: string | null;
  /** CSS class giving an event its category colour. */
  colorClass: (event: NormalizedEvent) => string;
  /** What a screen reader says for an event. */
  describe: (event: NormalizedEvent) => string;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draws the plot with D3. It owns everything inside its container; the element (Lit) never
 * renders there. Stateless between calls: every call draws exactly what the layout says.
 */
export class PlotRenderer {
  readonly svg: SVGSVGElement;
  private readonly root: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly layers: Record<
    'eras' | 'eraNames' | 'grid' | 'axis' | 'bars' | 'stems' | 'periods' | 'points' | 'labels',
    Group
  >;
  /** Hidden text used to read the label fonts from CSS. */
  readonly titleProbe: SVGTextElement;
  readonly dateProbe: SVGTextElement;

  constructor(container: HTMLElement) {
    this.root = select(container)
      .append('svg')
      .attr('class', 'plot-svg')
      .attr('part', 'plot-svg')
      .attr('role', 'presentation');
    this.svg = this.root.node()!;
    const layer = (name: string, part?: string): Group => {
      const g = this.root.append('g').attr('class', name);
      if (part) g.attr('part', part);
      return g;
    };
    this.layers = {
      grid: layer('grid', 'grid'),
      eras: layer('eras'),
      eraNames: layer('era-names'),
      axis: layer('axis', 'axis'),
      bars: layer('bars'),
      stems: layer('stems'),
      periods: layer('periods'),
      points: layer('points'),
      labels: layer('labels'),
    };
    const probes = this.root.append('g').attr('class', 'probes').attr('aria-hidden', 'true');
    this.titleProbe = probes.append('text').attr('class', 'label-title').text('M').node()!;
    this.dateProbe = probes.append('text').attr('class', 'label-date').text('M').node()!;
  }

  render(input: PlotRenderInput): void {
    const { width, height } = input;
    this.root.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    this.renderAxis(input);
    this.renderEras(input);
    this.renderBars(input);
    this.renderPoints(input);
    this.renderLabels(input);
  }

  /** The rendered mark of an event, if it is on screen. */
  markOf(id: string): SVGGraphicsElement | null {
    return this.svg.querySelector<SVGGraphicsElement>(
      `[part~="event"][data-id="${CSS.escape(id)}"]`,
    );
  }

  private renderAxis({ scale, width, layout, locale }: PlotRenderInput): void {
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
    this.layers.axis.attr('transform', `translate(0,${layout.axisY})`).call(axis);
    this.layers.axis
      .selectAll<SVGGElement, Date>('.tick')
      .classed('year', (d) => isYearTick(d))
      .attr('part', (d) => (isYearTick(d) ? 'tick tick-year' : 'tick'));
    this.layers.axis.attr('aria-hidden', 'true');

    this.layers.grid
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

  private renderEras(input: PlotRenderInput): void {
    const { layout } = input;
    const groups = this.layers.eras
      .selectAll<SVGGElement, (typeof layout.eras)[number]>('g.era')
      .data(layout.eras, (d) => d.event.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'era');
        g.append('rect').attr('class', 'era-band');
        g.append('rect').attr('class', 'era-strip');
        return g;
      });
    this.eventAttributes(groups, input);
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
    const names = this.layers.eraNames
      .attr('aria-hidden', 'true')
      .selectAll<SVGTextElement, (typeof layout.eras)[number]>('text')
      .data(
        layout.eras.filter((d) => d.labelX !== null),
        (d) => d.event.id,
      )
      .join((enter) => {
        const text = enter.append('text').attr('class', 'era-name');
        text.append('tspan').attr('class', 'era-title');
        text.append('tspan').attr('class', 'era-date');
        return text;
      })
      .attr('data-id', (d) => d.event.id)
      .attr('x', (d) => d.labelX! + layout.metrics.labelPaddingX)
      .attr('y', (d) => d.y + d.height / 2)
      .attr('dy', '0.35em');
    names.select('tspan.era-title').text((d) => d.event.title);
    names
      .select('tspan.era-date')
      .text((d) => (d.labelDate ? `${ERA_DATE_SEPARATOR}${d.labelDate}` : ''));
  }

  private renderBars(input: PlotRenderInput): void {
    const bars = this.layers.bars
      .selectAll<SVGRectElement, (typeof input.layout.bars)[number]>('rect')
      .data(input.layout.bars, (d) => d.event.id)
      .join('rect')
      .attr('x', (d) => d.x0)
      .attr('width', (d) => Math.max(2, d.x1 - d.x0))
      .attr('y', (d) => d.y)
      .attr('height', (d) => d.height)
      .attr('rx', (d) => Math.min(3, d.height / 2));
    this.eventAttributes(bars, input);
  }

  private renderPoints(input: PlotRenderInput): void {
    const { layout } = input;
    const radius = 6;
    // The period a month- or year-precise date covers, drawn once per period when wide enough.
    const periods = new Map<string, (typeof layout.points)[number]>();
    for (const p of layout.points) {
      if (p.periodX1 - p.periodX0 > 4 * radius) periods.set(`${p.event.start}|${p.event.end}`, p);
    }
    this.layers.periods
      .attr('aria-hidden', 'true')
      .selectAll<SVGLineElement, [string, (typeof layout.points)[number]]>('line')
      .data([...periods], ([key]) => key)
      .join('line')
      .attr('class', 'period')
      .attr('x1', ([, d]) => d.periodX0 + 1)
      .attr('x2', ([, d]) => d.periodX1 - 1)
      .attr('y1', ([, d]) => d.y)
      .attr('y2', ([, d]) => d.y);

    const points = this.layers.points
      .selectAll<SVGGElement, (typeof layout.points)[number]>('g')
      .data(layout.points, (d) => d.event.id)
      .join((enter) => {
        const g = enter.append('g');
        g.append('circle').attr('class', 'focus-ring');
        g.append('circle').attr('class', 'dot');
        return g;
      })
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    points.select('circle.dot').attr('r', (d) => 3 + d.event.importance * 0.6);
    points.select('circle.focus-ring').attr('r', (d) => 7 + d.event.importance * 0.6);
    this.eventAttributes(points, input);
  }

  private renderLabels(input: PlotRenderInput): void {
    const { layout } = input;
    this.layers.stems
      .attr('aria-hidden', 'true')
      .selectAll<SVGLineElement, (typeof layout.labels)[number]>('line')
      .data(layout.labels, (d) => d.event.id)
      .join('line')
      .attr('class', (d) => `stem ${input.colorClass(d.event)}`)
      .attr('x1', (d) => d.stemX)
      .attr('x2', (d) => d.stemX)
      .attr('y1', (d) => d.stemY1)
      .attr('y2', (d) => d.stemY2);

    const labels = this.layers.labels
      .selectAll<SVGGElement, (typeof layout.labels)[number]>('g')
      .data(layout.labels, (d) => d.event.id)
      .join((enter) => {
        const g = enter.append('g').attr('part', 'label').attr('aria-hidden', 'true');
        g.append('rect').attr('class', 'label-box');
        const text = g.append('text');
        text.append('tspan').attr('class', 'label-title');
        text.append('tspan').attr('class', 'label-date');
        return g;
      })
      .attr('class', (d) => `label ${input.colorClass(d.event)} side-${d.side}`)
      .classed('selected', (d) => d.event.id === input.selectedId)
      .attr('data-id', (d) => d.event.id)
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    labels
      .select('rect.label-box')
      .attr('width', (d) => d.width)
      .attr('height', (d) => d.height)
      .attr('rx', 3);
    const m = layout.metrics;
    labels
      .select('tspan.label-title')
      .attr('x', m.labelPaddingX)
      .attr('y', m.labelPaddingY + m.titleLineHeight * 0.78)
      .text((d) => d.title);
    labels
      .select('tspan.label-date')
      .attr('x', m.labelPaddingX)
      .attr('y', m.labelPaddingY + m.titleLineHeight + m.dateLineHeight * 0.78)
      .text((d) => d.date);
  }

  /** What every event mark carries: part, data-id, colour, focusability and its description. */
  private eventAttributes<E extends SVGElement, D extends { event: NormalizedEvent }>(
    marks: Selection<E, D, SVGGElement, unknown>,
    input: PlotRenderInput,
  ): void {
    marks
      .attr('part', (d) => `event ${d.event.type}`)
      .attr('class', (d) => `mark ${d.event.type} ${input.colorClass(d.event)}`)
      .classed('selected', (d) => d.event.id === input.selectedId)
      .attr('data-id', (d) => d.event.id)
      .attr('role', 'button')
      .attr('aria-pressed', (d) => String(d.event.id === input.selectedId))
      .attr('aria-label', (d) => input.describe(d.event))
      .attr('tabindex', (d) => (d.event.id === input.tabStopId ? 0 : -1));
  }
}
