import { formatEventDate } from '../i18n/format.js';
import { formatCount, groupSpan } from '../i18n/spans.js';
import type { UiStrings } from '../i18n/strings.js';
import type { ClusterMark } from '../layout/timeline-layout.js';
import type { CategoryPalette } from '../model/categories.js';
import type { TimelineModel } from '../model/timeline-model.js';
import type { NormalizedEvent } from '../model/types.js';

/** Cluster names remembered at most (clusters keep their key while zooming). */
const MOST_CLUSTER_NAMES = 5000;

/**
 * The texts of marks: label dates and accessible names of events and clusters. Formatting is the
 * costly part of a frame, so texts are remembered for one data set and one locale.
 */
export class MarkNames {
  #model: TimelineModel | null = null;
  #locale = '';
  #dates = new Map<string, string>();
  #clusters = new Map<string, string>();

  readonly #palette: Pick<CategoryPalette, 'labelFor'>;
  readonly #strings: () => UiStrings;

  constructor(palette: Pick<CategoryPalette, 'labelFor'>, strings: () => UiStrings) {
    this.#palette = palette;
    this.#strings = strings;
  }

  /** Starts afresh for another data set or locale. */
  #use(model: TimelineModel | null, locale: string): void {
    if (model === this.#model && locale === this.#locale) return;
    this.#model = model;
    this.#locale = locale;
    this.#dates = new Map();
    this.#clusters = new Map();
  }

  /** The date line of an event's label ("12 June 2025"). */
  dateText(event: NormalizedEvent, model: TimelineModel | null, locale: string): string {
    this.#use(model, locale);
    let text = this.#dates.get(event.id);
    if (text === undefined) {
      text = formatEventDate(event, locale);
      this.#dates.set(event.id, text);
    }
    return text;
  }

  /** What a screen reader says for an event: date, title, category. */
  describe(event: NormalizedEvent, model: TimelineModel | null, locale: string): string {
    const parts = [this.dateText(event, model, locale), event.title];
    if (event.category) parts.push(this.#palette.labelFor(event.category));
    return parts.join(', ');
  }

  /** What a screen reader says for a cluster: how many events, when, and of which categories. */
  describeCluster(cluster: ClusterMark, model: TimelineModel | null, locale: string): string {
    this.#use(model, locale);
    const key = `${cluster.key}|${cluster.count}|${cluster.start}|${cluster.end}`;
    let text = this.#clusters.get(key);
    if (text === undefined) {
      text = this.#clusterText(cluster, locale);
      if (this.#clusters.size >= MOST_CLUSTER_NAMES) this.#clusters.clear();
      this.#clusters.set(key, text);
    }
    return text;
  }

  #clusterText(cluster: ClusterMark, locale: string): string {
    const t = this.#strings();
    const categories = cluster.categories
      .map(
        ({ category, count }) =>
          `${category === null ? t.uncategorised : this.#palette.labelFor(category)} (${formatCount(count, locale, false)})`,
      )
      .join(', ');
    return t.clusterLabel(
      formatCount(cluster.count, locale, false),
      groupSpan(cluster.start, cluster.end, locale),
      categories,
    );
  }
}
