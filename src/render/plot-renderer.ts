import { select, type Selection } from 'd3-selection';
import { renderAxis } from './axis-layer.js';
import { renderEras, renderLanes } from './era-lane-layer.js';
import { renderLabels } from './label-layer.js';
import { renderBars, renderClusters, renderPoints } from './mark-layer.js';
import type { Layer, PlotRenderInput } from './plot-input.js';

export type { PlotRenderInput };

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
    Layer
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
    const layer = (name: string, part?: string): Layer => {
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
    const layers = this.#layers;
    renderLanes(layers.lanes, input);
    renderAxis(layers.axis, layers.grid, input);
    renderEras(layers.eras, layers.eraNames, input);
    renderBars(layers.bars, input);
    renderPoints(layers.periods, layers.points, input);
    renderClusters(layers.barClusters, layers.clusters, input);
    renderLabels(layers.stems, layers.labels, input);
  }

  /** The rendered mark of an event (or a cluster, by key), if it is on screen. */
  markOf(key: string): SVGGraphicsElement | null {
    const value = CSS.escape(key);
    return this.svg.querySelector<SVGGraphicsElement>(
      `[part~="event"][data-id="${value}"], [part~="cluster"][data-cluster="${value}"]`,
    );
  }
}
