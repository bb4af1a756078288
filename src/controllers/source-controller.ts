import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

/** A `src` that could not be turned into rows, with the HTTP status when there was a response. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface SourceHandlers {
  onRows: (rows: unknown[], url: string) => void;
  onFailure: (error: SourceError, url: string) => void;
}

/**
 * Loads `src` with a Lit Task: a new URL aborts the request still under way, so a slow old
 * response can never replace a newer one.
 */
export class SourceController {
  readonly task: Task<[string | null], unknown[]>;

  constructor(host: ReactiveControllerHost, getSrc: () => string | null, handlers: SourceHandlers) {
    this.task = new Task(host, {
      args: () => [getSrc()] as [string | null],
      task: async ([src], { signal }) => {
        if (!src) return initialState;
        const rows = await fetchRows(src, signal);
        if (!signal.aborted) handlers.onRows(rows, src);
        return rows;
      },
      onError: (error) => {
        const src = getSrc() ?? '';
        if (error instanceof DOMException && error.name === 'AbortError') return;
        handlers.onFailure(
          error instanceof SourceError
            ? error
            : new SourceError(`could not be loaded (${describe(error)})`),
          src,
        );
      },
    });
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }
}

async function fetchRows(src: string, signal: AbortSignal): Promise<unknown[]> {
  let response: Response;
  try {
    response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new SourceError(
      `could not be reached (${describe(error)}); is the URL right, and does the server allow this page to read it (CORS)?`,
    );
  }
  if (!response.ok) {
    throw new SourceError(
      `answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      response.status,
    );
  }
  const text = await response.text();
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new SourceError(`is not valid JSON (${describe(error)})`, response.status);
  }
  return rowsOf(document, response.status);
}

/** Accepts an array of events or an object with an `events` array. */
export function rowsOf(document: unknown, status?: number): unknown[] {
  if (Array.isArray(document)) return document;
  if (
    document &&
    typeof document === 'object' &&
    Array.isArray((document as { events?: unknown }).events)
  ) {
    return (document as { events: unknown[] }).events;
  }
  throw new SourceError(
    'holds neither an array of events nor an object with an "events" array',
    status,
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
