import { axisBottom } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { axisTickFormat, isYearTick } from '../i18n/format.js';
import type { NormalizedEvent } from '../model/types.js';
import { shapeIndex, shapePath } from './shapes.js';
import {
  ERA_DATE_SEPARATOR,
  type ClusterMark,
  type LabelBox,
  type TimelineLayout,
} from '../layout/timeline-layout.js';
import type { TimeScale } from '../layout/time-scale.js';

export interface PlotRenderInput {
  layout: TimelineLayout;
  /** The zoomed scale, in wall-clock milliseconds shown as UTC. */
  scale: TimeScale;
  width: number;
  height: number;
  locale: string;
  selectedId: string | null;
  /** The mark that takes the keyboard's tab stop (roving tabindex): an event id or a cluster key. */
  tabStop: string | null;
  /** CSS class giving a category its colour. */
  colorClass: (category: string | null) => string;
  /** What a screen reader says for an event. */
  describe: (event: NormalizedEvent) => string;
  /** Right to left: the plot is drawn mirrored (see the styles), time running leftwards. */
  rtl: boolean;
  /**
   * Vertical: the layout's frame (time along x) is turned a quarter by the styles, so time runs
   * down the screen; `width` and `height` are the frame's. Texts are turned back upright.
   */
  vertical: boolean;
  /** What a screen reader says for a cluster. */
  describeCluster: (cluster: ClusterMark) => string;
  /** A cluster's count as shown inside it (localised, compact). */
  formatCount: (count: number) => string;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draws the plot with D3. It owns everything inside its container; the element (Lit) never
 * renders there. Stateless between calls: every call draws exactly what the layout says.
 */
export class PlotRenderer {
  readonly svg: SVGSVGElement;
  readonly #root: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #layers: Record<
    | 'lanes'
    | 'eras'
    | 'eraNames'
    | 'grid'
    | 'axis'
    | 'bars'
    | 'barClusters'
    | 'stems'
    | 'periods'
    | 'points'
    | 'clusters'
    | 'labels',
    Group
  >;
  /** Hidden text used to read the label fonts from CSS. */
  readonly titleProbe: SVGTextElement;
  readonly dateProbe: SVGTextElement;

  constructor(container: HTMLElement) {
    this.#root = select(container)
      .append('svg')
      .attr('class', 'plot-svg')
      .attr('part', 'plot-svg')
      .attr('role', 'presentation');
    this.svg = this.#root.node()!;
    const layer = (name: string, part?: string): Group => {
      const g = this.#root.append('g').attr('class', name);
      if (part) g.attr('part', part);
      return g;
    };
    this.#layers = {
      lanes: layer('lanes'),
      grid: layer('grid', 'grid'),
      eras: layer('eras'),
      eraNames: layer('era-names'),
      axis: layer('axis', 'axis'),
      bars: layer('bars'),
      barClusters: layer('bar-clusters'),
      stems: layer('stems'),
      periods: layer('periods'),
      points: layer('points'),
      clusters: layer('clusters'),
      labels: layer('labels'),
    };
    const probes = this.#root.append('g').attr('class', 'probes').attr('aria-hidden', 'true');
    this.titleProbe = probes.append('text').attr('class', 'label-title').text('M').node()!;
    this.dateProbe = probes.append('text').attr('class', 'label-date').text('M').node()!;
  }

  render(input: PlotRenderInput): void {
    const { width, height } = input;
    this.#root
      .attr('width', width)
      .attr('height', height)
      .attr('viewBox', `0 0 ${width} ${height}`)
      .classed('rtl', input.rtl)
      .classed('down', input.vertical);
    this.#renderLanes(input);
    this.#renderAxis(input);
    this.#renderEras(input);
    this.#renderBars(input);
    this.#renderPoints(input);
    this.#renderClusters(input);
    this.#renderLabels(input);
  }

  /** The rendered mark of an event (or a cluster, by key), if it is on screen. */
  markOf(key: string): SVGGraphicsElement | null {
    const value = CSS.escape(key);
    return this.svg.querySelector<SVGGraphicsElement>(
      `[part~="event"][data-id="${value}"], [part~="cluster"][data-cluster="${value}"]`,
    );
  }

  #renderLanes(input: PlotRenderInput): void {
    const { layout, width } = input;
    type Lane = (typeof layout.lanes)[number];
    const named = layout.lanes.filter((lane) => lane.name !== '');
    const lanes = this.#layers.lanes
      .attr('aria-hidden', 'true')
      .selectAll<SVGGElement, Lane>('g')
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

  #renderAxis(input: PlotRenderInput): void {
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
    this.#layers.axis.attr('transform', `translate(0,${layout.axisY})`).call(axis);
    this.#layers.axis
      .selectAll<SVGGElement, Date>('.tick')
      .classed('year', (d) => isYearTick(d))
      .attr('part', (d) => (isYearTick(d) ? 'tick tick-year' : 'tick'));
    // Centred on their tick: mirroring them in place keeps them there. Beside a vertical axis,
    // they are turned upright at the tick's end and read away from the axis.
    this.#layers.axis
      .selectAll('.tick text')
      .attr('y', vertical ? 0 : 12)
      .attr('dy', vertical ? '0.32em' : '0.71em')
      .attr('text-anchor', vertical ? (input.rtl ? 'start' : 'end') : null)
      .attr('transform', vertical ? `translate(0,12)${upright(input)}` : upright(input) || null);
    this.#layers.axis.attr('aria-hidden', 'true');

    this.#layers.grid
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

  #renderEras(input: PlotRenderInput): void {
    const { layout } = input;
    const groups = this.#layers.eras
      .selectAll<SVGGElement, (typeof layout.eras)[number]>('g.era')
      .data(layout.eras, (d) => d.event.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'era');
        g.append('rect').attr('class', 'era-band');
        g.append('rect').attr('class', 'era-strip');
        return g;
      });
    this.#eventAttributes(groups, input);
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
    const names = this.#layers.eraNames
      .attr('aria-hidden', 'true')
      .selectAll<SVGTextElement, (typeof layout.eras)[number]>('text')
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

  #renderBars(input: PlotRenderInput): void {
    const bars = this.#layers.bars
      .selectAll<SVGRectElement, (typeof input.layout.bars)[number]>('rect')
      .data(input.layout.bars, (d) => d.event.id)
      .join('rect')
      .attr('x', (d) => d.x0)
      .attr('width', (d) => Math.max(2, d.x1 - d.x0))
      .attr('y', (d) => d.y)
      .attr('height', (d) => d.height)
      .attr('rx', (d) => Math.min(3, d.height / 2));
    this.#eventAttributes(bars, input);
  }

  #renderPoints(input: PlotRenderInput): void {
    const { layout } = input;
    const radius = 6;
    // The period a month- or year-precise date covers, drawn once per period when wide enough.
    const periods = new Map<string, (typeof layout.points)[number]>();
    for (const p of layout.points) {
      const key = `${p.lane}|${p.event.start}|${p.event.end}`;
      // Drawn on the baseline, under the lowest mark of a stack.
      const seen = periods.get(key);
      if (p.periodX1 - p.periodX0 > 4 * radius && (!seen || seen.y < p.y)) periods.set(key, p);
    }
    this.#layers.periods
      .attr('aria-hidden', 'true')
      .selectAll<SVGLineElement, [string, (typeof layout.points)[number]]>('line')
      .data([...periods], ([key]) => key)
      .join('line')
      .attr('class', 'period')
      .attr('part', 'period')
      .attr('x1', ([, d]) => d.periodX0 + 1)
      .attr('x2', ([, d]) => d.periodX1 - 1)
      .attr('y1', ([, d]) => d.y)
      .attr('y2', ([, d]) => d.y);

    const points = this.#layers.points
      .selectAll<SVGGElement, (typeof layout.points)[number]>('g')
      .data(layout.points, (d) => d.event.id)
      .join((enter) => {
        const g = enter.append('g');
        g.append('circle').attr('class', 'focus-ring');
        g.append('path').attr('class', 'dot');
        return g;
      })
      // Beside a vertical axis, shapes are turned upright like the legend's.
      .attr('transform', (d) => `translate(${d.x},${d.y})${input.vertical ? upright(input) : ''}`);
    points.select<SVGPathElement>('path.dot').each(function (d) {
      const shape = shapeIndex(input.colorClass(d.event.category));
      setAttributes(this, { d: shapePath(shape, 3 + d.event.importance * 0.6) });
    });
    points.select('circle.focus-ring').attr('r', (d) => 7 + d.event.importance * 0.6);
    this.#eventAttributes(points, input);
  }

  /**
   * Clusters: a circle (points) or a bar (ranges) with its count, ringed by its categories'
   * colours in proportion. Focusable and described like events; activating one zooms to it.
   */
  #renderClusters(input: PlotRenderInput): void {
    const { layout } = input;
    // Merged bars are many and plain: one rect each, to keep the DOM small.
    const bars = this.#layers.barClusters
      .selectAll<SVGRectElement, ClusterMark>('rect')
      .data(
        layout.clusters.filter((c) => c.shape === 'bar'),
        (d) => d.key,
      )
      .join('rect')
      .attr('x', (d) => d.x0)
      .attr('y', (d) => d.y)
      .attr('width', (d) => Math.max(2, d.x1 - d.x0))
      .attr('height', (d) => d.height);
    this.#clusterAttributes(bars, input);
    const clusters = this.#layers.clusters
      .selectAll<SVGGElement, ClusterMark>('g.cluster')
      .data(
        layout.clusters.filter((c) => c.shape === 'circle'),
        (d) => d.key,
      )
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('class', 'cluster-body');
        g.append('g').attr('class', 'cluster-ring');
        g.append('text').attr('class', 'cluster-count').attr('dy', '0.35em');
        return g;
      });
    this.#clusterAttributes(clusters, input);
    // Drawn around (0, 0) and moved as a whole: while zooming only the transform changes, and
    // the body, count and ring are rewritten only when the cluster's make-up changes.
    clusters
      .attr('transform', (d) => `translate(${d.x},${d.y})`)
      .each(function (d) {
        const makeUp = `${upright(input)}|${d.r}|${d.count}|${d.categories.map((c) => `${c.category}:${c.count}`).join()}`;
        if (written.get(this)?.get(' make-up') === makeUp) return;
        written.get(this)!.set(' make-up', makeUp);
        const g = select(this);
        g.select('rect.cluster-body')
          .attr('x', -d.r)
          .attr('y', -d.r)
          .attr('width', 2 * d.r)
          .attr('height', 2 * d.r)
          .attr('rx', d.r);
        g.select('text.cluster-count')
          .attr('transform', upright(input) || null)
          .text(input.formatCount(d.count));
        g.select('g.cluster-ring')
          .selectAll<SVGCircleElement, RingArc>('circle')
          .data(ringArcs(d))
          .join('circle')
          .attr('class', (arc) => input.colorClass(arc.category))
          .attr('r', (arc) => arc.r)
          .attr('pathLength', 100)
          .attr('stroke-dasharray', (arc) => `${arc.length} ${100 - arc.length}`)
          .attr('stroke-dashoffset', (arc) => -arc.offset);
      });
  }

  #renderLabels(input: PlotRenderInput): void {
    const { layout } = input;
    this.#layers.stems
      .attr('aria-hidden', 'true')
      .selectAll<SVGLineElement, (typeof layout.labels)[number]>('line')
      .data(layout.labels, (d) => d.key)
      .join('line')
      .attr('part', 'leader')
      .attr('class', (d) => `stem ${input.colorClass(d.event.category)}`)
      .attr('x1', (d) => d.stemX)
      .attr('x2', (d) => d.stemX2 ?? d.stemX)
      .attr('y1', (d) => d.stemY1)
      .attr('y2', (d) => d.stemY2);

    const labels = this.#layers.labels
      .selectAll<SVGGElement, (typeof layout.labels)[number]>('g')
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

  /** What every cluster carries: part, key, count, focusability and its description. */
  #clusterAttributes<E extends SVGElement>(
    marks: Selection<E, ClusterMark, SVGGElement, unknown>,
    input: PlotRenderInput,
  ): void {
    marks.each(function (d) {
      const circle = d.shape === 'circle';
      setAttributes(this, {
        part: `cluster ${circle ? 'cluster-points' : 'cluster-ranges'}`,
        class: `mark cluster ${d.shape} ${input.colorClass(d.lead.category)}${circle ? '' : ' cluster-body'}`,
        'data-cluster': d.key,
        'data-count': String(d.count),
        role: 'button',
        'aria-label': input.describeCluster(d),
        tabindex: d.key === input.tabStop ? '0' : '-1',
      });
    });
  }

  /** What every event mark carries: part, data-id, colour, focusability and its description. */
  #eventAttributes<E extends SVGElement, D extends { event: NormalizedEvent }>(
    marks: Selection<E, D, SVGGElement, unknown>,
    input: PlotRenderInput,
  ): void {
    marks.each(function (d) {
      const selected = d.event.id === input.selectedId;
      setAttributes(this, {
        part: `event ${d.event.type}`,
        class: `mark ${d.event.type} ${input.colorClass(d.event.category)}${selected ? ' selected' : ''}`,
        'data-id': d.event.id,
        role: 'button',
        'aria-pressed': String(selected),
        'aria-label': input.describe(d.event),
        tabindex: d.event.id === input.tabStop ? '0' : '-1',
      });
    });
  }
}

/** What each node was last given, so that a frame only touches what changed. */
const written = new WeakMap<Element, Map<string, string>>();

/**
 * Sets attributes that rarely change between frames (names, classes, descriptions), skipping
 * those that already have the value: while zooming, only positions need writing.
 */
function setAttributes(node: Element, attributes: Record<string, string>): void {
  let last = written.get(node);
  if (!last) written.set(node, (last = new Map()));
  for (const name in attributes) {
    const value = attributes[name]!;
    if (last.get(name) === value) continue;
    last.set(name, value);
    node.setAttribute(name, value);
  }
}

/** Sets an element's text, unless it already has it. */
function setText(node: Element, text: string): void {
  let last = written.get(node);
  if (!last) written.set(node, (last = new Map()));
  // A key no attribute name can be.
  if (last.get(' text') === text) return;
  last.set(' text', text);
  node.textContent = text;
}

/** One category's share of a cluster's ring, in hundredths of its circumference. */
interface RingArc {
  category: string | null;
  r: number;
  offset: number;
  length: number;
}

/** The ring shows up to five categories; the rest share the last arc's colour-free remainder. */
function ringArcs(cluster: ClusterMark): RingArc[] {
  const arcs: RingArc[] = [];
  let offset = 25; // start at 12 o'clock
  for (const { category, count } of cluster.categories.slice(0, 5)) {
    const length = (100 * count) / cluster.count;
    arcs.push({ category, r: cluster.r - 1.5, offset, length });
    offset += length;
  }
  return arcs;
}

/**
 * Right to left, the plot is mirrored as a whole (see the styles); a text that starts at `x`
 * is mirrored back about `x` and anchored at its end, so it reads normally and keeps its place.
 */
function readable<D>(
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
function upright({ rtl, vertical }: PlotRenderInput): string {
  return vertical ? (rtl ? ' matrix(0,1,1,0,0,0)' : ' rotate(-90)') : rtl ? ' scale(-1,1)' : '';
}
