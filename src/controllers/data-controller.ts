import type { PropertyValues, ReactiveController } from 'lit';
import type { AiTimelineEventMap, TimelineDataSource } from '../events.js';
import { CategoryPalette } from '../model/categories.js';
import { normalizeEvents, type NormalizeResult } from '../model/normalize.js';
import { readJson } from '../model/json-text.js';
import { buildModel, type TimelineModel } from '../model/timeline-model.js';
import type { TimelineError, TimelineEvent } from '../model/types.js';
import type { Notice } from '../render/notice.js';
import { LazyModule } from './lazy-module.js';
import type { LocaleController } from './locale-controller.js';
import type { SourceData, SourceFormat } from '../model/source-data.js';
import type { SourceController } from './source-controller.js';
import { emit, type TimelineHost } from './timeline-host.js';

/**
 * Inputs up to this many plain rows are validated at once (about 50 ms for 20,000 rows on a slow
 * machine, well inside the 200 ms a task may take); longer ones in slices that yield.
 */
const SYNC_ROWS = 20_000;

/** What a whole failed input names: the attribute or input at fault, and the request's facts. */
export interface FailureReport {
  field: string;
  source: TimelineDataSource;
  url?: string;
  status?: number;
}

/**
 * The data on screen and everything said about it. All four inputs (the `events` property and
 * attribute, `src`, `<ai-event>` children) take one path into the model, and whichever changes
 * last is shown; rejected rows and failed inputs become a notice and `ai-timeline-error`; load and
 * error events wait in one queue until the update that shows their data.
 */
export class DataController implements ReactiveController {
  /** Validated events and what is derived from them once; null before any input. */
  model: TimelineModel | null = null;
  /** The title the data gives itself (TimelineJS), shown when there is no `heading`. */
  dataHeading: string | null = null;
  /** Share of a long input read so far (0–1), while it is being read. */
  progress: number | null = null;
  /** Rows not shown or corrected, or a failed input, while the notice is up. */
  notice: Notice | null = null;
  readonly palette = new CategoryPalette();

  /** The notice's module, once some input has been bad (most pages never need it). */
  readonly notices = new LazyModule(() => import('../render/notice.js'));
  /** Load and error events waiting for the update that shows their data. */
  #queued: Array<() => void> = [];
  /** The input on screen, to read again when `fields`, `date-format` or `time-zone` change. */
  #lastInput: { data: SourceData; source: TimelineDataSource } | null = null;
  /** Aborts the reading of an input overtaken by a newer one. */
  #reading: AbortController | null = null;
  /** Stops watching `<ai-event>` children (see model/children.ts). */
  #unwatchChildren: (() => void) | null = null;
  /** Loads `src` (a Lit Task); made, from a module of its own, the first time `src` is set. */
  #source: SourceController | null = null;
  #paletteAttached = false;
  /** The data set the palette was last given. */
  #paletteModel: TimelineModel | null = null;

  readonly #host: TimelineHost;
  readonly #locale: LocaleController;

  constructor(host: TimelineHost, locale: LocaleController) {
    this.#host = host;
    this.#locale = locale;
    host.addController(this);
  }

  /** Whether `src` is being fetched. */
  get loading(): boolean {
    return this.#source?.loading ?? false;
  }

  hostConnected(): void {
    // <ai-event> children: read now and on every change (the watcher loads on demand).
    void import('../model/children.js').then(({ watchChildren }) => {
      this.#unwatchChildren?.();
      this.#unwatchChildren = this.#host.isConnected
        ? watchChildren(this.#host, (rows) => this.#ingest({ rows }, 'children'))
        : null;
    });
  }

  hostDisconnected(): void {
    this.#unwatchChildren?.();
    this.#unwatchChildren = null;
  }

  /** The `events` attribute (JSON), and `categories` text that Lit could not read as JSON. */
  attributeChanged(name: string, old: string | null, value: string | null): void {
    if (name === 'categories') {
      if (value && !this.#host.categories) {
        this.#report([
          { index: -1, field: name, value, message: `${name} is not valid JSON.`, rejected: false },
        ]);
      }
      return;
    }
    if (value === null || value === old) return;
    const reading = readJson(value);
    // Not checked here: the events' ingest reports what is not an array of events.
    if (reading.ok) this.#host.events = reading.value as TimelineEvent[];
    else {
      this.reportFailure(`The events attribute is not valid JSON (${reading.reason}).`, {
        field: 'events',
        source: 'events',
      });
    }
  }

  /** Makes the `src` loader the first time a `src` is set; its Task starts in the next update. */
  loads(): Array<Promise<unknown> | null> {
    const host = this.#host;
    // A problem found before this update shows in it: its notice's module comes first.
    const notices = this.notices.loadIf(this.notice !== null);
    if (!host.src || this.#source) return [notices];
    return [
      notices,
      import('./source-controller.js').then(({ SourceController }) => {
        this.#source ??= new SourceController(
          host,
          () => [host.src, host.format as SourceFormat, host.srcTimeout],
          {
            onData: (data, _url, signal) => this.#ingest(data, 'src', signal),
            onFailure: (error, url) =>
              this.reportFailure(`The file ${url} ${error.message}.`, {
                field: 'src',
                source: 'src',
                url,
                status: error.status,
              }),
          },
        );
      }),
    ];
  }

  willUpdate(changed: PropertyValues): void {
    const host = this.#host;
    const unknownZone = changed.has('timeZone') && this.#locale.unknownZone();
    if (unknownZone) this.reportFailure(unknownZone, { field: 'time-zone', source: 'events' });
    if (changed.has('events') && host.events !== undefined) {
      // Not an array: TimelineJS3 data, or something the pipeline reports.
      const events: unknown = host.events;
      void this.#ingest(Array.isArray(events) ? { rows: events } : { document: events }, 'events');
    } else if (
      (changed.has('fields') || changed.has('dateFormat') || changed.has('timeZone')) &&
      this.#lastInput
    ) {
      void this.#ingest(this.#lastInput.data, this.#lastInput.source);
    }
    if (changed.has('categories') || this.#paletteModel !== this.model) {
      this.#paletteModel = this.model;
      this.palette.update(host.categories, this.model?.events ?? []);
    }
  }

  hostUpdated(): void {
    if (!this.#paletteAttached) {
      this.#paletteAttached = true;
      this.palette.attach(this.#host.renderRoot as ShadowRoot);
    }
    // The notice's module comes with the first bad input (often found during an update, too
    // late for the update to wait for it): the notice shows in the next update.
    if (this.notice) void this.notices.loadIf(true)?.then(() => this.#host.requestUpdate());
  }

  /**
   * Fires the load and error events of the data just drawn (called at the end of an update).
   * While a notice waits for its module, they wait too: an error event means its notice shows.
   */
  dispatchQueued(): void {
    if (this.notice && !this.notices.value && !this.notices.failed) return;
    for (const send of this.#queued.splice(0)) send();
  }

  dismissNotice(): void {
    this.notice = null;
    this.#host.requestUpdate();
  }

  /** A whole input failed: keep the last good timeline, say so, and report it. */
  reportFailure(message: string, { field, source, url, status }: FailureReport): void {
    const report: TimelineError = { index: -1, field, message, rejected: true };
    if (url) report.value = url;
    this.#report([report], { source, failure: message, status });
  }

  /** Shows a notice of these problems and queues their `ai-timeline-error`. */
  #report(
    errors: TimelineError[],
    {
      source = 'events',
      failure = null,
      status,
    }: { source?: TimelineDataSource; failure?: string | null; status?: number | undefined } = {},
  ): void {
    this.notice = { errors, failure };
    const detail = status === undefined ? { errors, source } : { errors, source, status };
    this.#queue('ai-timeline-error', detail);
    this.#host.requestUpdate();
  }

  #queue<K extends keyof AiTimelineEventMap>(type: K, detail: AiTimelineEventMap[K]['detail']) {
    this.#queued.push(() => emit(this.#host, type, detail));
  }

  /**
   * Turns input into the timeline: a small plain array at once, anything else (CSV, TimelineJS,
   * `fields`, `date-format`, long inputs) through the pipeline, loaded on demand and run in slices.
   * A newer input aborts an older one still being read.
   */
  #ingest(
    data: SourceData,
    source: TimelineDataSource,
    signal?: AbortSignal,
  ): Promise<void> | undefined {
    const host = this.#host;
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    signal?.addEventListener('abort', () => reading.abort());
    this.#lastInput = { data, source };
    const offsetAt = this.#locale.offsetAt;
    if ('rows' in data && data.rows.length <= SYNC_ROWS && !host.fields && !host.dateFormat) {
      this.#accept(normalizeEvents(data.rows, offsetAt), source, null);
      return undefined;
    }
    return import('../model/pipeline.js')
      .then(({ runPipeline }) =>
        runPipeline(data, {
          fields: host.fields,
          dateFormat: host.dateFormat,
          offsetAt,
          signal: reading.signal,
          onProgress: (fraction) => {
            this.progress = fraction;
            host.requestUpdate();
          },
        }),
      )
      .then(
        (result) => {
          if (!reading.signal.aborted) this.#accept(result, source, result.heading);
        },
        (error: unknown) => {
          if (reading.signal.aborted) return;
          // A src request's failures are reported by the source controller (URL and status).
          if (signal) throw error;
          this.reportFailure(
            `The ${source} ${error instanceof Error ? error.message : String(error)}.`,
            { field: source, source },
          );
        },
      )
      .finally(() => {
        if (this.#reading === reading && this.progress !== null) {
          this.progress = null;
          host.requestUpdate();
        }
      });
  }

  /** Makes validated events the model on screen, and reports what was rejected or corrected. */
  #accept({ events, errors }: NormalizeResult, source: TimelineDataSource, heading: string | null) {
    const host = this.#host;
    this.model = buildModel(events);
    this.dataHeading = heading;
    this.notice = errors.length > 0 ? { errors: [...errors], failure: null } : null;
    if (host.selected !== null && !this.model.byId.has(host.selected)) host.selected = null;
    this.#queue('ai-timeline-load', { count: events.length, source });
    if (errors.length > 0) this.#queue('ai-timeline-error', { errors: [...errors], source });
    host.requestUpdate();
  }
}
