/**
 * CSV to rows with d3-dsv, a slice at a time so that a file of 100,000 rows never holds the page
 * for long. Only `csvParseRows`: d3-dsv's `csvParse` builds its row objects with `new Function`,
 * which a Content-Security-Policy without 'unsafe-eval' forbids.
 */
import { csvParseRows } from 'd3-dsv';

/** Roughly how much text one slice parses before the page gets a turn. */
const SLICE_CHARS = 128 * 1024;

/**
 * The end of a slice of CSV text that starts at `from`: just after a line break at or past
 * `from + size` that is not inside a quoted field (an even number of quotes before it).
 */
export function sliceEnd(text: string, from: number, size = SLICE_CHARS): number {
  let quotes = 0;
  let scanned = from;
  let target = from + size;
  for (;;) {
    if (target >= text.length) return text.length;
    const newline = text.indexOf('\n', target);
    if (newline < 0) return text.length;
    for (let i = text.indexOf('"', scanned); i >= 0 && i < newline; i = text.indexOf('"', i + 1)) {
      quotes++;
    }
    scanned = newline;
    if (quotes % 2 === 0) return newline + 1;
    target = newline + 1;
  }
}

/**
 * Parses CSV text into rows of cells, header included, skipping blank lines. Between slices it
 * awaits `pause` (which yields to the page, reports progress and may throw to stop).
 */
export async function parseCsvTable(
  text: string,
  pause: (fraction: number) => Promise<void> = async () => {},
): Promise<string[][]> {
  const table: string[][] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte-order mark
  for (let from = 0; from < source.length;) {
    const to = sliceEnd(source, from);
    for (const row of csvParseRows(source.slice(from, to))) {
      if (row.some((cell) => cell !== '')) table.push(row);
    }
    from = to;
    if (from < source.length) await pause(from / source.length);
  }
  return table;
}

/** A function that turns one row of cells into an object keyed by the trimmed column names. */
export function rowReader(
  header: readonly string[],
): (cells: readonly string[]) => Record<string, string> {
  const names = header.map((name) => name.trim());
  // Object.fromEntries defines own properties: a "__proto__" column is just a column.
  return (cells) =>
    Object.fromEntries(
      names.flatMap((name, i) => (name === '' ? [] : [[name, (cells[i] ?? '').trim()]])),
    );
}

/** Rows of cells (header first) as objects keyed by the trimmed column names. */
export function tableToObjects(table: readonly string[][]): Record<string, string>[] {
  const [header = [], ...body] = table;
  return body.map(rowReader(header));
}
