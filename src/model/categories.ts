import type { CategoryMap, NormalizedEvent } from './types.js';

/** Number of built-in category colours (`--ai-timeline-category-1` … `-8`). */
export const PALETTE_SIZE = 8;

export interface LegendEntry {
  /** The category key, or null for events without one. */
  key: string | null;
  label: string;
  className: string;
}

/**
 * Gives each category a colour class and a legend label: categories named in `categories` first,
 * in that order, then the others in order of first appearance in the data. Custom colours go into
 * a constructed stylesheet (never a style attribute), after a check that they are colours.
 */
export class CategoryPalette {
  #classes = new Map<string, string>();
  #labels = new Map<string, string>();
  #order: string[] = [];
  #hasUncategorised = false;
  #sheet: CSSStyleSheet | null = null;
  #css = '';

  update(categories: CategoryMap, events: readonly NormalizedEvent[]): void {
    const keys = new Set<string>(Object.keys(categories ?? {}));
    // Each category's first appearance in the input, in one pass (events come sorted by date).
    const firstIndex = new Map<string, number>();
    this.#hasUncategorised = false;
    for (const event of events) {
      if (event.category === null) this.#hasUncategorised = true;
      else {
        const seen = firstIndex.get(event.category);
        if (seen === undefined || event.index < seen) firstIndex.set(event.category, event.index);
      }
    }
    const used = new Set(
      [...firstIndex.keys()].sort((a, b) => firstIndex.get(a)! - firstIndex.get(b)!),
    );
    for (const key of used) keys.add(key);
    // Only categories that occur are listed, but a configured one keeps its slot and colour.
    this.#order = [...keys];
    this.#classes = new Map(this.#order.map((key, i) => [key, `cat-${(i % PALETTE_SIZE) + 1}`]));
    this.#labels = new Map(
      this.#order.map((key) => [key, categories?.[key]?.label?.toString() || key]),
    );
    this.#order = this.#order.filter((key) => used.has(key));
    this.#writeColours(categories);
  }

  attach(root: ShadowRoot): void {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
    this.#sheet = new CSSStyleSheet();
    this.#sheet.replaceSync(this.#css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  classFor(category: string | null): string {
    return category === null ? 'cat-0' : (this.#classes.get(category) ?? 'cat-0');
  }

  labelFor(category: string): string {
    return this.#labels.get(category) ?? category;
  }

  entries(): LegendEntry[] {
    const entries: LegendEntry[] = this.#order.map((key) => ({
      key,
      label: this.labelFor(key),
      className: this.classFor(key),
    }));
    if (this.#hasUncategorised && entries.length > 0)
      entries.push({ key: null, label: '', className: 'cat-0' });
    return entries;
  }

  #writeColours(categories: CategoryMap): void {
    const rules: string[] = [];
    for (const [key, style] of Object.entries(categories ?? {})) {
      const colour = style?.color;
      // The selector is ours and the value passed CSS.supports, so it cannot inject rules.
      if (typeof colour === 'string' && isColour(colour)) {
        rules.push(`.${this.classFor(key)}{--color:${colour}}`);
      }
    }
    this.#css = rules.join('');
    this.#sheet?.replaceSync(this.#css);
  }
}

function isColour(value: string): boolean {
  return typeof CSS !== 'undefined' && CSS.supports('color', value) && !/[;{}]/.test(value);
}
