import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { TimelineError } from '../model/types.js';
import { adoptCss } from './adopt-css.js';

/** What went wrong with the input on screen: rows not shown or corrected, or a whole input. */
export interface Notice {
  errors: TimelineError[];
  /** A whole input failed (bad JSON, failed `src`); the previous timeline stays. */
  failure: string | null;
}

/** The notice lists this many rows, then says how many more there are. */
const NOTICE_ROWS = 100;

/** The notice's styles, adopted with its code: most pages never have bad input. */
const NOTICE_CSS = `
[part='notice'] {
  position: relative;
  margin: 0 0 8px;
  padding: 8px 40px 8px 12px;
  border: 1px solid var(--ai-timeline-warning);
  border-radius: var(--ai-timeline-radius);
  background: color-mix(in srgb, var(--ai-timeline-warning) 15%, var(--ai-timeline-background));
  font-size: 0.92em;
}
[part='notice'] summary {
  cursor: pointer;
}
[part='notice'] ul {
  margin: 4px 0 0;
  padding-inline-start: 18px;
}
`;

/**
 * The visible notice of bad input: a headline counting the rows not shown and corrected (or
 * saying what failed), every row's reason in a disclosure, and a button that dismisses it.
 */
export function renderNotice(
  notice: Notice,
  t: UiStrings,
  root: Node,
  dismiss: () => void,
): TemplateResult {
  adoptCss(root, NOTICE_CSS);
  const rejected = notice.errors.filter((e) => e.rejected && e.index >= 0).length;
  const corrected = new Set(
    notice.errors.filter((e) => !e.rejected && e.index >= 0).map((e) => e.index),
  ).size;
  const headline = notice.failure
    ? `${t.loadFailed} ${notice.failure}`
    : [
        rejected > 0 ? t.eventsNotShown(rejected) : '',
        corrected > 0 ? t.eventsCorrected(corrected) : '',
      ]
        .filter(Boolean)
        .join(' ') || notice.errors[0]!.message; // a setting (fields) was at fault, no row
  return html`<div part="notice" role="status">
    ${
      notice.failure
        ? html`<span>${headline}</span>`
        : html`<details>
            <summary>${headline}</summary>
            <ul>
              ${notice.errors.slice(0, NOTICE_ROWS).map((error) => html`<li>${error.message}</li>`)}
              ${
                notice.errors.length > NOTICE_ROWS
                  ? html`<li>${t.more(notice.errors.length - NOTICE_ROWS)}</li>`
                  : nothing
              }
            </ul>
          </details>`
    }
    <button
      type="button"
      class="close"
      aria-label=${t.dismiss}
      title=${t.dismiss}
      @click=${dismiss}
    >
      ×
    </button>
  </div>`;
}
