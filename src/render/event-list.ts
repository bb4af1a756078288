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
}

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

let groupsCache: {
  events: readonly NormalizedEvent[];
  locale: string;
  groups: YearGroup[];
} | null = null;

/** The events by year of their start (wall-clock), keeping their order; remembered per data set. */
function byYear(events: readonly NormalizedEvent[], locale: string): YearGroup[] {
  if (groupsCache?.events === events && groupsCache.locale === locale) return groupsCache.groups;
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = new Date(event.start).getUTCFullYear();
    let group = groups[groups.length - 1];
    if (group?.key !== year) {
      group = { key: year, label: formatDate(event.start, 'year', locale), events: [] };
      groups.push(group);
    }
    group.events.push(event);
  }
  groupsCache = { events, locale, groups };
  return groups;
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
  return html`<div part="list">
    <ol aria-labelledby=${context.labelledBy}>
      ${byYear(events, locale).map(
        (group) =>
          html`<li part="list-year">
            <h3>${group.label}</h3>
            <ol>
              ${group.events.map((event) => renderItem(event, event.id === selected, context))}
            </ol>
          </li>`,
      )}
    </ol>
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
