import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';

/** The controls the toolbar shows when `controls` is not set. */
const DEFAULT_CONTROLS = ['zoom', 'fit', 'story', 'view'];

/** What the toolbar shows and does. */
export interface ControlsContext {
  t: UiStrings;
  /** The `controls` attribute: which controls, space-separated (null: the default set). */
  controls: string | null;
  /** Whether the list view is shown (zoom, fit and export hide meanwhile). */
  list: boolean;
  /** The story's length and the selected event's place in it (1-based; 0: none). */
  storyLength: number;
  storyPosition: number;
  formatCount: (count: number) => string;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  step: (direction: 1 | -1) => void;
  exportImage: () => void;
  toggleView: () => void;
}

/** The toolbar (part `controls`): zoom, fit, story steps, export and the list toggle. */
export function renderControls(c: ControlsContext): TemplateResult {
  const { t, list } = c;
  const wanted = c.controls?.trim() ? c.controls.trim().split(/[\s,]+/) : DEFAULT_CONTROLS;
  const has = (name: string) => wanted.includes(name);
  return html`<div part="controls" role="toolbar" aria-label=${t.controls}>
    ${
      has('zoom') && !list
        ? html`<button
              type="button"
              part="button zoom-in"
              @click=${c.zoomIn}
              aria-label=${t.zoomIn}
              title=${t.zoomIn}
            >
              +
            </button>
            <button
              type="button"
              part="button zoom-out"
              @click=${c.zoomOut}
              aria-label=${t.zoomOut}
              title=${t.zoomOut}
            >
              −
            </button>`
        : nothing
    }
    ${
      has('fit') && !list
        ? html`<button type="button" part="button fit" @click=${c.fit}>${t.fit}</button>`
        : nothing
    }
    ${has('story') && c.storyLength > 0 ? renderStory(c) : nothing}
    ${
      has('export') && !list
        ? html`<button
            type="button"
            class="export"
            part="button export"
            aria-label=${t.exportImage}
            title=${t.exportImage}
            @click=${c.exportImage}
          >
            ⤓
          </button>`
        : nothing
    }
    ${
      has('view')
        ? html`<button
            type="button"
            class="view"
            part="button view-toggle"
            aria-pressed=${list}
            @click=${c.toggleView}
          >
            ${t.list}
          </button>`
        : nothing
    }
  </div>`;
}

/** Story mode: previous, the "7 of 23" counter (announced politely), next. */
function renderStory(c: ControlsContext): TemplateResult {
  const { t, storyPosition: position, storyLength: length } = c;
  return html`<div part="story" role="group" aria-label=${t.story}>
    <button
      type="button"
      class="story-previous"
      part="button previous"
      aria-label=${t.previous}
      title=${t.previous}
      aria-disabled=${position === 1 ? 'true' : 'false'}
      @click=${() => c.step(-1)}
    >
      ‹
    </button>
    <span part="story-counter" class="story-counter" aria-live="polite"
      >${t.storyPosition(position > 0 ? c.formatCount(position) : '–', c.formatCount(length))}</span
    >
    <button
      type="button"
      class="story-next"
      part="button next"
      aria-label=${t.next}
      title=${t.next}
      aria-disabled=${position === length ? 'true' : 'false'}
      @click=${() => c.step(1)}
    >
      ›
    </button>
  </div>`;
}
