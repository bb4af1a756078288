/**
 * Fetches `src` and tells JSON from CSV (see SourceController, which loads this on demand).
 */
import { SourceError, describe, type SourceData, type SourceFormat } from '../model/source-data.js';

/** Characters of JSON beyond which JSON.parse would hold the page too long (about 20 ms). */
const LONG_JSON = 1_000_000;

/**
 * The data at `src`, read as CSV when `format` says so, or (unset) when the server sends a CSV
 * content type or the path ends in `.csv`; as JSON otherwise. Fails with a SourceError that says
 * what happened (HTTP status, time-out, unreachable or blocked by CORS, neither JSON nor CSV).
 */
export async function fetchData(
  src: string,
  format: SourceFormat,
  timeout: number,
  signal: AbortSignal,
): Promise<SourceData> {
  // One signal for both a newer src (signal) and the time limit, covering the body too.
  const request = new AbortController();
  const abort = (): void => request.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeout);
  // What to throw for `error`: itself when a newer src aborted the request (the Task ignores an
  // AbortError), the time-out when the time limit did, `otherwise` when neither.
  const failure = (error: unknown, otherwise: unknown, status?: number): unknown =>
    signal.aborted
      ? error
      : timedOut
        ? new SourceError(`did not arrive within ${Math.round(timeout / 100) / 10} s`, status)
        : otherwise;
  let response: Response;
  try {
    response = await fetch(src, {
      signal: request.signal,
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    });
  } catch (error) {
    clearTimeout(timer);
    throw failure(
      error,
      new SourceError(
        `could not be reached (${describe(error)}); is the URL right, and does the server allow this page to read it (CORS)?`,
      ),
    );
  }
  let text: string;
  try {
    if (!response.ok) {
      throw new SourceError(
        `answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        response.status,
      );
    }
    text = await response.text();
  } catch (error) {
    throw failure(error, error, response.status);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const csv =
    format === 'csv' ||
    (format !== 'json' && (/[/+]csv$/.test(type) || /\.csv$/i.test(src.split(/[?#]/)[0]!)));
  if (csv) return { csv: text };
  // A long document is parsed in slices by the pipeline (model/json-slices.ts).
  if (text.length > LONG_JSON && /^\s*[[{]/.test(text)) return { json: text };
  try {
    return documentData(JSON.parse(text));
  } catch (error) {
    const json = format === 'json' || type === '' || /json|^text\/plain$|octet-stream/.test(type);
    throw new SourceError(
      json
        ? `is not valid JSON (${describe(error)})`
        : `is neither JSON nor CSV (the server sent ${type})`,
      response.status,
    );
  }
}

/**
 * Data from a parsed JSON document: an array of events or an object with an `events` array are
 * rows; anything else (TimelineJS3 data, or nothing usable) goes to the pipeline to convert or
 * report.
 */
export function documentData(document: unknown): SourceData {
  if (Array.isArray(document)) return { rows: document };
  const events = (document as { events?: unknown } | null)?.events;
  if (
    Array.isArray(events) &&
    !events.some((event) => (event as { start_date?: unknown } | null)?.start_date !== undefined) &&
    !(document as { eras?: unknown }).eras
  ) {
    return { rows: events };
  }
  return { document };
}
