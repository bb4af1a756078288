import { placedAt } from '../model/timeline-model.js';
import type { OverviewRenderer } from '../render/overview-renderer.js';
import type { DataController } from './data-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { TimelineHost } from './timeline-host.js';
import type { ViewController } from './view-controller.js';

/** The overview shows by default when the plot is at least this tall (px). */
const OVERVIEW_MIN_PLOT_HEIGHT = 200;

/**
 * The overview strip under the plot: the whole span's density, and the visible window to drag.
 * Its code (with d3-brush) loads after the plot's first paint, the second thing a reader looks at.
 */
export class OverviewController {
  #renderer: OverviewRenderer | null = null;
  #loading = false;

  readonly #host: TimelineHost;
  readonly #data: DataController;
  readonly #view: ViewController;
  readonly #locale: LocaleController;

  constructor(
    host: TimelineHost,
    data: DataController,
    view: ViewController,
    locale: LocaleController,
  ) {
    this.#host = host;
    this.#data = data;
    this.#view = view;
    this.#locale = locale;
  }

  /** Whether the strip is shown (see `overview`). */
  get shown(): boolean {
    const mode = this.#host.overview;
    // Vertical, time runs down the plot: a strip across it would run the other way.
    if (this.#view.vertical) return false;
    return mode === 'off'
      ? false
      : mode === 'on' || this.#view.size.height >= OVERVIEW_MIN_PLOT_HEIGHT;
  }

  /** Draws the overview's density (once per data set and width) and its window. */
  draw(): void {
    const base = this.#view.baseScale();
    const model = this.#data.model;
    if (!model || !base || !this.shown) return;
    if (!this.#renderer) {
      if (!this.#loading) void this.#load();
      return;
    }
    const { selected } = this.#host;
    const event = selected ? model.byId.get(selected) : undefined;
    const palette = this.#data.palette;
    this.#renderer.render({
      events: model.events,
      scale: base,
      width: this.#view.size.width,
      locale: this.#locale.locale,
      colorClass: (category) => palette.classFor(category),
      selectedX: event ? base(placedAt(event)) : null,
      rtl: this.#locale.rtl,
    });
    this.sync();
  }

  /** Moves the overview's window to the visible one (never during the reader's own brushing). */
  sync(): void {
    if (!this.#renderer || !this.shown || !this.#data.model) return;
    const t = this.#view.transform;
    this.#renderer.setWindow(-t.x / t.k, (this.#view.size.width - t.x) / t.k);
  }

  async #load(): Promise<void> {
    this.#loading = true;
    // After the plot's first paint: the overview is the second thing a reader looks at.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const { OverviewRenderer } = await import('../render/overview-renderer.js');
    this.#renderer = new OverviewRenderer(
      this.#host.renderRoot.querySelector<HTMLElement>('[part="overview"]')!,
      {
        onBrush: (x0, x1) => this.#view.showFittedPixels(x0, x1, false),
        onCentre: (x) => {
          const half = this.#view.size.width / this.#view.transform.k / 2;
          this.#view.showFittedPixels(x - half, x + half, true);
        },
      },
    );
    this.draw();
  }
}
