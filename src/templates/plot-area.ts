import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../i18n/format.js';
import type { UiStrings } from '../i18n/strings.js';
import type { NormalizedEvent } from '../model/types.js';

/** What the plot's Lit-rendered frame shows around the SVG (which the plot controller owns). */
export interface PlotAreaContext {
  vertical: boolean;
  hidden: boolean;
  /** Whether a mark holds the plot's one tab stop (else the plot itself is focusable). */
  markHoldsTabStop: boolean;
  /** Ids of what names the plot: the heading (when there is one) and the summary. */
  labelledBy: string;
  summary: string;
  rangeAnnouncement: string;
  /** The loading, reading or empty message, or null. */
  status: string | null;
  tooltip: TemplateResult;
  hint: string | null;
  onClick: (e: MouseEvent) => void;
  onPointerOver: (e: PointerEvent) => void;
  onPointerOut: (e: PointerEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
  onFocusOut: (e: FocusEvent) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/**
 * The plot (part `plot`): a focusable group named by the heading and a summary, with a polite
 * live region for the window, the status, the tooltip and the wheel hint. `.canvas` holds the SVG.
 */
export function renderPlotArea(c: PlotAreaContext): TemplateResult {
  return html`<div
    part="plot"
    class=${c.vertical ? 'vertical' : ''}
    ?hidden=${c.hidden}
    tabindex=${c.markHoldsTabStop ? '-1' : '0'}
    role="group"
    aria-roledescription="timeline"
    aria-labelledby=${c.labelledBy}
    @click=${c.onClick}
    @pointerover=${c.onPointerOver}
    @pointerout=${c.onPointerOut}
    @focusin=${c.onFocusIn}
    @focusout=${c.onFocusOut}
    @keydown=${c.onKeyDown}
  >
    <span id="summary" class="visually-hidden">${c.summary}</span>
    <div class="visually-hidden" role="status" aria-live="polite">${c.rangeAnnouncement}</div>
    <div class="canvas"></div>
    ${c.status === null ? nothing : html`<div part="status" role="status">${c.status}</div>`}
    ${c.tooltip}
    <div part="hint" class="hint" aria-hidden="true" ?hidden=${c.hint === null}>${c.hint}</div>
  </div>`;
}

/** The plot's accessible summary: "23 events from March 2023 to July 2025". */
export function summaryOf(
  events: readonly NormalizedEvent[],
  t: UiStrings,
  locale: string,
): string {
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
