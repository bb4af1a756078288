// The gallery's data sets, derived from the reference data set (demo/meta-ai-2025.en.json) or
// generated: a dense year, TimelineJS JSON and CSV.

/** A deterministic pseudo-random generator (mulberry32), so the dense data set never changes. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function denseData() {
  const next = random(2024);
  const categories = ['release', 'research', 'policy', 'funding', 'people', 'hardware'];
  const subjects = ['model', 'paper', 'chip', 'lab', 'rule', 'round', 'hire', 'benchmark'];
  const verbs = ['announced', 'shipped', 'delayed', 'approved', 'raised', 'opened', 'revised'];
  const pick = (list) => list[Math.floor(next() * list.length)];
  const capitalise = (word) => word[0].toUpperCase() + word.slice(1);
  const events = [];
  for (let i = 1; i <= 300; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 366) * 86_400_000);
    events.push({
      id: `e${i}`,
      start: day.toISOString().slice(0, 10),
      title: `${capitalise(pick(subjects))} ${i} ${pick(verbs)}`,
      category: pick(categories),
      importance: 1 + Math.floor(next() * 5),
    });
  }
  return { title: 'A busy year', events };
}

/** The reference data set as TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html). */
export function timelineJsData(reference) {
  const date = (value) => {
    const [year, month, day] = value.split('-');
    return {
      year,
      ...(month && { month: String(Number(month)) }),
      ...(day && { day: String(Number(day)) }),
    };
  };
  const slide = (event) => ({
    unique_id: event.id,
    start_date: date(event.start),
    ...(event.end && { end_date: date(event.end) }),
    text: { headline: event.title, ...(event.description && { text: event.description }) },
    ...(event.category && { group: event.category }),
  });
  return {
    title: { text: { headline: reference.title, text: 'Exported from TimelineJS' } },
    events: reference.events.filter((e) => e.type !== 'era').map(slide),
    eras: reference.events.filter((e) => e.type === 'era').map(slide),
  };
}

/** The reference data set as CSV (RFC 4180), one column per event field. */
export function csvData(reference, columns) {
  const cell = (value) => {
    const text = value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...reference.events.map((e) => columns.map((c) => e[c]))]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
