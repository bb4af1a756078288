/**
 * TimelineJS3 data, so a newsroom can point `src` at what it already has: its JSON format and the
 * columns of its Google Sheets template exported as CSV. Both become event rows (the fields of
 * TimelineEvent); their text fields hold HTML, which becomes plain text (model/html-text.ts).
 */
import { htmlToLine, htmlToText } from './html-text.js';

/** Event rows converted from another format, with the title the data gives itself, if any. */
export interface ConvertedRows {
  rows: unknown[];
  heading: string | null;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether a parsed JSON document is TimelineJS3 data rather than an array of events. */
export function isTimelineJs(document: unknown): boolean {
  if (!isObject(document) || !Array.isArray(document.events)) return false;
  const first = document.events.find(isObject);
  return (
    (first !== undefined && ('start_date' in first || isObject(first.text))) ||
    Array.isArray(document.eras) ||
    isObject(document.title)
  );
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * An ISO 8601 string at the precision given by TimelineJS date parts (year, month, day, hour,
 * minute, second, millisecond), or the value as given when it cannot be one (normalize then
 * reports it in the person's terms).
 */
export function isoFromParts(parts: {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
}): string | undefined {
  const num = (value: unknown): number | null => {
    const t = text(value).trim();
    return /^[+-]?\d+$/.test(t) ? Number(t) : null;
  };
  const given = (value: unknown): boolean => text(value).trim() !== '';
  if (!given(parts.year)) return undefined;
  const year = num(parts.year);
  if (year === null) return text(parts.year).trim();
  let iso = year < 0 ? `-${pad(-year, 4)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
  const fields = [
    parts.month,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.millisecond,
  ];
  const values: number[] = [];
  for (const field of fields) {
    if (!given(field)) break;
    const n = num(field);
    if (n === null) return `${iso}-${text(field).trim()}`; // reported as not a date
    values.push(n);
  }
  const [month, day, hour, minute, second, ms] = values;
  if (month !== undefined) iso += `-${pad(month)}`;
  if (day !== undefined) iso += `-${pad(day)}`;
  if (hour !== undefined) {
    iso += `T${pad(hour)}:${pad(minute ?? 0)}`;
    if (second !== undefined) iso += `:${pad(second)}`;
    if (second !== undefined && ms !== undefined) iso += `.${pad(ms, 3)}`;
  }
  return iso;
}

/** A media URL that is a link (not an embed code): kept for `href`, which normalize vets. */
function mediaLink(url: unknown): string | undefined {
  const value = text(url).trim();
  return value && !value.startsWith('<') ? value : undefined;
}

function joinText(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}

/** One TimelineJS3 slide (an event, or an era with `type`) as an event row. */
export function slideToRow(slide: unknown, type?: 'era'): unknown {
  if (!isObject(slide)) return slide; // normalize rejects it as "not an event object"
  const body = isObject(slide.text) ? slide.text : {};
  const media = isObject(slide.media) ? slide.media : {};
  const headline = htmlToLine(text(body.headline));
  const description = htmlToText(text(body.text));
  const row: Json = {
    start: isObject(slide.start_date) ? isoFromParts(slide.start_date) : undefined,
    // Without a headline, the first line of the text is the best title there is.
    title: headline || description.split('\n')[0] || '',
  };
  if (isObject(slide.end_date)) row.end = isoFromParts(slide.end_date);
  if (type) row.type = type;
  const id = text(slide.unique_id).trim();
  if (id) row.id = id;
  const caption = htmlToText(text(media.caption));
  const rest = headline ? description : description.split('\n').slice(1).join('\n');
  if (rest || caption) row.description = joinText(rest, caption);
  const group = htmlToLine(text(slide.group));
  if (group) row.category = group;
  const href = mediaLink(media.url);
  if (href) row.href = href;
  const credit = htmlToLine(text(media.credit));
  if (credit) row.source = credit;
  return row;
}

/**
 * Reads TimelineJS3 JSON a row at a time: `items` are its `events` then its `eras`, and `toRow`
 * converts item `i` (so that a long document can be converted in slices).
 */
export function timelineJsReader(document: unknown): {
  items: unknown[];
  toRow: (item: unknown, index: number) => unknown;
  heading: string | null;
} {
  const doc = isObject(document) ? document : {};
  const events = Array.isArray(doc.events) ? doc.events : [];
  const eras = Array.isArray(doc.eras) ? doc.eras : [];
  const title = isObject(doc.title) && isObject(doc.title.text) ? doc.title.text : null;
  return {
    items: [...events, ...eras],
    toRow: (item, index) => slideToRow(item, index >= events.length ? 'era' : undefined),
    heading: title ? htmlToLine(text(title.headline)) || null : null,
  };
}

/** TimelineJS3 JSON: `events` then `eras` become rows (in that order); `title` the heading. */
export function timelineJsToRows(document: unknown): ConvertedRows {
  const { items, toRow, heading } = timelineJsReader(document);
  return { rows: items.map(toRow), heading };
}

/** Whether CSV column names are those of the TimelineJS Google Sheets template. */
export function isSheetsTemplate(columns: readonly string[]): boolean {
  const names = new Set(columns.map((c) => c.trim().toLowerCase()));
  return names.has('year') && names.has('headline');
}

const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:[.,](\d{1,3}))?\s*(?:([ap])\.?\s*m\.?)?$/i;

/** The date parts of a Sheets row: Year, Month, Day and Time ("9:30", "21:30:15", "9:30 PM"). */
function sheetDate(cell: (name: string) => string, prefix: string): string | undefined {
  const time = cell(`${prefix}time`);
  const match = TIME.exec(time);
  let hour: unknown;
  let minute: unknown;
  let second: unknown;
  let millisecond: unknown;
  if (match) {
    const [, h, mi, s, ms, half] = match;
    let hours = Number(h);
    if (half) hours = (hours % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    hour = hours;
    minute = mi ?? 0;
    second = s;
    millisecond = s && ms ? ms.padEnd(3, '0') : undefined;
  } else if (time) {
    hour = time; // not a time: reported as such
  }
  return isoFromParts({
    year: cell(`${prefix}year`),
    month: cell(`${prefix}month`),
    day: cell(`${prefix}day`),
    hour,
    minute,
    second,
    millisecond,
  });
}

/**
 * Reads rows of the TimelineJS Google Sheets template (split by the CSV parser, header first) a
 * row at a time. A row of Type "title" gives the heading and is not an event, so it is not in
 * `items`; Type "era" makes an era.
 */
export function sheetsReader(table: readonly string[][]): {
  items: string[][];
  toRow: (cells: readonly string[]) => unknown;
  heading: string | null;
} {
  const [header = [], ...body] = table;
  const column = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const cellOf =
    (cells: readonly string[]) =>
    (name: string): string => {
      const i = column.get(name);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
  let heading: string | null = null;
  const items = body.filter((cells) => {
    const cell = cellOf(cells);
    if (cell('type').toLowerCase() !== 'title') return true;
    heading ||= htmlToLine(cell('headline')) || null;
    return false;
  });
  const toRow = (cells: readonly string[]): unknown => {
    const cell = cellOf(cells);
    const slide: Json = {
      text: { headline: cell('headline'), text: cell('text') },
      media: { url: cell('media'), caption: cell('media caption'), credit: cell('media credit') },
      group: cell('group'),
      unique_id: cell('unique id') || cell('unique_id'),
    };
    const row = slideToRow(slide, cell('type').toLowerCase() === 'era' ? 'era' : undefined) as Json;
    row.start = sheetDate(cell, '');
    const end = sheetDate(cell, 'end ');
    if (end !== undefined) row.end = end;
    return row;
  };
  return { items, toRow, heading };
}

/** Rows of the TimelineJS Google Sheets template as event rows, and the heading. */
export function sheetsToRows(table: readonly string[][]): ConvertedRows {
  const { items, toRow, heading } = sheetsReader(table);
  return { rows: items.map(toRow), heading };
}
