/**
 * JSON.parse in slices, for long documents: one JSON.parse of 100,000 events (7 MB) holds the page
 * for 100 ms or more. The text is scanned (in slices) for the array of events, the root array or
 * the root object's `events` array, and its elements are parsed a batch at a time. The result is
 * what JSON.parse(text) returns; text that is not valid JSON throws JSON.parse's own error.
 */

/** How long one slice of scanning or parsing may run before `pause`. */
const SLICE_MS = 10;
/** Elements parsed by one JSON.parse call. */
const BATCH = 1000;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

interface EventsArray {
  /** Index of its `[` and of its `]`. */
  open: number;
  close: number;
  /** Index of each comma between two of its elements. */
  commas: number[];
}

/** The end of the string that starts at `from` (a quote): the index of its closing quote. */
function stringEnd(text: string, from: number): number {
  for (let j = text.indexOf('"', from + 1); j >= 0; j = text.indexOf('"', j + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return j;
  }
  return -1;
}

/** Finds the array of events, or null when the text has none (or is not JSON). */
async function findEvents(text: string, pause: () => Promise<void>): Promise<EventsArray | null> {
  let depth = 0;
  let target = -1; // the depth of the elements of the array of events, once inside it
  let open = -1;
  let keyEnd = -1; // where the last key of the root object ended
  let key = '';
  const commas: number[] = [];
  let deadline = performance.now() + SLICE_MS;
  for (let i = 0, steps = 0; i < text.length; i++, steps++) {
    if ((steps & 4095) === 4095 && performance.now() > deadline) {
      await pause();
      deadline = performance.now() + SLICE_MS;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      if (depth === 1 && target < 0) {
        key = text.slice(i + 1, end);
        keyEnd = end;
      }
      i = end;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth++;
      if (target < 0 && c === OPEN_BRACKET) {
        const root = depth === 1;
        const events = depth === 2 && key === 'events' && text.slice(keyEnd + 1, i).trim() === ':';
        if (root || events) {
          target = depth;
          open = i;
        }
      }
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      if (depth === target) return c === CLOSE_BRACKET ? { open, close: i, commas } : null;
      depth--;
      if (depth < 0) return null;
    } else if (c === COMMA && depth === target) {
      commas.push(i);
    }
  }
  return null;
}

/** Parses JSON text like JSON.parse, in slices between which it awaits `pause`. */
export async function parseJsonSliced(
  text: string,
  pause: (fraction: number) => Promise<void>,
): Promise<unknown> {
  const found = await findEvents(text, () => pause(0));
  if (!found) return JSON.parse(text);
  const { open, close, commas } = found;
  // Another "events" key after the array would win in JSON.parse: leave such text to it.
  if (text.includes('"events"', close)) return JSON.parse(text);
  try {
    const document: unknown = JSON.parse(`${text.slice(0, open)}[]${text.slice(close + 1)}`);
    const elements: unknown[] = [];
    const ends = [...commas, close];
    let deadline = performance.now() + SLICE_MS;
    for (let from = 0; from < ends.length; from += BATCH) {
      const to = Math.min(from + BATCH, ends.length) - 1;
      const start = from === 0 ? open + 1 : ends[from - 1]! + 1;
      const body = text.slice(start, ends[to]);
      // An empty array has no elements ("[ ]" has one end and no text before it).
      if (body.trim() !== '' || ends.length > 1) {
        elements.push(...(JSON.parse(`[${body}]`) as unknown[]));
      }
      if (performance.now() > deadline) {
        await pause(to / ends.length);
        deadline = performance.now() + SLICE_MS;
      }
    }
    if (Array.isArray(document)) return elements;
    (document as { events: unknown[] }).events = elements;
    return document;
  } catch (error) {
    if (error instanceof SyntaxError) return JSON.parse(text); // its own message, and position
    throw error;
  }
}
