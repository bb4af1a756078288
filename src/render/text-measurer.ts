import { DEFAULT_METRICS, type LayoutMetrics } from '../layout/timeline-layout.js';

/**
 * Measures label text with a canvas in the exact fonts the labels use, caching each string.
 * Without a canvas (a server) or before the fonts are known, a rough average width stands in.
 */
export class TextMeasurer {
  readonly #context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  readonly #cache: Record<'title' | 'date', Map<string, number>> = {
    title: new Map(),
    date: new Map(),
  };
  #fonts: Record<'title' | 'date', string> = { title: '', date: '' };
  #sizes: Record<'title' | 'date', number> = { title: 13, date: 12 };
  /**
   * The layout's sizes, with line heights following the label fonts (`--ai-timeline-label-font-size`
   * and `--ai-timeline-small-font-size`): 1.25 times the size, rounded up (17 and 15 px by default).
   */
  metrics: LayoutMetrics = DEFAULT_METRICS;

  constructor() {
    const canvas =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1)
        : typeof document !== 'undefined'
          ? document.createElement('canvas')
          : null;
    this.#context = canvas ? (canvas.getContext('2d') as CanvasRenderingContext2D | null) : null;
  }

  /** Adopts the computed fonts of the title and date lines; clears the cache when they change. */
  setFonts(title: CSSStyleDeclaration, date: CSSStyleDeclaration): void {
    const next = { title: fontOf(title), date: fontOf(date) };
    if (next.title === this.#fonts.title && next.date === this.#fonts.date) return;
    this.#fonts = next;
    const sizes = {
      title: parseFloat(title.fontSize) || 13,
      date: parseFloat(date.fontSize) || 12,
    };
    this.#sizes = sizes;
    this.metrics = {
      ...DEFAULT_METRICS,
      titleLineHeight: Math.ceil(sizes.title * 1.25),
      dateLineHeight: Math.ceil(sizes.date * 1.25),
    };
    this.#cache.title.clear();
    this.#cache.date.clear();
  }

  measure = (text: string, role: 'title' | 'date'): number => {
    const cache = this.#cache[role];
    let width = cache.get(text);
    if (width === undefined) {
      if (this.#context && this.#fonts[role]) {
        this.#context.font = this.#fonts[role];
        width = this.#context.measureText(text).width;
      } else {
        width = text.length * this.#sizes[role] * 0.6;
      }
      if (cache.size > 20_000) cache.clear();
      cache.set(text, width);
    }
    return width;
  };
}

function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}
