/**
 * What a `src` delivers and how it fails. Shared by the fetch (controllers/fetch-source.ts), the
 * controller that drives it and the pipeline that parses the result, so it lives below them all.
 */

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

/** The message of anything thrown, for a SourceError that says what went wrong. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
