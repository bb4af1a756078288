// The in-page half of the benchmark: the Node side (scripts/bench.mjs) opens bench/page.html
// with ?lib=NAME and calls these functions through `window.bench`, one measurement at a time.
/* global window, document, URLSearchParams, performance, requestAnimationFrame, setTimeout, WheelEvent, PointerEvent, MouseEvent */
import { makeEvents, DAY_MS } from './data.mjs';
import { adapters } from './adapters.mjs';

const ZOOM_STEPS = 60; // each way
const PAN_STEPS = 60;
const PAN_STEP_PX = 10;
const YEAR_MS = 365.25 * DAY_MS;

const lib = new URLSearchParams(window.location.search).get('lib');
const adapter = adapters[lib]();
const view = document.getElementById('view');
let payload = null;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been produced: the rAF callback runs before that frame's
 * style, layout and paint, and a task queued from it runs after them. */
const afterNextPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The element under (x, y), looking inside open shadow roots, as a real pointer would hit. */
function deepElementFromPoint(x, y) {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/**
 * Runs `step(i)` for i = 0 … steps-1, one per animation frame, and returns the frame times: the
 * deltas between successive rAF timestamps, so delta i covers the frame that carried step i
 * (its input, script, style, layout and paint, and any work the library deferred into it).
 */
function framedSteps(steps, step, onFrame) {
  return new Promise((resolve, reject) => {
    const deltas = [];
    let i = 0;
    let last = null;
    const tick = (timestamp) => {
      try {
        if (last !== null) deltas.push(timestamp - last);
        last = timestamp;
        onFrame?.(i);
        if (i === steps) return resolve(deltas);
        step(i++);
        requestAnimationFrame(tick);
      } catch (error) {
        reject(error);
      }
    };
    requestAnimationFrame(tick);
  });
}

const pointerInit = (x, y, buttons) => ({
  bubbles: true,
  cancelable: true,
  composed: true,
  view: window,
  clientX: x,
  clientY: y,
  screenX: x,
  screenY: y,
  buttons,
});

/** A browser's event pair for one pointer action: the pointer event, then the mouse event. */
function pointerAction(kind, x, y) {
  const target = deepElementFromPoint(x, y);
  const buttons = kind === 'up' ? 0 : 1;
  const button = kind === 'move' ? -1 : 0;
  target.dispatchEvent(
    new PointerEvent(`pointer${kind}`, {
      ...pointerInit(x, y, buttons),
      button,
      pointerId: 1,
      pointerType: 'mouse',
      isPrimary: true,
    }),
  );
  target.dispatchEvent(
    new MouseEvent(`mouse${kind}`, { ...pointerInit(x, y, buttons), button: Math.max(0, button) }),
  );
}

/** A Ctrl + wheel event at (x, y); `deltas` is { deltaY, wheelDeltaY? } from the adapter. */
function wheelAt(x, y, deltas) {
  const event = new WheelEvent('wheel', {
    ...pointerInit(x, y, 0),
    ...deltas,
    deltaMode: WheelEvent.DOM_DELTA_PIXEL,
    ctrlKey: true,
  });
  deepElementFromPoint(x, y).dispatchEvent(event);
}

function centreOf(rect) {
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
}

async function settle(frames = 3) {
  for (let i = 0; i < frames; i++) await afterNextPaint();
}

window.bench = {
  lib,
  zoomDriver: adapter.zoomDriver,
  panDriver: adapter.panDriver,

  /** Loads the library, makes the events and the library's own form of them (not timed), and
   * mounts the component empty. */
  async setup(count, seed) {
    await adapter.load();
    const events = makeEvents(count, seed);
    payload = adapter.prepare(events);
    await adapter.mount(view);
    await settle();
    return { events: events.length };
  },

  /** Milliseconds from handing over the data to the end of the first frame that shows marks. */
  async firstRender() {
    const start = performance.now();
    adapter.setData(payload);
    for (;;) {
      await afterNextPaint();
      if (adapter.isRendered()) break;
    }
    const ms = performance.now() - start;
    await settle();
    const dataErrors = adapter.dataErrors?.() ?? null;
    return { ms, dom: adapter.domCount(), window: adapter.window(), dataErrors };
  },

  /** JS heap in bytes after two full garbage collections. */
  async heap() {
    window.gc();
    window.gc();
    await nextFrame();
    return performance.memory.usedJSHeapSize;
  },

  /**
   * 60 steps from the first (full) view down to one day around the middle of the plot, then 60
   * back. Each step's size is worked out from where the view is, so every library goes through
   * the same geometric sequence of windows (and rounding in a wheel delta never accumulates).
   * With `sampleDom`, counts elements at every frame instead of timing (a separate pass, so the
   * counting never weighs on the timed frames).
   */
  async zoom({ sampleDom = false } = {}) {
    const [w0, w1] = adapter.window();
    const fullWidth = w1 - w0;
    const centreTime = (w0 + w1) / 2;
    const ratio = Math.pow(DAY_MS / fullWidth, 1 / ZOOM_STEPS);
    const target = (i) => fullWidth * Math.pow(ratio, i <= ZOOM_STEPS ? i : 2 * ZOOM_STEPS - i);
    const [x, y] = centreOf(adapter.plotRect());
    let narrowest = Infinity;
    let domMax = 0;
    const step = (i) => {
      const [a, b] = adapter.window();
      narrowest = Math.min(narrowest, b - a);
      const next = target(i + 1);
      if (adapter.zoomDriver === 'wheel') {
        wheelAt(x, y, adapter.wheel(next / (b - a)));
      } else {
        adapter.setWindow(centreTime - next / 2, centreTime + next / 2);
      }
    };
    const onFrame = sampleDom ? () => (domMax = Math.max(domMax, adapter.domCount())) : null;
    const frames = await framedSteps(2 * ZOOM_STEPS, step, onFrame);
    await settle();
    const [a, b] = adapter.window();
    return {
      frames,
      domMax,
      domAfter: adapter.domCount(),
      startWindowMs: fullWidth,
      narrowestWindowMs: Math.min(narrowest, b - a),
      endWindowMs: b - a,
    };
  },

  /** Shows one year around the middle of the span, ready for the pan. */
  async panSetup() {
    const [w0, w1] = adapter.window();
    const middle = (w0 + w1) / 2;
    adapter.setWindow(middle - YEAR_MS / 2, middle + YEAR_MS / 2);
    await settle(5);
    return adapter.window();
  },

  /**
   * A 60-step drag, 10 px to the left per frame (later dates come into view). Libraries without
   * drag panning move their window by the same share of its width through their API.
   */
  async pan() {
    const rect = adapter.plotRect();
    const [cx, y] = centreOf(rect);
    const before = adapter.window();
    let x = cx + (PAN_STEPS * PAN_STEP_PX) / 2;
    let step;
    if (adapter.panDriver === 'drag') {
      pointerAction('down', x, y);
      step = () => {
        x -= PAN_STEP_PX;
        pointerAction('move', x, y);
      };
    } else {
      const [a, b] = before;
      const shift = ((b - a) * PAN_STEP_PX) / rect.width;
      step = (i) => adapter.setWindow(a + shift * (i + 1), b + shift * (i + 1));
    }
    const frames = await framedSteps(PAN_STEPS, step);
    if (adapter.panDriver === 'drag') pointerAction('up', x, y);
    await settle();
    return { frames, before, after: adapter.window(), dom: adapter.domCount() };
  },
};
window.benchReady = true;
