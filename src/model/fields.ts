import { EVENT_FIELDS, type TimelineError, type TimelineEvent } from './types.js';

/**
 * Which input columns hold which event fields: `{"start": "death_date", "title": ["first_name",
 * "last_name"]}`. A list joins the non-empty values with spaces.
 */
export type FieldMap = Partial<Record<keyof TimelineEvent, string | string[]>>;

/** A checked field map: unknown fields and malformed column lists are reported and skipped. */
export function checkFields(value: unknown): {
  map: Map<string, string[]>;
  errors: TimelineError[];
} {
  const map = new Map<string, string[]>();
  const errors: TimelineError[] = [];
  const report = (message: string, field = 'fields'): void => {
    errors.push({ index: -1, field, value, message, rejected: false });
  };
  if (value === null || value === undefined || value === '') return { map, errors };
  if (typeof value === 'string') {
    report('fields is not valid JSON such as {"start": "date"}; no columns are mapped.');
    return { map, errors };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    report('fields must be an object such as {"start": "date"}; no columns are mapped.');
    return { map, errors };
  }
  for (const [field, columns] of Object.entries(value as Record<string, unknown>)) {
    const list = typeof columns === 'string' ? [columns] : columns;
    if (!(EVENT_FIELDS as readonly string[]).includes(field)) {
      report(`fields: "${field}" is not an event field; it is ignored.`);
    } else if (
      !Array.isArray(list) ||
      list.length === 0 ||
      !list.every((c): c is string => typeof c === 'string')
    ) {
      report(`fields: "${field}" must name a column or a list of columns; it is ignored.`);
    } else {
      map.set(field, list);
    }
  }
  return { map, errors };
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * A row with its columns renamed to event fields. Columns read by a mapping are not also read
 * as the field of their own name (a `type` column mapped to `category` does not set the type).
 * Rows that are not objects pass through, for normalize to report.
 */
export function mapFields(row: unknown, map: ReadonlyMap<string, string[]>): unknown {
  if (map.size === 0 || row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const input = row as Record<string, unknown>;
  const consumed = new Set([...map.values()].flat());
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(input)) {
    if (!consumed.has(key) && !map.has(key)) entries.push([key, input[key]]);
  }
  for (const [field, columns] of map) {
    if (columns.length === 1) {
      entries.push([field, input[columns[0]!]]);
    } else {
      const joined = columns
        .map((column) => cellText(input[column]))
        .filter(Boolean)
        .join(' ');
      if (joined) entries.push([field, joined]);
    }
  }
  // Object.fromEntries defines own properties, so a "__proto__" key stays a key.
  return Object.fromEntries(entries);
}
