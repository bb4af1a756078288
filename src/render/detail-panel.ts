import { html, nothing } from 'lit';
import { formatEventDate } from '../i18n/format.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { CategoryPalette } from '../model/categories.js';
import type { NormalizedEvent } from '../model/types.js';
import { adoptCss } from './adopt-css.js';

/**
 * The detail panel's styles, and those of an event's facts (shared with the list view), adopted
 * into the element's shadow root with this code: most pages never select an event.
 */
export const DETAIL_CSS = `
[part='detail'] {
  position: relative;
  margin-top: 10px;
  padding: 12px;
  padding-inline: 14px 44px;
  border-inline-start: 4px solid var(--color);
  background: var(--ai-timeline-surface);
  border-start-end-radius: var(--ai-timeline-radius);
  border-end-end-radius: var(--ai-timeline-radius);
}
[part='detail'] h3 {
  margin: 0 0 2px;
  font-size: 1.1em;
  line-height: 1.3;
}
.detail-meta {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 12px;
  align-items: center;
  color: var(--ai-timeline-muted);
  font-size: 0.92em;
}
.detail-category {
  display: inline-flex;
  align-items: center;
  gap: 6px;
}
[part='detail'] p {
  margin: 8px 0 0;
}
/* The description: its line breaks (paragraphs of converted HTML) are kept. */
[part='detail'] p:not([class]) {
  white-space: pre-line;
}
.detail-actions button {
  padding: 4px 10px;
  border: 1px solid var(--ai-timeline-border);
  border-radius: var(--ai-timeline-radius);
  background: var(--ai-timeline-background);
  font-size: 0.9em;
}
[part='detail'] a {
  color: var(--ai-timeline-accent);
}
`;

/** What an event's facts (date, category, description, source) need from the element. */
export interface FactsContext {
  /** The element's shadow root, which gets these modules' styles. */
  root: Node;
  t: UiStrings;
  locale: string;
  /** Each category's colour class and legend label. */
  palette: Pick<CategoryPalette, 'classFor' | 'labelFor'>;
  /** A category's swatch (colour and shape) by colour class, as in the legend. */
  swatch: (colorClass: string) => unknown;
  /** The reader selects an event, or clears the selection (null). */
  select: (id: string | null) => void;
}

/** What the detail panel needs from its element. */
export interface DetailContext extends FactsContext {
  zoomToEvent: () => void;
}

/**
 * The panel describing the selected event (part `detail`). A module of its own, loaded with the
 * first selection: many readers never open one.
 */
export function renderDetail(event: NormalizedEvent, context: DetailContext): unknown {
  const { t } = context;
  adoptCss(context.root, DETAIL_CSS);
  return html`<section
    part="detail"
    class=${context.palette.classFor(event.category)}
    aria-labelledby="detail-title"
  >
    <h3 id="detail-title" part="detail-title" dir="auto">${event.title}</h3>
    ${renderFacts(event, context)}
    <p class="detail-actions">
      <button
        type="button"
        class="zoom-to-event"
        part="button zoom-to-event"
        @click=${context.zoomToEvent}
      >
        ${t.zoomToEvent}
      </button>
    </p>
    <button
      type="button"
      class="close"
      part="button close"
      aria-label=${t.close}
      title=${t.close}
      @click=${() => context.select(null)}
    >
      ×
    </button>
  </section>`;
}

/**
 * What is said of an event under its title, in the detail panel and in the list view: its date
 * and category, its description, and its source (a link only when `href` passed the model's
 * check of http(s), mailto or relative links). Every user string is bound as text.
 */
export function renderFacts(event: NormalizedEvent, context: FactsContext): unknown {
  const { t, locale, palette } = context;
  const category = event.category;
  const linkText = event.source ?? hostOf(event.href) ?? t.source;
  return html`<div class="detail-meta" part="detail-meta">
      <time datetime=${machineDate(event) ?? nothing}>${formatEventDate(event, locale)}</time>
      ${
        category !== null
          ? html`<span class="detail-category"
              >${context.swatch(palette.classFor(category))}${palette.labelFor(category)}</span
            >`
          : nothing
      }
    </div>
    ${event.description ? html`<p part="detail-description" dir="auto">${event.description}</p>` : nothing}
    ${
      event.href
        ? html`<p class="detail-source" part="detail-source">
            ${t.source}:
            <a href=${event.href} target="_blank" rel="noopener noreferrer">${linkText}</a>
          </p>`
        : event.source
          ? html`<p class="detail-source" part="detail-source">${t.source}: ${event.source}</p>`
          : nothing
    }`;
}

/**
 * An event's start as a `<time datetime>` value, at its precision: `2024`, `2024-03`,
 * `2024-03-05`, `2024-03-05T09:30`. Wall-clock time, so without an offset. Years HTML cannot
 * write (before 1 CE, after 9999) get none.
 */
export function machineDate(event: NormalizedEvent): string | null {
  const date = new Date(event.start);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  const iso = date.toISOString();
  const length = { year: 4, month: 7, day: 10, minute: 16, second: 19 }[event.startPrecision];
  return iso.slice(0, length);
}

function hostOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, document.baseURI).host || null;
  } catch {
    return null;
  }
}
