import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

import { SourceError, describe, type SourceData, type SourceFormat } from '../model/source-data.js';

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
