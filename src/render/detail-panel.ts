import { html, nothing } from 'lit';
import { formatEventDate } from '../i18n/format.js';
import type { UiStrings } from '../i18n/strings.js';
import type { NormalizedEvent } from '../model/types.js';

/** What the detail panel needs from its element. */
export interface DetailContext {
  t: UiStrings;
  locale: string;
  /** The event's colour class and its category's legend label. */
  colorClass: string;
  categoryLabel: string | null;
  /** The category's swatch (colour and shape), as in the legend. */
  swatch: unknown;
  zoomToEvent: () => void;
  close: () => void;
}

/**
 * The panel describing the selected event (part `detail`). A module of its own, loaded with the
 * first selection: many readers never open one.
 */
export function renderDetail(event: NormalizedEvent, context: DetailContext): unknown {
  const { t, locale } = context;
  const linkText = event.source ?? hostOf(event.href) ?? t.source;
  return html`<section part="detail" class=${context.colorClass} aria-labelledby="detail-title">
    <h3 id="detail-title" part="detail-title">${event.title}</h3>
    <div class="detail-meta" part="detail-meta">
      <span>${formatEventDate(event, locale)}</span>
      ${
        context.categoryLabel !== null
          ? html`<span class="detail-category">${context.swatch}${context.categoryLabel}</span>`
          : nothing
      }
    </div>
    ${event.description ? html`<p part="detail-description">${event.description}</p>` : nothing}
    ${
      event.href
        ? html`<p class="detail-source" part="detail-source">
            ${t.source}:
            <a href=${event.href} target="_blank" rel="noopener noreferrer">${linkText}</a>
          </p>`
        : event.source
          ? html`<p class="detail-source" part="detail-source">${t.source}: ${event.source}</p>`
          : nothing
    }
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
      @click=${context.close}
    >
      ×
    </button>
  </section>`;
}

function hostOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, document.baseURI).host || null;
  } catch {
    return null;
  }
}
