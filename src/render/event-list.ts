import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { formatDate } from '../i18n/format.js';
import type { NormalizedEvent } from '../model/types.js';
import { adoptCss } from './adopt-css.js';
import { DETAIL_CSS, renderFacts, type FactsContext } from './detail-panel.js';

/** What the list view needs from its element. */
export interface ListContext extends FactsContext {
  /** Every event, in the model's (chronological) order. */
  events: readonly NormalizedEvent[];
  selected: string | null;
  /** Ids of what names the list: the heading (when there is one) and the summary. */
  labelledBy: string;
  /** Asks the element for a new render (after the reader shows more of a long list). */
  update: () => void;
  /** This list's paging and grouping, if the element keeps it; else kept for `root`. */
  state?: ListState;
}

/**
 * A long list shows this many events at first (around the selection), and this many more before
 * or after each time the reader asks: what is in the DOM stays what the reader has asked to see.
 */
const LIST_PAGE = 500;

/** English for the page buttons (other languages give theirs with their strings). */
const showEarlier = (count: number, shown: string): string =>
  count === 1 ? 'Show 1 earlier event' : `Show ${shown} earlier events`;
const showLater = (count: number, shown: string): string =>
  count === 1 ? 'Show 1 later event' : `Show ${shown} later events`;

/** The list's styles, adopted into the element's shadow root with this code (see `adoptCss`). */
const LIST_CSS = `
[part='list'] {
  max-height: var(--ai-timeline-list-max-height);
  overflow: auto;
  overscroll-behavior: contain;
  /* What the keyboard focuses is scrolled clear of the sticky year heading. */
  scroll-padding-top: 2.5em;
  border-top: 1px solid var(--ai-timeline-border);
  border-bottom: 1px solid var(--ai-timeline-border);
}
[part='list'] ol { margin: 0; padding: 0; list-style: none; }
[part='list'] > p { margin: 12px; color: var(--ai-timeline-muted); }
[part='list-year'] > h3 {
  position: sticky; top: 0; z-index: 1; margin: 0; padding: 6px 8px;
  background: var(--ai-timeline-background);
  border-bottom: 1px solid var(--ai-timeline-border);
  font-size: 1em; font-variant-numeric: tabular-nums;
}
[part~='list-item'] {
  margin: 6px 8px; padding: 8px 12px;
  border-inline-start: 4px solid var(--color);
  border-radius: 0 var(--ai-timeline-radius) var(--ai-timeline-radius) 0;
  outline: 2px solid transparent; outline-offset: -2px;
}
[part~='list-item'].selected {
  background: var(--ai-timeline-surface);
  outline-color: var(--ai-timeline-focus);
}
.list-title {
  display: block; margin: 0; padding: 0; border: 0; background: none;
  font-weight: 700; text-align: start; cursor: pointer;
}
.list-title:hover { text-decoration: underline; }
[part~='list-item'] p { margin: 6px 0 0; }
[part~='list-item'] p:not([class]) { white-space: pre-line; }
[part~='list-item'] a { color: var(--ai-timeline-accent); }
.list-more {
  display: block; margin: 8px auto; padding: 4px 12px;
  border: 1px solid var(--ai-timeline-border); border-radius: var(--ai-timeline-radius);
  background: var(--ai-timeline-surface);
}
/* The toolbar's toggle, pressed while the list shows (so its style comes with the list). */
[part='controls'] button[aria-pressed='true'] {
  border-color: var(--ai-timeline-text);
  background: var(--ai-timeline-text);
  color: var(--ai-timeline-background);
}
@media (forced-colors: active) {
  [part~='list-item'].selected { outline-color: Highlight; }
  [part='controls'] button[aria-pressed='true'] {
    forced-color-adjust: none;
    border-color: Highlight;
    background: Highlight;
    color: HighlightText;
  }
}
`;

/** One year's events, with its heading. */
interface YearGroup {
  key: number;
  label: string;
  events: NormalizedEvent[];
}

/**
 * One list's paging and year groups. Each element has its own: given as `state`, or else kept
 * for its shadow root, so two timelines on a page never share (or thrash) each other's.
 */
export class ListState {
  /** The part of the events shown, [from, to). */
  #shown: { events: readonly NormalizedEvent[]; from: number; to: number } | null = null;
  #groups: { key: string; events: readonly NormalizedEvent[]; groups: YearGroup[] } | null = null;

  /** The part to show: kept while the data stays, and moved to take in a selection outside it. */
  window(events: readonly NormalizedEvent[], at: number): { from: number; to: number } {
    let shown = this.#shown;
    if (!shown || shown.events !== events || (at >= 0 && (at < shown.from || at >= shown.to))) {
      const from = Math.max(0, Math.min(at - LIST_PAGE / 2, events.length - LIST_PAGE));
      shown = { events, from, to: Math.min(events.length, from + LIST_PAGE) };
      this.#shown = shown;
    }
    return shown;
  }

  /** Shows `count` more events before or after the part shown. */
  grow(earlier: boolean, count: number): void {
    if (!this.#shown) return;
    if (earlier) this.#shown.from -= count;
    else this.#shown.to += count;
  }

  /**
   * The events from `from` to `to` by year of their start (wall-clock), keeping their order;
   * remembered for the last data set, part and language.
   */
  byYear(
    events: readonly NormalizedEvent[],
    from: number,
    to: number,
    locale: string,
  ): YearGroup[] {
    const key = `${from}|${to}|${locale}`;
    if (this.#groups?.events === events && this.#groups.key === key) return this.#groups.groups;
    const groups: YearGroup[] = [];
    for (const event of events.slice(from, to)) {
      const year = new Date(event.start).getUTCFullYear();
      let group = groups[groups.length - 1];
      if (group?.key !== year) {
        group = { key: year, label: formatDate(event.start, 'year', locale), events: [] };
        groups.push(group);
      }
      group.events.push(event);
    }
    this.#groups = { key, events, groups };
    return groups;
  }
}

/** Each shadow root's list state, for callers that do not hold one; goes with the root. */
const states = new WeakMap<Node, ListState>();

function stateOf(context: ListContext): ListState {
  if (context.state) return context.state;
  let state = states.get(context.root);
  if (!state) states.set(context.root, (state = new ListState()));
  return state;
}

/**
 * Brings the selected item to the middle of the list once it is on the page (when the list
 * opens, or on a story step), scrolling the list only, not the page.
 */
const scrollIntoView = (element?: Element): void => {
  if (!element) return;
  queueMicrotask(() => {
    const list = element.closest('[part="list"]');
    if (!list) return;
    const box = list.getBoundingClientRect();
    const item = element.closest('li')!.getBoundingClientRect();
    list.scrollTop += item.top - box.top - (box.height - item.height) / 2;
  });
};

/**
 * The list view (part `list`): every event, including those off screen or in clusters, as a
 * chronological list grouped by year, each with the facts the detail panel gives. Lit-owned DOM:
 * plain lists, headings, buttons and links, so it reads well and takes no keyboard model of its
 * own. A module of its own, loaded the first time a timeline shows its list.
 */
export function renderList(context: ListContext): unknown {
  const { events, selected, t, locale } = context;
  adoptCss(context.root, DETAIL_CSS);
  adoptCss(context.root, LIST_CSS);
  if (events.length === 0) {
    return html`<div part="list"><p>${t.noEvents}</p></div>`;
  }
  const at = selected === null ? -1 : events.findIndex((event) => event.id === selected);
  const state = stateOf(context);
  const { from, to } = state.window(events, at);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const more = (earlier: boolean) => {
    const n = Math.min(LIST_PAGE, earlier ? from : events.length - to);
    const text = (earlier ? (t.showEarlier ?? showEarlier) : (t.showLater ?? showLater))(
      n,
      count(n),
    );
    return html`<button
      type="button"
      class="list-more"
      part="button list-more"
      @click=${(e: Event) => {
        const list = (e.currentTarget as Element).closest('[part="list"]')!;
        // What was shown stays in place when earlier events come in above it (where the browser
        // does not anchor the scroll itself): the first item in view is put back where it was.
        const top = list.getBoundingClientRect().top;
        const anchor = [...list.querySelectorAll('li li')].find(
          (item) => item.getBoundingClientRect().bottom > top,
        );
        const before = anchor?.getBoundingClientRect().top ?? 0;
        state.grow(earlier, n);
        context.update();
        requestAnimationFrame(() => {
          if (anchor) list.scrollTop += anchor.getBoundingClientRect().top - before;
        });
      }}
    >
      ${text}
    </button>`;
  };
  return html`<div part="list">
    ${from > 0 ? more(true) : nothing}
    <ol aria-labelledby=${context.labelledBy}>
      ${state.byYear(events, from, to, locale).map(
        (group) =>
          html`<li part="list-year">
            <h3>${group.label}</h3>
            <ol>
              ${group.events.map((event) => renderItem(event, event.id === selected, context))}
            </ol>
          </li>`,
      )}
    </ol>
    ${to < events.length ? more(false) : nothing}
  </div>`;
}

function renderItem(event: NormalizedEvent, selected: boolean, context: ListContext): unknown {
  const colorClass = context.palette.classFor(event.category);
  return html`<li
    part=${selected ? 'list-item selected' : 'list-item'}
    class=${selected ? `${colorClass} selected` : colorClass}
  >
    <button
      type="button"
      class="list-title"
      dir="auto"
      aria-current=${selected ? 'true' : nothing}
      @click=${() => context.select(event.id)}
      ${ref(selected ? scrollIntoView : undefined)}
    >
      ${event.title}
    </button>
    ${renderFacts(event, context)}
  </li>`;
}
