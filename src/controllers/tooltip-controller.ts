import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { formatEventDate } from '../i18n/format.js';
import type { ClusterMark } from '../layout/timeline-layout.js';
import { eventIdAt } from '../render/mark-targets.js';
import type { DataController } from './data-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { PlotController } from './plot-controller.js';
import type { TimelineHost } from './timeline-host.js';

interface Tooltip {
  /** An event id, or a cluster key when `cluster` is set. */
  id: string;
  cluster: ClusterMark | null;
  x: number;
  y: number;
}

/** The tooltip of the mark or label under the pointer or holding focus (part `tooltip`). */
export class TooltipController implements ReactiveController {
  #tooltip: Tooltip | null = null;

  readonly #host: TimelineHost;
  readonly #data: DataController;
  readonly #plot: PlotController;
  readonly #locale: LocaleController;

  constructor(
    host: TimelineHost,
    data: DataController,
    plot: PlotController,
    locale: LocaleController,
  ) {
    this.#host = host;
    this.#data = data;
    this.#plot = plot;
    this.#locale = locale;
    host.addController(this);
  }

  hide(): void {
    if (!this.#tooltip) return;
    this.#tooltip = null;
    this.#host.requestUpdate();
  }

  onPointerOver = (e: PointerEvent): void => {
    if (!e.buttons) this.#showFor(e.target);
  };

  onPointerOut = (e: PointerEvent): void => {
    const next = this.#plot.clusterAt(e.relatedTarget)?.key ?? eventIdAt(e.relatedTarget);
    if (this.#tooltip && next !== this.#tooltip.id) this.hide();
  };

  onFocusIn = (e: FocusEvent): void => this.#showFor(e.target);

  onFocusOut = (): void => this.hide();

  hostUpdated(): void {
    // Placed through the CSSOM, never a style attribute (which a strict Content-Security-Policy
    // without 'unsafe-inline' styles would block).
    const tip = this.#tooltip;
    const tooltip = tip && this.#host.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    if (tip && tooltip) {
      tooltip.style.setProperty('left', `${tip.x}px`);
      tooltip.style.setProperty('top', `${tip.y}px`);
    }
  }

  render(): TemplateResult {
    const tip = this.#tooltip;
    const locale = this.#locale.locale;
    const model = this.#data.model;
    const event = tip && !tip.cluster ? model?.byId.get(tip.id) : undefined;
    if (!tip || (!event && !tip.cluster)) {
      return html`<div part="tooltip" role="tooltip" hidden></div>`;
    }
    const palette = this.#data.palette;
    const title = tip.cluster
      ? this.#plot.names.describeCluster(tip.cluster, model, locale)
      : event!.title;
    const meta = tip.cluster
      ? ''
      : `${formatEventDate(event!, locale)}${event!.category ? ` · ${palette.labelFor(event!.category)}` : ''}`;
    return html`<div part="tooltip" role="tooltip">
      <div class="tooltip-title" dir="auto">${title}</div>
      ${meta ? html`<div class="tooltip-meta">${meta}</div>` : nothing}
    </div>`;
  }

  /** Shows the tooltip of the mark or label at `target`. */
  #showFor(target: EventTarget | null): void {
    const cluster = this.#plot.clusterAt(target);
    const id = cluster ? cluster.key : eventIdAt(target);
    const plot = this.#host.renderRoot.querySelector('[part="plot"]');
    if (!id || !plot) return;
    const mark = ((target as Element).closest('[part~="event"], [part~="cluster"]') ??
      this.#plot.markOf(id) ??
      target) as Element;
    const box = mark.getBoundingClientRect();
    const origin = plot.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2 - origin.left, 80), origin.width - 80);
    this.#tooltip = { id, cluster, x, y: box.top - origin.top };
    this.#host.requestUpdate();
  }
}
