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

/** Data as it arrives: event rows, a JSON document to convert (TimelineJS), CSV or JSON text. */
export type SourceData =
  | { rows: unknown[] }
  | { document: unknown }
  | { csv: string }
  /** JSON text too long to parse in one go. */
  | { json: string };

/** How `src` is read: by its content type and extension (`null`), or as JSON or CSV. */
export type SourceFormat = 'json' | 'csv' | null;

/** What the request depends on: the URL, the format and the time limit in milliseconds. */
export type SourceArgs = [src: string | null, format: SourceFormat, timeout: number];

export interface SourceHandlers {
  /** Turns the data into the timeline; the request counts as loading until it settles. */
  onData: (data: SourceData, url: string, signal: AbortSignal) => unknown;
  onFailure: (error: SourceError, url: string) => void;
}

/**
 * Loads `src` with a Lit Task: a new URL aborts the request still under way, so a slow old
 * response can never replace a newer one.
 */
export class SourceController {
  readonly task: Task<SourceArgs, unknown>;

  constructor(host: ReactiveControllerHost, getArgs: () => SourceArgs, handlers: SourceHandlers) {
    this.task = new Task(host, {
      args: getArgs,
      task: async ([src, format, timeout], { signal }) => {
        if (!src) return initialState;
        // Fetching and format detection load on demand: pages with `events` never pay for them.
        const { fetchData } = await import('./fetch-source.js');
        const data = await fetchData(src, format, timeout, signal);
        if (!signal.aborted) await handlers.onData(data, src, signal);
        return true;
      },
      onError: (error) => {
        const src = getArgs()[0] ?? '';
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

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
