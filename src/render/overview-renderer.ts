import { adoptCss } from './adopt-css.js';
import { axisBottom } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import { axisTickFormat } from '../i18n/format.js';
import { densityBins, type Density } from '../layout/density.js';
import type { NormalizedEvent } from '../model/types.js';
import type { TimeScale } from '../layout/time-scale.js';

export interface OverviewHandlers {
  /** The reader dragged or resized the window to [x0, x1] (overview pixels). */
  onBrush: (x0: number, x1: number) => void;
  /** The reader clicked outside the window, at x: move the window there. */
  onCentre: (x: number) => void;
}

export interface OverviewRenderInput {
  events: readonly NormalizedEvent[];
  /** The whole span shown (the fitted view), in wall-clock milliseconds, to [0, width]. */
  scale: TimeScale;
  width: number;
  locale: string;
  colorClass: (category: string | null) => string;
  /** Where the selected event sits, if any. */
  selectedX: number | null;
  /** Right to left: mirrored like the plot, so both run the same way. */
  rtl: boolean;
}

/** The overview's drawing styles, adopted into the element's shadow root with this code. */
const OVERVIEW_CSS = `
.overview-svg { display: block; width: 100%; overflow: hidden; }
.overview-svg.rtl { transform: scaleX(-1); }
.overview-density { fill: var(--color); opacity: 0.8; }
.overview-axis .domain, .overview-axis line { stroke: var(--ai-timeline-border); }
.overview-axis text { fill: var(--ai-timeline-muted); font-family: var(--ai-timeline-font-family); font-size: calc(var(--ai-timeline-small-font-size) - 2px); }
.overview-selected { stroke: var(--ai-timeline-text); stroke-width: 1.5; }
.overview-brush .overlay { cursor: pointer; }
.overview-brush .selection { fill: var(--ai-timeline-accent); fill-opacity: 0.14; stroke: var(--ai-timeline-accent); stroke-width: 1.5; }
@media (forced-colors: active) {
  .overview-density { fill: CanvasText; }
  .overview-axis text { fill: CanvasText; }
  .overview-selected, .overview-brush .selection { stroke: Highlight; }
  .overview-brush .selection { fill: Highlight; }
}
`;

/** Height of the density strip and of the axis under it. */
export const OVERVIEW_STRIP = 34;
const AXIS = 18;

/**
 * The overview: the whole span at a glance (event density per category, stacked) with a
 * d3-brush showing the visible window. D3 owns everything inside its container.
 *
 * The brush and the zoom feed each other, so only gestures count: brush events without a
 * `sourceEvent` (our own `setWindow`) are ignored, and the window is not moved under the
 * reader's pointer while they brush.
 */
export class OverviewRenderer {
  readonly svg: SVGSVGElement;
  private readonly root: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly bars: Selection<SVGGElement, unknown, null, undefined>;
  private readonly axis: Selection<SVGGElement, unknown, null, undefined>;
  private readonly marker: Selection<SVGLineElement, unknown, null, undefined>;
  private readonly brushGroup: Selection<SVGGElement, unknown, null, undefined>;
  private readonly brush: BrushBehavior<unknown>;
  private brushing = false;
  private window: [number, number] = [0, 0];
  private width = 0;
  private drawn: {
    events: readonly NormalizedEvent[];
    bins: number;
    density: Density;
    /** The axis's language and direction. */
    look: string;
  } | null = null;

  constructor(container: HTMLElement, handlers: OverviewHandlers) {
    adoptCss(container.getRootNode(), OVERVIEW_CSS);
    this.root = select(container)
      .append('svg')
      .attr('class', 'overview-svg')
      .attr('aria-hidden', 'true')
      .attr('height', OVERVIEW_STRIP + AXIS);
    this.svg = this.root.node()!;
    this.bars = this.root
      .append('g')
      .attr('class', 'overview-bars')
      .attr('part', 'overview-density');
    this.axis = this.root
      .append('g')
      .attr('class', 'overview-axis')
      .attr('part', 'overview-axis')
      .attr('transform', `translate(0,${OVERVIEW_STRIP})`);
    this.marker = this.root
      .append('line')
      .attr('class', 'overview-selected')
      .attr('y1', 0)
      .attr('y2', OVERVIEW_STRIP);
    this.brush = brushX()
      .handleSize(10)
      .on('start', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) this.brushing = true;
      })
      .on('brush', (event: D3BrushEvent<unknown>) => {
        const selection = event.selection as [number, number] | null;
        if (!event.sourceEvent || !selection) return;
        handlers.onBrush(selection[0], selection[1]);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        this.brushing = false;
        const selection = event.selection as [number, number] | null;
        if (selection) {
          handlers.onBrush(selection[0], selection[1]);
        } else {
          // A click outside the window: centre the window there (and put the brush back).
          const box = this.svg.getBoundingClientRect();
          const source = event.sourceEvent as MouseEvent | TouchEvent;
          const point = 'changedTouches' in source ? source.changedTouches[0] : source;
          handlers.onCentre((point?.clientX ?? box.left) - box.left);
        }
        this.setWindow(...this.window);
      });
    this.brushGroup = this.root.append('g').attr('class', 'overview-brush');
    this.brushGroup.attr('part', 'overview-brush');
  }

  render(input: OverviewRenderInput): void {
    const { width, events, scale } = input;
    const height = OVERVIEW_STRIP + AXIS;
    this.root
      .attr('width', width)
      .attr('viewBox', `0 0 ${width} ${height}`)
      .classed('rtl', input.rtl);
    const look = `${input.locale}|${input.rtl}`;
    // Binned once per data set and width: a bin every 4px.
    const bins = Math.max(1, Math.floor(width / 4));
    if (this.drawn?.events !== events || this.drawn.bins !== bins || this.drawn.look !== look) {
      const [d0, d1] = scale.domain();
      const density = densityBins(events, [+d0, +d1], bins);
      this.drawn = { events, bins, density, look };
      this.drawBars(density, input);
      const ticks = scale.ticks(Math.max(2, Math.floor(width / 120)));
      this.axis.call(
        axisBottom<Date>(scale)
          .tickValues(ticks.filter((d) => scale(d) >= 14 && scale(d) <= width - 14))
          .tickFormat(axisTickFormat(input.locale))
          .tickSizeOuter(0)
          .tickSizeInner(3)
          .tickPadding(2),
      );
      // Mirrored right to left with the strip, each tick's text is mirrored back in place.
      this.axis.selectAll('.tick text').attr('transform', input.rtl ? 'scale(-1,1)' : null);
    }
    if (this.width !== width) {
      this.width = width;
      this.brush.extent([
        [0, 0],
        [Math.max(1, width), OVERVIEW_STRIP],
      ]);
      this.brushGroup.call(this.brush);
    }
    this.marker
      .attr('visibility', input.selectedX === null ? 'hidden' : 'visible')
      .attr('x1', input.selectedX ?? 0)
      .attr('x2', input.selectedX ?? 0);
  }

  /** Shows the visible window, [x0, x1] in overview pixels (clamped to the strip). */
  setWindow(x0: number, x1: number): void {
    this.window = [x0, x1];
    if (this.brushing || this.width <= 0) return;
    const a = Math.max(0, Math.min(this.width, x0));
    const b = Math.max(0, Math.min(this.width, x1));
    // A window narrower than a pixel still shows where it is.
    const mid = (a + b) / 2;
    const selection: [number, number] = b - a >= 2 ? [a, b] : [mid - 1, mid + 1];
    this.brushGroup.call(this.brush.move, selection);
  }

  private drawBars(density: Density, { width, colorClass }: OverviewRenderInput): void {
    const step = width / density.bins;
    const gap = step > 3 ? 1 : 0;
    // Square-root heights keep a lone event visible next to a crowded month.
    const unit = density.max > 0 ? OVERVIEW_STRIP / Math.sqrt(density.max) : 0;
    const base = new Float64Array(density.bins);
    const paths = density.categories.map((category, c) => {
      const counts = density.counts[c]!;
      let d = '';
      for (let b = 0; b < density.bins; b++) {
        const count = counts[b]!;
        if (count === 0) continue;
        const total = density.totals[b]!;
        const h = Math.max(2, Math.sqrt(total) * unit) * (count / total);
        const y = OVERVIEW_STRIP - base[b]! - h;
        base[b] = base[b]! + h;
        d += `M${(b * step).toFixed(1)},${y.toFixed(1)}h${Math.max(1, step - gap).toFixed(1)}v${h.toFixed(1)}h${(-Math.max(1, step - gap)).toFixed(1)}Z`;
      }
      return { category, d };
    });
    this.bars
      .selectAll<SVGPathElement, { category: string | null; d: string }>('path')
      .data(paths)
      .join('path')
      .attr('class', (p) => `overview-density ${colorClass(p.category)}`)
      .attr('d', (p) => p.d);
  }
}
