import type { PropertyValues } from 'lit';
import { clusterHolds } from '../layout/focus-stops.js';
import { storyStep } from '../layout/story.js';
import type { ClusterMark } from '../layout/timeline-layout.js';
import { HOUR_MS } from '../model/dates.js';
import { placedAt, placedUntil } from '../model/timeline-model.js';
import type { NormalizedEvent } from '../model/types.js';
import { eventIdAt } from '../render/mark-targets.js';
import type { DataController } from './data-controller.js';
import type { DeepLink, DeepLinkController } from './deep-link.js';
import { LazyModule } from './lazy-module.js';
import type { PlotController } from './plot-controller.js';
import { emit, type TimelineHost } from './timeline-host.js';
import type { ViewController } from './view-controller.js';

/** Who asked for a selection: the reader's own choices fire `ai-timeline-select`; code's do not. */
export interface SelectOptions {
  byReader?: boolean;
  animate?: boolean;
}

/**
 * The selected event and the ways to reach one: `select()`, story steps, clusters, and deep links
 * (`hash`: the selection and the window in the URL, followed on back and forward).
 */
export class SelectionController {
  /** Event windows (story steps, zoom to event): loaded on first use. */
  readonly #eventWindows = new LazyModule(() => import('../layout/event-window.js'));
  /** Requests to show an event's window so far: only the latest counts. */
  #windowRequests = 0;
  /** Deep links (`hash`): loaded on first use, outside the main bundle. */
  readonly #deepLinkModule = new LazyModule(() => import('./deep-link.js'));
  #deepLinks: DeepLinkController | null = null;

  readonly #host: TimelineHost;
  readonly #data: DataController;
  readonly #view: ViewController;
  readonly #plot: PlotController;

  constructor(
    host: TimelineHost,
    data: DataController,
    view: ViewController,
    plot: PlotController,
  ) {
    this.#host = host;
    this.#data = data;
    this.#view = view;
    this.#plot = plot;
  }

  willUpdate(changed: PropertyValues): void {
    // willUpdate also runs when rendering on a server, where there is no URL to follow.
    const browser = typeof location !== 'undefined';
    if (changed.has('hash') && this.#host.hash !== null && browser) void this.#startDeepLinks();
  }

  /** A new selection is a new history entry (the first value is the page's, not a change). */
  updated(changed: PropertyValues): void {
    if (changed.has('selected') && changed.get('selected') !== undefined) {
      this.#deepLinks?.writeSelection(this.#host.selected);
    }
  }

  /** Selects an event (or none); the reader's choices fire `ai-timeline-select` and zoom to it. */
  select(id: string | null, { byReader = false }: SelectOptions = {}): void {
    const host = this.#host;
    if (!byReader) {
      host.selected = id;
      if (id !== null) this.bringIntoView(id, { zoomIn: true });
      return;
    }
    if (id === host.selected) return;
    host.selected = id;
    // A label can belong to an event merged into a cluster: choosing it goes to the event.
    if (id !== null) this.bringIntoView(id, { zoomIn: true, animate: true });
    const event = id ? this.#data.model?.byId.get(id) : undefined;
    emit(host, 'ai-timeline-select', { event: event?.input ?? null });
  }

  /** One step through the story (time order), brought into view with a short animation. */
  step(direction: 1 | -1, { byReader = false }: SelectOptions = {}): void {
    const target = storyStep(this.#data.model?.events ?? [], this.#host.selected, direction);
    if (!target) return;
    if (byReader) this.select(target.id, { byReader });
    else this.#host.selected = target.id;
    void this.showEventWindow(target, { animate: true });
  }

  /**
   * Shows an event's own window (`whole`, see layout/event-window.ts) or, by default, the
   * least move that brings it into view. Only the latest request counts (steps can come faster
   * than the code loads); once loaded, the code runs at once.
   */
  async showEventWindow(
    event: NormalizedEvent,
    { animate = false, whole = false }: { animate?: boolean; whole?: boolean } = {},
  ): Promise<void> {
    const request = ++this.#windowRequests;
    const { eventWindow, revealWindow } = await this.#eventWindows.load();
    const domain = this.#view.domain();
    if (request !== this.#windowRequests || !domain) return;
    const events = this.#data.model?.events ?? [];
    const target = whole ? eventWindow(event, events) : revealWindow(event, events, domain);
    if (target) this.#view.showWindow(target[0], target[1], { animate });
  }

  /**
   * Brings an event into view: pans when it is off screen, and when it is merged into a cluster
   * there, zooms in around it (at most ×4 a step, tried on the pure layout) until it has its own
   * mark. Focus moves (arrow keys) only pan; `zoomIn` is for selecting.
   */
  bringIntoView(id: string, { zoomIn = false, animate = false } = {}): void {
    const event = this.#data.model?.byId.get(id);
    const scale = this.#view.viewScale();
    if (!event || !scale) return;
    const width = this.#view.frame.width;
    const x0 = scale(placedAt(event));
    const x1 = scale(placedUntil(event));
    if (x1 < 0 || x0 > width) {
      const centre = (x0 + Math.min(x1, x0 + width * 0.6)) / 2;
      this.#view.panBy(centre - width / 2, false);
    }
    if (!zoomIn) return;
    let [d0, d1] = this.#view.domain()!;
    const hidden = (domain: [number, number]): boolean =>
      this.#plot.layoutFor(domain).clusters.some((cluster) => clusterHolds(cluster, event));
    if (!hidden([d0, d1])) return;
    const at = placedAt(event);
    for (let step = 0; step < 12 && hidden([d0, d1]) && d1 - d0 > HOUR_MS; step++) {
      const span = (d1 - d0) / 4;
      [d0, d1] = [at - span / 2, at + span / 2];
    }
    this.#view.showWindow(d0, d1, { animate });
  }

  /** A click in the plot: a cluster zooms to its events, a mark or label selects, elsewhere clears. */
  onPlotClick = (e: MouseEvent): void => {
    const cluster = this.#plot.clusterAt(e.target);
    if (cluster) this.zoomToCluster(cluster);
    else this.select(eventIdAt(e.target), { byReader: true });
  };

  /** Zooms to a cluster's events, so that they split apart. */
  zoomToCluster(cluster: ClusterMark): void {
    const span = Math.max(cluster.end - cluster.start, HOUR_MS);
    const margin = span * 0.15;
    this.#view.showWindow(cluster.start - margin, cluster.end + margin, { animate: true });
  }

  /** The first view of new data: what the URL names, when deep links are on and it names any. */
  followLinkedView(): boolean {
    const link = this.#deepLinks?.read();
    return Boolean(link && this.#followLink(link, { animate: false }));
  }

  /** The window settled where the reader moved it: the URL's entry says so (no new entry). */
  writeWindow(domain: [number, number]): void {
    this.#deepLinks?.write({ id: this.#host.selected, window: domain }, false);
  }

  async #startDeepLinks(): Promise<void> {
    if (this.#deepLinkModule.requested) return;
    const { DeepLinkController } = await this.#deepLinkModule.load();
    this.#deepLinks = new DeepLinkController(this.#host, {
      namespace: () => this.#namespace(),
      // Back, forward or a link: the reader's doing, so ai-timeline-select fires.
      follow: (link) => this.#followLink(link, { animate: true, byReader: true }),
    });
    // The first view came before the code: follow the URL now.
    const link = this.#deepLinks.read();
    if (link) this.#followLink(link, { animate: false });
  }

  /** This timeline's entry in the URL fragment, or undefined when deep links are off. */
  #namespace(): string | null | undefined {
    const { hash, id } = this.#host;
    if (hash === null) return undefined;
    const name = hash.trim();
    if (name) return name;
    const shared = document.querySelectorAll('ai-timeline[hash]').length > 1;
    return shared && id ? id : null;
  }

  /**
   * Shows what a deep link names: its window, its event (selected, and zoomed to when there is
   * no window), or no selection. Returns whether it named anything this timeline has.
   */
  #followLink(link: DeepLink | null, { animate, byReader = false }: SelectOptions): boolean {
    const model = this.#data.model;
    if (!model) return false;
    const event = link?.id ? model.byId.get(link.id) : undefined;
    const window = link?.window;
    if (link && !event && !window) return false;
    if (byReader) this.select(event?.id ?? null, { byReader });
    else this.#host.selected = event?.id ?? null;
    if (window) this.#view.showWindow(window[0], window[1], { animate: animate ?? false });
    else if (event) void this.showEventWindow(event, { animate: animate ?? false, whole: true });
    return true;
  }
}
