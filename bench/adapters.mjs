// One adapter per library: how to load it, mount it empty, give it data, read its visible
// window and drive it. The harness (harness.mjs) only ever talks to these.
/* global document, customElements, window */
import { SPAN_START, SPAN_END, toVisTimeline, toTimelinesChart } from './data.mjs';

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function loadStyle(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

/** ai-timeline: the CDN bundle, driven like a reader would (Ctrl + wheel, drag). */
function aiTimeline() {
  let el;
  let dataErrors = 0;
  let loaded = false;
  return {
    zoomDriver: 'wheel',
    panDriver: 'drag',
    async load() {
      await import('/dist/ai-timeline.min.js');
      await customElements.whenDefined('ai-timeline');
    },
    async mount(view) {
      el = document.createElement('ai-timeline');
      // Fill the 1200 × 600 view: the plot takes what the header and legend leave.
      el.style.cssText = 'display:block;width:1200px;--ai-timeline-plot-height:500px';
      // Rows rejected or corrected: should stay 0, or the element is not showing every event.
      el.addEventListener('ai-timeline-error', (e) => (dataErrors += e.detail.errors.length));
      el.addEventListener('ai-timeline-load', () => (loaded = true));
      view.append(el);
      await el.updateComplete;
    },
    prepare: (events) => events,
    setData(events) {
      el.events = events;
    },
    dataErrors: () => dataErrors,
    // The element draws its plot in the same update that fires ai-timeline-load (and, at high
    // counts, may draw clusters rather than single marks), so the event says the marks are in.
    isRendered: () => loaded,
    domCount: () => el.shadowRoot.querySelectorAll('*').length,
    window() {
      const { start, end } = el.visibleRange;
      return [start.getTime(), end.getTime()];
    },
    plotRect: () => el.shadowRoot.querySelector('[part="plot-svg"]').getBoundingClientRect(),
    /**
     * d3-zoom as configured in src/controllers/zoom-controller.ts: a Ctrl + wheel with pixel
     * deltas under 50 scales by 2^(-deltaY · 0.002 · 10), at most ×2 per event.
     */
    wheel: (factor) => ({ deltaY: Math.log2(factor) / 0.02 }),
    setWindow(start, end) {
      el.zoomTo(start, end, { animate: false });
    },
  };
}

/** vis-timeline: the standalone UMD build, a group per category, items stacked. */
function visTimeline() {
  let timeline;
  let view;
  return {
    zoomDriver: 'wheel',
    panDriver: 'drag',
    async load() {
      await loadStyle('/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css');
      await loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
    },
    async mount(container) {
      view = container;
      timeline = new window.vis.Timeline(view, [], [], {
        width: '1200px',
        height: '600px',
        start: SPAN_START,
        end: SPAN_END,
        stack: true,
        zoomKey: 'ctrlKey', // zoom on Ctrl + wheel, as ai-timeline does
        showCurrentTime: false, // its clock would redraw on a timer during the measurements
        verticalScroll: false,
        horizontalScroll: false,
      });
    },
    prepare: toVisTimeline,
    setData({ groups, items }) {
      timeline.setData({ groups, items });
    },
    isRendered: () => view.querySelector('.vis-item') !== null,
    domCount: () => view.querySelectorAll('*').length,
    window() {
      const { start, end } = timeline.getWindow();
      return [start.getTime(), end.getTime()];
    },
    plotRect: () => view.querySelector('.vis-panel.vis-center').getBoundingClientRect(),
    /**
     * vis-timeline's Range._onMouseWheel reads the legacy `wheelDelta`: delta = wheelDelta / 120,
     * and the window scales by 1 / (1 + delta / 5) zooming in, 1 - delta / 5 zooming out
     * (zoomFriction 5). Chrome's own wheel events carry ±120 per event whatever their deltaY, so
     * we set wheelDelta to the value that gives this step's factor (and deltaY to match it, at
     * Chrome's 100 px per 120).
     */
    wheel(factor) {
      const delta = factor < 1 ? 5 * (1 / factor - 1) : 5 * (1 - factor);
      const wheelDeltaY = Math.round(120 * delta);
      return { deltaY: -wheelDeltaY / 1.2, wheelDeltaY };
    },
    setWindow(start, end) {
      timeline.setWindow(start, end, { animation: false });
    },
  };
}

/**
 * timelines-chart: the UMD build, a group per category and a line per importance. It has no
 * wheel zoom and no drag pan (a drag selects a range to zoom to), so zoom and pan go through
 * zoomX(), one window per frame.
 */
function timelinesChart() {
  let chart;
  let view;
  return {
    zoomDriver: 'api',
    panDriver: 'api',
    async load() {
      await loadScript('/node_modules/timelines-chart/dist/timelines-chart.min.js');
    },
    async mount(container) {
      view = container;
      // Kapsule components take their options before they attach to an element.
      chart = window
        .TimelinesChart()
        .width(1200)
        .maxHeight(600)
        .enableOverview(false) // no second, overview chart: one view, like the others
        .enableAnimations(false) // no 700 ms transitions: wheel zooms in the others are instant
        .zQualitative(true);
      chart(view);
    },
    prepare: toTimelinesChart,
    setData(groups) {
      chart.data(groups);
    },
    isRendered: () => view.querySelector('rect.series-segment') !== null,
    domCount: () => view.querySelectorAll('*').length,
    window() {
      const [start, end] = chart.zoomX();
      return start && end ? [+start, +end] : [SPAN_START, SPAN_END];
    },
    plotRect: () => view.querySelector('svg').getBoundingClientRect(),
    wheel: null,
    setWindow(start, end) {
      chart.zoomX([new Date(start), new Date(end)]);
    },
  };
}

export const adapters = {
  'ai-timeline': aiTimeline,
  'vis-timeline': visTimeline,
  'timelines-chart': timelinesChart,
};
