import { nothing } from 'lit';
import type { FactsContext } from '../render/detail-panel.js';
import type { DataController } from './data-controller.js';
import { LazyModule } from './lazy-module.js';
import type { SelectionController } from './selection-controller.js';
import type { TimelineHost } from './timeline-host.js';

/**
 * What shows under the plot: the selected event's detail panel or, with `view="list"`, every
 * event as a list. Each is a module of its own, loaded the first time a page needs it.
 */
export class PanelController {
  /** The detail panel's module, once an event has been selected. */
  readonly #detailPanel = new LazyModule(() => import('../render/detail-panel.js'));
  /** The list view's module, once the list has been shown. */
  readonly #eventList = new LazyModule(() => import('../render/event-list.js'));
  /** The list's paging and year groups, this element's own. */
  #listState: import('../render/event-list.js').ListState | null = null;

  readonly #host: TimelineHost;
  readonly #data: DataController;
  readonly #selection: SelectionController;

  constructor(host: TimelineHost, data: DataController, selection: SelectionController) {
    this.#host = host;
    this.#data = data;
    this.#selection = selection;
  }

  /** What an update must wait for: the panel it will show. */
  loads(): Array<Promise<unknown> | null> {
    return [
      this.#detailPanel.loadIf(this.#host.selected !== null),
      this.#eventList.loadIf(this.#host.view === 'list'),
    ];
  }

  /** The list (in the list view) or the selected event's detail panel, or nothing. */
  render(facts: Omit<FactsContext, 'select'>, labelledBy: string): unknown {
    const host = this.#host;
    const selection = this.#selection;
    const model = this.#data.model;
    const select = (id: string | null) => selection.select(id, { byReader: true });
    const eventList = this.#eventList.value;
    if (host.view === 'list' && eventList) {
      this.#listState ??= new eventList.ListState();
      return eventList.renderList({
        ...facts,
        state: this.#listState,
        select,
        events: model?.events ?? [],
        selected: host.selected,
        labelledBy,
        update: () => host.requestUpdate(),
      });
    }
    if (host.view === 'list') return nothing;
    const selected = host.selected ? model?.byId.get(host.selected) : undefined;
    const detailPanel = this.#detailPanel.value;
    if (!selected || !detailPanel) return nothing;
    return detailPanel.renderDetail(selected, {
      ...facts,
      select,
      zoomToEvent: () => void selection.showEventWindow(selected, { animate: true, whole: true }),
    });
  }
}
