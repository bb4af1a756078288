import { html, nothing, type TemplateResult } from 'lit';
import type { SelectionController } from '../controllers/selection-controller.js';
import { emit, type TimelineHost } from '../controllers/timeline-host.js';
import { ZOOM_STEP, type ViewController } from '../controllers/view-controller.js';
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
  /** The element (export draws it; the list toggle sets its `view`). */
  host: TimelineHost & { toPNG(): Promise<Blob> };
  view: ViewController;
  selection: SelectionController;
}

/** The toolbar (part `controls`): zoom, fit, story steps, export and the list toggle. */
export function renderControls(c: ControlsContext): TemplateResult {
  const { t, list, view, host } = c;
  const wanted = c.controls?.trim() ? c.controls.trim().split(/[\s,]+/) : DEFAULT_CONTROLS;
  const has = (name: string) => wanted.includes(name);
  return html`<div part="controls" role="toolbar" aria-label=${t.controls}>
    ${
      has('zoom') && !list
        ? html`<button
              type="button"
              part="button zoom-in"
              @click=${() => view.zoomBy(ZOOM_STEP)}
              aria-label=${t.zoomIn}
              title=${t.zoomIn}
            >
              +
            </button>
            <button
              type="button"
              part="button zoom-out"
              @click=${() => view.zoomBy(1 / ZOOM_STEP)}
              aria-label=${t.zoomOut}
              title=${t.zoomOut}
            >
              −
            </button>`
        : nothing
    }
    ${
      has('fit') && !list
        ? html`<button type="button" part="button fit" @click=${() => view.fit(true)}>
            ${t.fit}
          </button>`
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
            @click=${() => void import('../render/export.js').then((m) => m.download(host))}
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
            @click=${() => {
              host.view = list ? 'timeline' : 'list';
              emit(host, 'ai-timeline-viewchange', { view: host.view });
            }}
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
    ${stepButton(c, -1)}
    <span part="story-counter" class="story-counter" aria-live="polite"
      >${t.storyPosition(position > 0 ? c.formatCount(position) : '–', c.formatCount(length))}</span
    >
    ${stepButton(c, 1)}
  </div>`;
}

/** A story step button (parts `previous` and `next`), disabled for the reader at either end. */
function stepButton(c: ControlsContext, direction: 1 | -1): TemplateResult {
  const name = direction === 1 ? 'next' : 'previous';
  const end = direction === 1 ? c.storyLength : 1;
  return html`<button
    type="button"
    class="story-${name}"
    part="button ${name}"
    aria-label=${c.t[name]}
    title=${c.t[name]}
    aria-disabled=${c.storyPosition === end ? 'true' : 'false'}
    @click=${() => c.selection.step(direction, { byReader: true })}
  >
    ${direction === 1 ? '›' : '‹'}
  </button>`;
}
