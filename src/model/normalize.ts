import { DateParseError, parseDate, localOffsetAt, type OffsetAt, type WallDate } from './dates.js';
import type { NormalizedEvent, TimelineError, TimelineEvent, TimelineEventType } from './types.js';

export interface NormalizeResult {
  /** Accepted events, sorted by start, then by input order. */
  readonly events: readonly NormalizedEvent[];
  /** One entry per rejected row and per correction; accepted + rejected = given. */
  readonly errors: readonly TimelineError[];
}

/** Reads a date value; throws DateParseError with a readable reason when it is not a date. */
export type DateParser = (value: unknown) => WallDate;

const TYPES: readonly TimelineEventType[] = ['point', 'range', 'era'];
const DEFAULT_IMPORTANCE = 3;

/**
 * Validates rows into events. Never throws: every row is either accepted (possibly corrected) or
 * rejected, and each rejection or correction is reported with its index and a readable message.
 */
export function normalizeEvents(
  rows: readonly unknown[],
  offsetAt: OffsetAt = localOffsetAt,
  parse?: DateParser,
): NormalizeResult {
  const normalizer = new Normalizer(parse ?? ((value) => parseDate(value, offsetAt)));
  rows.forEach((row, index) => normalizer.add(row, index));
  return normalizer.finish();
}

/**
 * The row-by-row state of normalizeEvents (the ids used so far), so that a long input can be
 * validated in slices between which the page stays responsive.
 */
export class Normalizer {
  private readonly events: NormalizedEvent[] = [];
  private readonly errors: TimelineError[] = [];
  private readonly usedIds = new Set<string>();

  /**
   * @param parse reads `start` and `end` (ISO 8601 by default; see model/date-format.ts).
   * @param transform turns an input row into event fields first (see model/fields.ts); the
   *   event's `input` stays the row as given.
   */
  constructor(
    private readonly parse: DateParser = (value) => parseDate(value),
    private readonly transform?: (row: unknown) => unknown,
  ) {}

  add(row: unknown, index: number): void {
    const start = this.errors.length;
    try {
      this.read(row, index);
    } catch {
      // A getter or proxy that throws (events are only added at the very end, so none was).
      this.errors.length = start;
      this.errors.push({
        index,
        field: 'event',
        value: row,
        message: `Row ${index} could not be read, so it is not shown.`,
        rejected: true,
      });
    }
  }

  finish(): NormalizeResult {
    this.events.sort((a, b) => a.start - b.start || a.index - b.index);
    return { events: this.events, errors: this.errors };
  }

  private read(original: unknown, index: number): void {
    const row = this.transform ? this.transform(original) : original;
    // Corrections are reported once the row's final id is known; rejections right away.
    const corrections: TimelineError[] = [];
    const report = (
      field: string,
      message: string,
      rejected: boolean,
      value: unknown,
      id?: string,
    ): void => {
      const error: TimelineError = { index, field, message, rejected, value };
      if (id) error.id = id;
      (rejected ? this.errors : corrections).push(error);
    };

    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      report('event', `Row ${index} is not an event object.`, true, row);
      return;
    }
    const input = row as Record<string, unknown>;
    const givenId = plainText(input.id);
    const label = givenId ? `Event "${givenId}"` : `Row ${index}`;

    const title = plainText(input.title);
    if (!title) {
      report('title', `${label} has no title, so it is not shown.`, true, input.title, givenId);
      return;
    }

    let start: WallDate;
    try {
      start = this.parse(input.start);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      report(
        'start',
        `${label}: start ${error.message}, so it is not shown.`,
        true,
        input.start,
        givenId,
      );
      return;
    }

    let end: WallDate | null = null;
    if (input.end !== undefined && input.end !== null && input.end !== '') {
      try {
        end = this.parse(input.end);
      } catch (error) {
        if (!(error instanceof DateParseError)) throw error;
        report('end', `${label}: end ${error.message}; shown as a point.`, false, input.end);
      }
    }
    let type: TimelineEventType = end ? 'range' : 'point';
    if (input.type !== undefined && input.type !== null && input.type !== '') {
      const given = input.type as TimelineEventType;
      if (!TYPES.includes(given)) {
        report(
          'type',
          `${label}: unknown type "${describeValue(input.type)}"; shown as a ${type}.`,
          false,
          input.type,
        );
      } else if (given !== 'point' && !end) {
        report('type', `${label}: a ${given} needs an end; shown as a point.`, false, input.type);
      } else if (given === 'point' && end) {
        report('end', `${label}: a point has no end; the end is ignored.`, false, input.end);
        end = null;
        type = 'point';
      } else {
        type = given;
      }
    }

    if (end && end.end < start.start) {
      report('end', `${label}: end is before start; the two were swapped.`, false, input.end);
      [start, end] = [end, start];
    }

    let importance = DEFAULT_IMPORTANCE;
    if (input.importance !== undefined && input.importance !== null && input.importance !== '') {
      const given = input.importance;
      const value =
        typeof given === 'number'
          ? given
          : typeof given === 'string' && given.trim() !== ''
            ? Number(given)
            : Number.NaN;
      if (!Number.isFinite(value)) {
        report(
          'importance',
          `${label}: importance must be 1 to 5; ${DEFAULT_IMPORTANCE} is used.`,
          false,
          input.importance,
        );
      } else {
        importance = Math.min(5, Math.max(1, Math.round(value)));
        if (importance !== value) {
          report(
            'importance',
            `${label}: importance must be 1 to 5; ${importance} is used.`,
            false,
            input.importance,
          );
        }
      }
    }

    let href: string | null = null;
    const rawHref = plainText(input.href);
    if (rawHref) {
      href = safeHref(rawHref);
      if (!href) {
        report(
          'href',
          `${label}: only http, https, mailto and relative links are allowed; the link is not shown.`,
          false,
          input.href,
        );
      }
    }

    let id = givenId || derivedId(start.start, title);
    if (this.usedIds.has(id)) {
      let n = 2;
      while (this.usedIds.has(`${id}-${n}`)) n++;
      if (givenId) {
        report(
          'id',
          `${label}: the id is used by an earlier event; renamed "${id}-${n}".`,
          false,
          givenId,
        );
      }
      id = `${id}-${n}`;
    }

    const rangeEnd = type === 'point' ? start.end : end!.end;
    const event: NormalizedEvent = {
      id,
      index,
      type,
      title,
      description: plainText(input.description),
      category: plainText(input.category) || null,
      href,
      source: plainText(input.source) || null,
      importance,
      start: start.start,
      end: rangeEnd,
      anchor: type === 'point' ? (start.start + start.end) / 2 : start.start,
      startPrecision: start.precision,
      endPrecision: type === 'point' ? null : end!.precision,
      input: original as TimelineEvent,
    };
    // Nothing below can throw: the row is accepted, under its final id.
    this.usedIds.add(id);
    this.events.push(event);
    for (const correction of corrections) this.errors.push({ ...correction, id });
  }
}

/** A value as text for a message, whatever it is (symbols and prototype-less objects included). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** Strings and numbers become trimmed text; anything else is treated as absent. */
function plainText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A stable id from what identifies an event, so re-loading the same data keeps selections. */
function derivedId(start: number, title: string): string {
  let hash = 0x811c9dc5;
  const text = `${start}|${title}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `e${(hash >>> 0).toString(36)}`;
}

/** Keeps http(s), mailto and relative links; returns null for any other scheme. */
export function safeHref(href: string): string | null {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\nscript:").
  // eslint-disable-next-line no-control-regex
  const compact = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return href;
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase()) ? href : null;
}
