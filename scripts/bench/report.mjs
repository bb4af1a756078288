// Turns the raw measurements into the summary (median over runs), the printed table, the
// peer / ai-timeline ratios and ai-timeline's targets.
import { median, FRAME_BUDGET_MS, FRAME_TOLERANCE_MS } from './stats.mjs';

export const SUBJECT = 'ai-timeline';
const RENDER_TARGET_MS = { 1000: 50, 10000: 150, 100000: 600 };
const DOM_TARGET = 3000;
const BUNDLE_TARGET_BYTES = 40 * 1024;

/** The numbers summarised per library and size; DOM counts take the largest run. */
const METRICS = [
  ['firstRenderMs', median],
  ['heapBytes', median],
  ['domAfterRender', (v) => Math.max(...v)],
  ['domMaxZoom', (v) => Math.max(...v)],
  ['zoom.median', median],
  ['zoom.p95', median],
  ['zoom.over', median],
  ['zoom.mainPerStepMs', median],
  ['pan.median', median],
  ['pan.p95', median],
  ['pan.over', median],
  ['pan.mainPerStepMs', median],
];

const get = (object, path) => path.split('.').reduce((value, key) => value?.[key], object);

function set(object, path, value) {
  const keys = path.split('.');
  const last = keys.pop();
  let target = object;
  for (const key of keys) target = target[key] ??= {};
  target[last] = value;
}

/** One summary row per (library, N): medians over the runs that got that far. */
export function summarise(results, libs, sizes) {
  const rows = [];
  for (const n of sizes) {
    for (const lib of libs) {
      const runs = results.filter((r) => r.lib === lib && r.n === n);
      if (runs.length === 0) continue;
      const row = { lib, n, runs: runs.length, status: [...new Set(runs.map((r) => r.status))] };
      row.zoomDriver = runs[0].zoomDriver;
      row.panDriver = runs[0].panDriver;
      for (const [path, combine] of METRICS) {
        const values = runs.map((r) => get(r, path)).filter((v) => typeof v === 'number');
        set(row, path, values.length > 0 ? combine(values) : null);
      }
      rows.push(row);
    }
  }
  return rows;
}

const ms = (value) => (value === null || value === undefined ? null : value.toFixed(1));
const integer = (value) => (value === null || value === undefined ? null : String(value));
const megabytes = (value) => (value === null ? null : (value / 1048576).toFixed(1));

/** What to show where a number is missing: why it is missing. */
function missing(row) {
  const problem = row.status.find((s) => s !== 'ok') ?? '';
  return problem.startsWith('timeout') ? 'timeout' : problem ? 'error' : '–';
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd : c.padStart).call(c, widths[i]));
  return [line(header).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')]
    .concat(rows.map((r) => line(r).join('  ')))
    .join('\n');
}

export function formatSummary(rows) {
  const header = [
    'library',
    'N',
    'render ms',
    'zoom med',
    'zoom p95',
    'zoom >16.7',
    'zoom main/step',
    'pan med',
    'pan p95',
    'pan >16.7',
    'pan main/step',
    'DOM render',
    'DOM max zoom',
    'heap MB',
    'status',
  ];
  const body = rows.map((row) => {
    const show = (text) => text ?? missing(row);
    return [
      row.lib,
      String(row.n),
      show(ms(row.firstRenderMs)),
      show(ms(row.zoom.median)),
      show(ms(row.zoom.p95)),
      show(integer(row.zoom.over)),
      show(ms(row.zoom.mainPerStepMs)),
      show(ms(row.pan.median)),
      show(ms(row.pan.p95)),
      show(integer(row.pan.over)),
      show(ms(row.pan.mainPerStepMs)),
      show(integer(row.domAfterRender)),
      show(integer(row.domMaxZoom)),
      show(megabytes(row.heapBytes)),
      row.status.join('; ') + (row.runs > 1 ? ` (${row.runs} runs)` : ''),
    ];
  });
  return table(header, body);
}

/** The timings compared between libraries: lower is faster. */
const TIMINGS = [
  ['first render', 'firstRenderMs'],
  ['zoom frame p95', 'zoom.p95'],
  ['zoom main-thread/step', 'zoom.mainPerStepMs'],
  ['pan frame p95', 'pan.p95'],
  ['pan main-thread/step', 'pan.mainPerStepMs'],
];

/** peer / ai-timeline for each timing: above 1 means ai-timeline is faster. */
export function ratios(rows) {
  const out = [];
  for (const subject of rows.filter((r) => r.lib === SUBJECT)) {
    for (const peer of rows.filter((r) => r.lib !== SUBJECT && r.n === subject.n)) {
      const entry = { peer: peer.lib, n: subject.n };
      for (const [name, path] of TIMINGS) {
        const ours = get(subject, path);
        const theirs = get(peer, path);
        entry[name] =
          typeof ours === 'number' && typeof theirs === 'number' && ours > 0
            ? theirs / ours
            : typeof ours === 'number' && theirs === null && missing(peer) === 'timeout'
              ? 'peer timeout'
              : null;
      }
      out.push(entry);
    }
  }
  return out;
}

export function formatRatios(entries) {
  const header = ['peer', 'N', ...TIMINGS.map(([name]) => name)];
  const body = entries.map((e) => [
    e.peer,
    String(e.n),
    ...TIMINGS.map(([name]) =>
      typeof e[name] === 'number' ? `${e[name].toFixed(2)}×` : (e[name] ?? '–'),
    ),
  ]);
  return table(header, body);
}

/**
 * ai-timeline's targets, each PASS or MISS (or 'not run'). Frame times are vsync-quantised, so a
 * frame target passes within FRAME_TOLERANCE_MS of the budget, and against a peer a frame p95
 * passes when it is no higher (a tie at one vsync is as fast as a frame can be); first render
 * and main-thread time must be strictly lower. A peer that timed out counts as slower.
 */
export function targets(rows, bundle, sizes) {
  const out = [];
  const add = (name, pass, detail) =>
    out.push({ target: name, result: pass === null ? 'not run' : pass ? 'PASS' : 'MISS', detail });
  const ours = (n) => rows.find((r) => r.lib === SUBJECT && r.n === n);
  const frameOk = (value) => value !== null && value <= FRAME_BUDGET_MS + FRAME_TOLERANCE_MS;

  for (const n of sizes) {
    const row = ours(n);
    const limit = RENDER_TARGET_MS[n];
    if (limit !== undefined) {
      const value = row?.firstRenderMs ?? null;
      add(
        `first render ≤ ${limit} ms at ${n}`,
        row ? value !== null && value <= limit : null,
        row && (ms(value) ?? missing(row)),
      );
    }
  }
  for (const n of sizes) {
    const row = ours(n);
    add(
      `zoom p95 frame ≤ ${FRAME_BUDGET_MS} ms at ${n}`,
      row ? frameOk(row.zoom.p95) : null,
      row && (ms(row.zoom.p95) ?? missing(row)),
    );
    add(
      `pan p95 frame ≤ ${FRAME_BUDGET_MS} ms at ${n}`,
      row ? frameOk(row.pan.p95) : null,
      row && (ms(row.pan.p95) ?? missing(row)),
    );
  }
  for (const n of sizes) {
    const row = ours(n);
    const counts = [row?.domAfterRender, row?.domMaxZoom].filter((v) => typeof v === 'number');
    // Both counts are needed: the largest DOM is usually at the full view or deep in the zoom.
    const dom = counts.length === 2 ? Math.max(...counts) : null;
    add(
      `≤ ${DOM_TARGET} elements in the shadow root at ${n}`,
      row ? dom !== null && dom <= DOM_TARGET : null,
      row && (integer(dom) ?? missing(row)),
    );
  }
  add(
    `bundle ≤ 40 KB min+gzip`,
    bundle ? bundle.gzipBytes <= BUNDLE_TARGET_BYTES : null,
    bundle ? `${(bundle.gzipBytes / 1024).toFixed(1)} KB` : null,
  );
  for (const n of sizes) {
    const row = ours(n);
    const peers = rows.filter((r) => r.lib !== SUBJECT && r.n === n);
    if (!row || peers.length === 0) {
      add(`faster than every peer on every timing at ${n}`, null, null);
      continue;
    }
    const losses = [];
    for (const peer of peers) {
      for (const [name, path] of TIMINGS) {
        const a = get(row, path);
        const b = get(peer, path);
        const frame = name.includes('frame');
        const faster =
          a !== null &&
          (b === null ? missing(peer) === 'timeout' : frame ? a <= b + FRAME_TOLERANCE_MS : a < b);
        if (!faster) losses.push(`${name} vs ${peer.lib}`);
      }
    }
    add(
      `faster than ${peers.map((p) => p.lib).join(' and ')} on every timing at ${n}`,
      losses.length === 0,
      losses.length ? `slower or not measured: ${losses.join(', ')}` : 'all',
    );
  }
  return out;
}

export function formatTargets(entries) {
  return entries
    .map((t) => `${t.result.padEnd(7)} ${t.target}${t.detail ? `  (${t.detail})` : ''}`)
    .join('\n');
}
