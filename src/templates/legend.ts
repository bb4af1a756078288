import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';
import type { LegendEntry } from '../model/categories.js';
import { shapeIndex, shapePath } from '../render/shapes.js';

/** A category's colour and shape, as in its marks (part `swatch`). */
export function swatch(colorClass: string): TemplateResult {
  return html`<svg part="swatch" class="swatch" viewBox="-6 -6 12 12" aria-hidden="true">
    <path d=${shapePath(shapeIndex(colorClass), 4.6)}></path>
  </svg>`;
}

/** The legend (part `legend`): each category's swatch and label, in the palette's order. */
export function renderLegend(entries: readonly LegendEntry[], t: UiStrings): unknown {
  if (entries.length === 0) return nothing;
  return html`<ul part="legend" aria-label=${t.legend}>
    ${entries.map(
      (entry) =>
        html`<li part="legend-item" class=${entry.className}>
          ${swatch(entry.className)}${entry.key === null ? t.uncategorised : entry.label}
        </li>`,
    )}
  </ul>`;
}
