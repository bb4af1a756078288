/**
 * What `<ai-timeline>` renders on a server (with @lit-labs/ssr, when Lit's `isServer` is true):
 * readable static HTML, the heading and the events as a chronological list with their dates,
 * so the page makes sense before (or without) JavaScript. The browser replaces it with the live
 * timeline when the element upgrades (see `adoptServerRoot`).
 *
 * Uses no DOM: only the pure model (validation, dates) and Intl formatting.
 */
import { html, nothing, type TemplateResult } from 'lit';

import { formatEventDate } from '../i18n/format.js';
import { canonicalLocale } from '../i18n/locale.js';
import { stringsFor } from '../i18n/strings.js';
import { readJson } from '../model/json-text.js';
import { normalizeEvents } from '../model/normalize.js';
import type { CategoryMap, NormalizedEvent, TimelineEvent } from '../model/types.js';

/** The element's public inputs that the static rendering reads. */
export interface StaticTimelineInput {
  heading: string | null;
  events: TimelineEvent[] | undefined;
  src: string | null;
  locale: string | null;
  categories: CategoryMap;
  /** The `events` attribute (JSON), which server renderers do not turn into the property. */
  getAttribute(name: string): string | null;
}

export function renderStaticTimeline(input: StaticTimelineInput): TemplateResult {
  const locale = canonicalLocale(input.locale);
  const t = stringsFor(locale);
  const attribute = input.getAttribute('events');
  const reading = attribute === null ? null : readJson(attribute);
  const rows = input.events ?? (reading?.ok ? reading.value : undefined);
  const events = Array.isArray(rows) ? normalizeEvents(rows).events : [];
  const status = events.length > 0 ? null : input.src && !rows ? t.loading : t.noEvents;
  return html`<style>
      .ssr-plot {
        position: relative;
        min-height: 4em;
        /* As tall as the live plot at most, so the page barely moves when it replaces the list. */
        max-height: var(--ai-timeline-plot-height);
        overflow: auto;
        border-top: 1px solid var(--ai-timeline-border);
      }
      .ssr-list {
        margin: 0;
        padding: 0.75em 1em;
        list-style: none;
        display: grid;
        gap: 0.35em;
      }
      .ssr-list time {
        color: var(--ai-timeline-muted);
        font-variant-numeric: tabular-nums;
        margin-inline-end: 0.6em;
      }
      .ssr-list .ssr-category {
        color: var(--ai-timeline-muted);
        font-size: 0.9em;
      }
    </style>
    <div class="ssr">
      <div class="header">
        ${input.heading ? html`<h2 part="heading" id="heading">${input.heading}</h2>` : nothing}
      </div>
      <div class="ssr-plot" role="group" aria-labelledby=${input.heading ? 'heading' : nothing}>
        ${
          status
            ? html`<div part="status" role="status">${status}</div>`
            : html`<ol class="ssr-list">
                ${events.map((event) => renderItem(event, locale, input.categories))}
              </ol>`
        }
      </div>
    </div>`;
}

function renderItem(
  event: NormalizedEvent,
  locale: string,
  categories: CategoryMap,
): TemplateResult {
  const category = event.category ? (categories?.[event.category]?.label ?? event.category) : null;
  return html`<li data-id=${event.id}>
    <time datetime=${isoOf(event.input.start)}>${formatEventDate(event, locale)}</time>
    <span class="ssr-title">${event.title}</span>
    ${category ? html`<span class="ssr-category">· ${category}</span>` : nothing}
  </li>`;
}

/** A machine-readable date for `<time datetime>`: the ISO text given, or the Date's instant. */
function isoOf(value: TimelineEvent['start']): string {
  if (typeof value === 'string') return value.trim();
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
