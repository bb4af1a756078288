import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from '../controllers/data-controller.js';
import type { FocusController } from '../controllers/focus-controller.js';
import type { SelectionController } from '../controllers/selection-controller.js';
import type { TooltipController } from '../controllers/tooltip-controller.js';
import type { ViewController } from '../controllers/view-controller.js';
import { formatDate } from '../i18n/format.js';
import type { UiStrings } from '../i18n/strings.js';
import type { NormalizedEvent } from '../model/types.js';

/** What the plot's Lit-rendered frame shows around the SVG (which the plot controller owns). */
export interface PlotAreaContext {
  t: UiStrings;
  locale: string;
  /** Hidden while the list view shows. */
  hidden: boolean;
  /** Ids of what names the plot: the heading (when there is one) and the summary. */
  labelledBy: string;
  data: DataController;
  view: ViewController;
  focus: FocusController;
  tooltip: TooltipController;
  selection: SelectionController;
}

/**
 * The plot (part `plot`): a focusable group named by the heading and a summary, with a polite
 * live region for the window, the status, the tooltip and the wheel hint. `.canvas` holds the SVG.
 */
export function renderPlotArea(c: PlotAreaContext): TemplateResult {
  const { focus, tooltip, view, t } = c;
  const status = statusOf(c.data, t);
  return html`<div
    part="plot"
    class=${view.vertical ? 'vertical' : ''}
    ?hidden=${c.hidden}
    tabindex=${focus.markHoldsTabStop ? '-1' : '0'}
    role="group"
    aria-roledescription="timeline"
    aria-labelledby=${c.labelledBy}
    @click=${c.selection.onPlotClick}
    @pointerover=${tooltip.onPointerOver}
    @pointerout=${tooltip.onPointerOut}
    @focusin=${(e: FocusEvent) => {
      tooltip.onFocusIn(e);
      focus.onFocusIn(e);
    }}
    @focusout=${tooltip.onFocusOut}
    @keydown=${focus.onKeyDown}
  >
    <span id="summary" class="visually-hidden"
      >${summaryOf(c.data.model?.events ?? [], t, c.locale)}</span
    >
    <div class="visually-hidden" role="status" aria-live="polite">${view.rangeAnnouncement}</div>
    <div class="canvas"></div>
    ${status === null ? nothing : html`<div part="status" role="status">${status}</div>`}
    ${tooltip.render()}
    <div part="hint" class="hint" aria-hidden="true" ?hidden=${view.hint === null}>
      ${view.hint}
    </div>
  </div>`;
}

/** The loading, reading or empty message (empty before any data), or null when data is shown. */
function statusOf({ model, progress, loading }: DataController, t: UiStrings): string | null {
  if (progress !== null) return t.reading(Math.floor(progress * 100));
  if (loading) return t.loading;
  if (!model) return '';
  return model.events.length === 0 ? t.noEvents : null;
}

/** The plot's accessible summary: "23 events from March 2023 to July 2025". */
function summaryOf(events: readonly NormalizedEvent[], t: UiStrings, locale: string): string {
  const first = events[0];
  if (!first) return t.noEvents;
  const last = events.reduce((a, b) => (b.end > a.end ? b : a));
  return t.plotLabel(
    events.length,
    formatDate(first.start, first.startPrecision === 'year' ? 'year' : 'month', locale),
    formatDate(
      last.end - 1,
      (last.endPrecision ?? last.startPrecision) === 'year' ? 'year' : 'month',
      locale,
    ),
  );
}
