/**
 * The ingest path for everything but small plain arrays: CSV, TimelineJS data, `fields`,
 * `date-format`, and long inputs. Loaded on demand (a dynamic import), so that the bundle only
 * pays for it on pages that use it; the parsers it needs load the same way.
 *
 * Work is done in slices of a few milliseconds between which the page gets a turn, so a file of
 * 100,000 rows never holds the page; `signal` stops it between two slices.
 */
import { SourceError, type SourceData } from './source-data.js';
import { parseDate, type OffsetAt } from './dates.js';
import { checkFields, mapFields } from './fields.js';
import { Normalizer, type DateParser, type NormalizeResult } from './normalize.js';

export interface PipelineOptions {
  /** The `fields` mapping (checked here; problems are reported, not thrown). */
  fields?: unknown;
  /** A D3 time-format specifier for non-ISO dates. */
  dateFormat?: string | null;
  /** The zone instants are shown in (see `time-zone`); the reader's own by default. */
  offsetAt?: OffsetAt;
  signal?: AbortSignal;
  /** Share of the work done, from 0 to 1, reported between slices. */
  onProgress?: (fraction: number) => void;
}

export interface PipelineResult extends NormalizeResult {
  /** Rows given: accepted + rejected. */
  readonly given: number;
  /** The title the data gives itself (TimelineJS), if any. */
  readonly heading: string | null;
}

/** How long one slice of work may run before the page gets a turn. */
const SLICE_MS = 12;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the page handle input and paint before the next slice. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message is not throttled like nested timeouts (4 ms each after the fifth).
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export async function runPipeline(
  data: SourceData,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const { signal, onProgress } = options;
  const pause = async (fraction: number): Promise<void> => {
    signal?.throwIfAborted();
    onProgress?.(fraction);
    await yieldToPage();
    signal?.throwIfAborted();
  };

  // The input as items, and how to turn item i into an event row (done in the sliced loop, so
  // that converting 100,000 rows never holds the page either).
  let items: unknown[];
  let toRow: ((item: unknown, index: number) => unknown) | null = null;
  let heading: string | null = null;
  let converted = false; // rows made by a converter already have the event's field names
  let progressBase = 0;
  if ('csv' in data) {
    const { parseCsvTable, rowReader } = await import('./csv.js');
    const table = await parseCsvTable(data.csv, (fraction) => pause(fraction / 2));
    progressBase = 0.5;
    const { isSheetsTemplate, sheetsReader } = await import('./timelinejs.js');
    if (isSheetsTemplate(table[0] ?? [])) {
      const reader = sheetsReader(table);
      ({ items, heading } = reader);
      toRow = (cells) => reader.toRow(cells as string[]);
      converted = true;
    } else {
      const read = rowReader(table[0] ?? []);
      items = table.slice(1);
      toRow = (cells) => read(cells as string[]);
    }
  } else if ('document' in data || 'json' in data) {
    const { isTimelineJs, timelineJsReader } = await import('./timelinejs.js');
    let document: unknown;
    if ('document' in data) {
      document = data.document;
    } else {
      const { parseJsonSliced } = await import('./json-slices.js');
      try {
        document = await parseJsonSliced(data.json, (fraction) => pause(fraction / 2));
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw new SourceError(`is not valid JSON (${error.message})`);
      }
      progressBase = 0.5;
    }
    if (isTimelineJs(document)) {
      ({ items, toRow, heading } = timelineJsReader(document));
      converted = true;
    } else if (Array.isArray(document)) {
      items = document;
    } else if (Array.isArray((document as { events?: unknown } | null)?.events)) {
      items = (document as { events: unknown[] }).events;
    } else {
      throw new SourceError(
        'holds neither an array of events, nor an object with an "events" array, nor TimelineJS data',
      );
    }
  } else {
    items = data.rows;
  }

  const { map, errors: fieldErrors } = converted
    ? { map: new Map<string, string[]>(), errors: [] }
    : checkFields(options.fields);
  const parse: DateParser = options.dateFormat
    ? (await import('./date-format.js')).formatDateParser(options.dateFormat, options.offsetAt)
    : (value) => parseDate(value, options.offsetAt);
  const normalizer = new Normalizer(parse, map.size > 0 ? (row) => mapFields(row, map) : undefined);

  let deadline = performance.now() + SLICE_MS;
  for (let i = 0; i < items.length; i++) {
    let row = items[i];
    try {
      if (toRow) row = toRow(row, i);
    } catch {
      // A hostile item (a throwing getter): the normalizer rejects it as unreadable.
    }
    normalizer.add(row, i);
    if ((i & 63) === 63 && performance.now() > deadline) {
      await pause(progressBase + ((1 - progressBase) * i) / items.length);
      deadline = performance.now() + SLICE_MS;
    }
  }
  await pause(1);
  const { events, errors } = normalizer.finish();
  return { events, errors: [...fieldErrors, ...errors], given: items.length, heading };
}
