import { select } from 'd3-selection';
import type { BarMark, ClusterMark, PointMark } from '../layout/timeline-layout.js';
import { clusterAttributes, eventAttributes } from './mark-attributes.js';
import type { Layer, PlotRenderInput } from './plot-input.js';
import { shapeIndex, shapePath } from './shapes.js';
import { hasChanged, setAttributes, upright } from './svg-writes.js';

/** Ranges: a rounded bar each. */
export function renderBars(barsLayer: Layer, input: PlotRenderInput): void {
  const bars = barsLayer
    .selectAll<SVGRectElement, BarMark>('rect')
    .data(input.layout.bars, (d) => d.event.id)
    .join('rect')
    .attr('x', (d) => d.x0)
    .attr('width', (d) => Math.max(2, d.x1 - d.x0))
    .attr('y', (d) => d.y)
    .attr('height', (d) => d.height)
    .attr('rx', (d) => Math.min(3, d.height / 2));
  eventAttributes(bars, input);
}

/**
 * Points: a shape per category (with a focus ring), and under them the period a month- or
 * year-precise date covers, in a layer of its own.
 */
export function renderPoints(
  periodsLayer: Layer,
  pointsLayer: Layer,
  input: PlotRenderInput,
): void {
  const { layout } = input;
  const radius = 6;
  // The period a month- or year-precise date covers, drawn once per period when wide enough.
  const periods = new Map<string, PointMark>();
  for (const p of layout.points) {
    const key = `${p.lane}|${p.event.start}|${p.event.end}`;
    // Drawn on the baseline, under the lowest mark of a stack.
    const seen = periods.get(key);
    if (p.periodX1 - p.periodX0 > 4 * radius && (!seen || seen.y < p.y)) periods.set(key, p);
  }
  periodsLayer
    .attr('aria-hidden', 'true')
    .selectAll<SVGLineElement, [string, PointMark]>('line')
    .data([...periods], ([key]) => key)
    .join('line')
    .attr('class', 'period')
    .attr('part', 'period')
    .attr('x1', ([, d]) => d.periodX0 + 1)
    .attr('x2', ([, d]) => d.periodX1 - 1)
    .attr('y1', ([, d]) => d.y)
    .attr('y2', ([, d]) => d.y);

  const points = pointsLayer
    .selectAll<SVGGElement, PointMark>('g')
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
  eventAttributes(points, input);
}

/**
 * Clusters: a circle (points) or a bar (ranges) with its count, ringed by its categories'
 * colours in proportion. Focusable and described like events; activating one zooms to it.
 */
export function renderClusters(
  barClustersLayer: Layer,
  clustersLayer: Layer,
  input: PlotRenderInput,
): void {
  const { layout } = input;
  // Merged bars are many and plain: one rect each, to keep the DOM small.
  const bars = barClustersLayer
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
  clusterAttributes(bars, input);
  const clusters = clustersLayer
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
  clusterAttributes(clusters, input);
  // Drawn around (0, 0) and moved as a whole: while zooming only the transform changes, and
  // the body, count and ring are rewritten only when the cluster's make-up changes.
  clusters
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .each(function (d) {
      const makeUp = `${upright(input)}|${d.r}|${d.count}|${d.categories.map((c) => `${c.category}:${c.count}`).join()}`;
      if (!hasChanged(this, ' make-up', makeUp)) return;
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
