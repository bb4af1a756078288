import { clusterHolds, focusStops } from '../layout/focus-stops.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';
import { lastInTime } from '../model/timeline-model.js';
import { eventIdAt } from '../render/mark-targets.js';
import type { DataController } from './data-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { PlotController } from './plot-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { TimelineHost } from './timeline-host.js';
import { ZOOM_STEP, type ViewController } from './view-controller.js';

/** How far ← / → pan the plot when it has no marks, as a share of its width. */
const KEY_PAN_SHARE = 0.2;

/**
 * The keyboard: the plot's one roving tab stop (a mark when there is one, else the plot itself)
 * and the keys that move it, zoom, pan and select. The tab stop lives here and only here.
 */
export class FocusController {
  /** The mark holding the keyboard's tab stop: an event id or a cluster key. */
  #tabStop: string | null = null;
  /** Whether a mark holds the plot's one tab stop (else the plot itself does). */
  markHoldsTabStop = false;

  readonly #host: TimelineHost;
  readonly #data: DataController;
  readonly #view: ViewController;
  readonly #plot: PlotController;
  readonly #selection: SelectionController;
  readonly #locale: LocaleController;

  constructor(
    host: TimelineHost,
    data: DataController,
    view: ViewController,
    plot: PlotController,
    selection: SelectionController,
    locale: LocaleController,
  ) {
    this.#host = host;
    this.#data = data;
    this.#view = view;
    this.#plot = plot;
    this.#selection = selection;
    this.#locale = locale;
  }

  /**
   * The mark that holds the tab stop in a new layout: the same one while it is on screen, else
   * the selected event's, else the first in time.
   */
  tabStopFor(layout: TimelineLayout): string | null {
    const stops = focusStops(layout);
    if (this.#tabStop === null || !stops.some((stop) => stop.key === this.#tabStop)) {
      const selected = this.#host.selected;
      const chosen = selected && stops.find((stop) => stop.key === selected);
      this.#tabStop = chosen ? chosen.key : (stops[0]?.key ?? null);
    }
    // One tab stop for the whole plot: a mark when there is one, else the plot itself.
    if (this.markHoldsTabStop !== (this.#tabStop !== null)) {
      this.markHoldsTabStop = this.#tabStop !== null;
      this.#host.requestUpdate();
    }
    return this.#tabStop;
  }

  /** Focus moved onto a mark (by Tab or a click): it takes the tab stop. */
  onFocusIn = (e: FocusEvent): void => {
    const key = this.#plot.clusterAt(e.target)?.key ?? eventIdAt(e.target);
    if (key) this.#tabStop = key;
  };

  onKeyDown = (e: KeyboardEvent): void => {
    // Ctrl/⌘/Alt combinations belong to the browser (Ctrl + "+" zooms the page).
    const model = this.#data.model;
    if (!model || e.ctrlKey || e.metaKey || e.altKey) return;
    const cluster = this.#plot.clusterAt(e.target);
    const onEvent = eventIdAt(e.target);
    const onMark = cluster?.key ?? onEvent;
    switch (e.key) {
      case '+':
      case '=':
        this.#view.zoomBy(ZOOM_STEP, this.#xOf(onEvent));
        break;
      case '-':
      case '_':
        this.#view.zoomBy(1 / ZOOM_STEP, this.#xOf(onEvent));
        break;
      case '0':
        this.#view.fit(true);
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        // Down the screen is later in time only when time runs down it.
        if (!this.#view.vertical) return;
      // falls through
      case 'ArrowLeft':
      case 'ArrowRight': {
        // Towards later times: rightwards (or leftwards when time runs right to left); down.
        const later = e.key === 'ArrowDown' || (e.key === 'ArrowRight') !== this.#locale.rtl;
        const direction = later ? 1 : -1;
        if (onMark) this.#moveFocus(onMark, direction);
        else this.#view.panBy(direction * this.#view.frame.width * KEY_PAN_SHARE);
        break;
      }
      case 'Home':
      case 'End': {
        const target = e.key === 'Home' ? model.events[0] : lastInTime(model.events);
        if (!target) return;
        this.#focusEvent(target.id);
        break;
      }
      case 'Enter':
      case ' ':
        if (cluster) this.#selection.zoomToCluster(cluster);
        else if (onEvent) this.#selection.select(onEvent, { byReader: true });
        else return;
        break;
      case 'Escape':
        if (this.#host.selected === null) return;
        this.#selection.select(null, { byReader: true });
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  /** Where an event's mark is, to zoom around it; undefined (the middle) without one. */
  #xOf(id: string | null): number | undefined {
    const event = id ? this.#data.model?.byId.get(id) : undefined;
    const scale = this.#view.viewScale();
    return event && scale ? scale(event.anchor) : undefined;
  }

  /**
   * Moves focus to the next mark on screen in time order (an event or a cluster); past the last
   * one, to the next event off screen, panning it into view.
   */
  #moveFocus(fromKey: string, direction: 1 | -1): void {
    const layout = this.#plot.layout;
    if (!layout) return;
    const stops = focusStops(layout);
    const at = stops.findIndex((stop) => stop.key === fromKey);
    const next = at >= 0 ? stops[at + direction] : undefined;
    if (next) {
      this.#focusKey(next.key);
      return;
    }
    // Off screen: the nearest event beyond the current mark, in that direction.
    const current = at >= 0 ? stops[at]! : null;
    const pivot = current?.cluster
      ? direction === 1
        ? current.cluster.end
        : current.cluster.start
      : (this.#data.model?.byId.get(fromKey)?.start ?? 0);
    const events = this.#data.model!.events;
    const beyond =
      direction === 1
        ? events.find((e) => e.start > pivot && e.id !== fromKey)
        : events.findLast((e) => e.start < pivot && e.id !== fromKey);
    if (beyond) this.#focusEvent(beyond.id);
  }

  /** Moves keyboard focus to an event (or the cluster holding it), panning it into view first. */
  #focusEvent(id: string): void {
    this.#selection.bringIntoView(id);
    this.#plot.draw();
    const event = this.#data.model?.byId.get(id);
    const holder = event && this.#plot.layout?.clusters.find((c) => clusterHolds(c, event));
    this.#focusKey(holder ? holder.key : id);
  }

  #focusKey(key: string): void {
    this.#tabStop = key;
    this.#plot.draw();
    this.#plot.markOf(key)?.focus();
  }
}
