// Synthetic events for the benchmark, and their mapping onto each peer's data format. Runs in
// Node and in the page alike (no imports, no globals), so every library gets the same events.

export const SPAN_START = Date.UTC(2015, 0, 1);
export const SPAN_END = Date.UTC(2025, 0, 1);
export const DAY_MS = 86_400_000;
export const CATEGORIES = ['model', 'research', 'product', 'policy', 'investment', 'hardware'];

const WORDS = (
  'model launch paper chip funding rule court deal team open weights agent safety audit data ' +
  'center cloud lab board vote merger license export robot vision speech code search study ' +
  'benchmark grant partner strike hire lawsuit memo update index release round seed token ' +
  'summit report treaty pilot network cluster startup'
).split(' ');

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; the same seed gives the same events. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "2019-03-05T14:23:00Z": UTC instants to the minute, so same-day events do not pile up. */
const iso = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';

function title(random) {
  const length = 20 + Math.floor(random() * 21); // 20–40 characters
  let text = '';
  while (text.length < length) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    const next = text ? `${text} ${word}` : word[0].toUpperCase() + word.slice(1);
    if (next.length > 40) break;
    text = next;
  }
  return text.length >= 20 ? text : (text + ' update release').slice(0, 20);
}

/**
 * `count` events over 2015-01-01 … 2025-01-01, sorted by start: a fifth are ranges of 1–60 days,
 * six categories, importance 1–5, titles of 20–40 characters.
 */
export function makeEvents(count, seed = 1) {
  const random = prng(seed);
  const events = [];
  for (let i = 0; i < count; i++) {
    const isRange = random() < 0.2;
    const days = isRange ? 1 + Math.floor(random() * 60) : 0;
    const latest = SPAN_END - days * DAY_MS - 60_000;
    const start = Math.floor((SPAN_START + random() * (latest - SPAN_START)) / 60_000) * 60_000;
    const event = {
      id: '',
      start: iso(start),
      title: title(random),
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)],
      importance: 1 + Math.floor(random() * 5),
    };
    if (isRange) event.end = iso(start + days * DAY_MS);
    events.push(event);
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  events.forEach((event, i) => (event.id = `e${i + 1}`));
  return events;
}

/**
 * vis-timeline: one group per category (stacked), the title as the item's text, `range` items
 * for ranges and `point` items (a dot and its text) for points. Dates stay ISO strings, so
 * vis-timeline parses them just as ai-timeline does.
 */
export function toVisTimeline(events) {
  const groups = CATEGORIES.map((id) => ({ id, content: id }));
  const items = events.map((e) =>
    e.end
      ? { id: e.id, group: e.category, content: e.title, start: e.start, end: e.end, type: 'range' }
      : { id: e.id, group: e.category, content: e.title, start: e.start, type: 'point' },
  );
  return { groups, items };
}

/**
 * timelines-chart: a group per category, a line per importance within it (30 lines in all), and
 * a segment per event, coloured by category. A point becomes a one-minute segment (drawn at the
 * chart's 1 px minimum width). It takes Dates, not strings; converting them is not timed.
 */
export function toTimelinesChart(events) {
  const lines = new Map();
  for (const category of CATEGORIES) {
    for (let importance = 1; importance <= 5; importance++) {
      lines.set(`${category}/${importance}`, []);
    }
  }
  for (const e of events) {
    const start = new Date(e.start);
    const end = e.end ? new Date(e.end) : new Date(start.getTime() + 60_000);
    lines.get(`${e.category}/${e.importance}`).push({ timeRange: [start, end], val: e.category });
  }
  return CATEGORIES.map((group) => ({
    group,
    data: [1, 2, 3, 4, 5].map((importance) => ({
      label: `importance ${importance}`,
      data: lines.get(`${group}/${importance}`),
    })),
  }));
}
