// One measurement: a library at one size, in a fresh browser context (so a fresh renderer and
// JS heap), under a deadline. Every phase that finishes is kept; the first that does not is
// reported as a timeout and the rest are skipped.
import { frameStats } from './stats.mjs';

class Timeout extends Error {}

const round = (ms) => Math.round(ms * 10) / 10;

/** Settles like `promise`, or rejects with `error` after `ms`; the timer never holds Node up. */
function deadlineRace(promise, ms, error) {
  let timer;
  const expiry = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(error), Math.max(0, ms));
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

/** Total main-thread task time so far, in ms, from the DevTools protocol's counters. */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * metrics.find((m) => m.name === 'TaskDuration').value;
}

/**
 * Measures `lib` with `count` events. Returns a flat record: numbers for what was measured,
 * `status` 'ok', 'timeout in PHASE' or 'error in PHASE: message'.
 */
export async function measure(browser, baseUrl, lib, count, { seed, timeoutMs, screenshots }) {
  const deadline = Date.now() + timeoutMs;
  const result = { lib, n: count, status: 'ok' };
  let phase = 'load';
  const within = (promise) => deadlineRace(promise, deadline - Date.now(), new Timeout());

  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    result.pageErrors = pageErrors;
    await page.setViewport({ width: 1280, height: 720, deviceScaleFactor: 1 });
    await page.emulateTimezone('UTC');
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await within(page.goto(`${baseUrl}/bench/page.html?lib=${lib}`));
    await within(page.waitForFunction(() => window.benchReady === true));
    await within(page.evaluate((n, s) => window.bench.setup(n, s), count, seed));
    result.zoomDriver = await page.evaluate(() => window.bench.zoomDriver);
    result.panDriver = await page.evaluate(() => window.bench.panDriver);

    phase = 'heap baseline';
    const baseline = await within(page.evaluate(() => window.bench.heap()));

    phase = 'first render';
    const render = await within(page.evaluate(() => window.bench.firstRender()));
    result.firstRenderMs = render.ms;
    result.domAfterRender = render.dom;
    if (render.dataErrors !== null) result.dataErrors = render.dataErrors;
    const clip = { x: 0, y: 0, width: 1200, height: 600 };
    const shoot = (name) =>
      screenshots &&
      within(page.screenshot({ path: `${screenshots}/${lib}-${count}-${name}.png`, clip }));
    await shoot('render');

    phase = 'heap';
    result.heapBytes = (await within(page.evaluate(() => window.bench.heap()))) - baseline;

    phase = 'zoom';
    const zoomStart = await mainThreadMs(cdp);
    const zoom = await within(page.evaluate(() => window.bench.zoom()));
    const zoomMain = (await mainThreadMs(cdp)) - zoomStart;
    result.zoom = { ...frameStats(zoom.frames), mainPerStepMs: zoomMain / zoom.frames.length };
    result.zoomWindows = {
      startDays: zoom.startWindowMs / 86_400_000,
      narrowestDays: zoom.narrowestWindowMs / 86_400_000,
      endDays: zoom.endWindowMs / 86_400_000,
    };
    result.domAfterZoom = zoom.domAfter;
    result.zoomFrames = zoom.frames.map(round);

    phase = 'zoom DOM sampling';
    const sampled = await within(page.evaluate(() => window.bench.zoom({ sampleDom: true })));
    result.domMaxZoom = Math.max(sampled.domMax, render.dom, zoom.domAfter);

    phase = 'pan';
    await within(page.evaluate(() => window.bench.panSetup()));
    await shoot('year');
    const panStart = await mainThreadMs(cdp);
    const pan = await within(page.evaluate(() => window.bench.pan()));
    const panMain = (await mainThreadMs(cdp)) - panStart;
    result.pan = { ...frameStats(pan.frames), mainPerStepMs: panMain / pan.frames.length };
    result.panMovedDays = (pan.after[0] - pan.before[0]) / 86_400_000;
    result.panFrames = pan.frames.map(round);
  } catch (error) {
    result.status =
      error instanceof Timeout ? `timeout in ${phase}` : `error in ${phase}: ${error.message}`;
  }
  // A renderer stuck in a long task may not close quickly; the caller restarts the browser then.
  const closed = await deadlineRace(context.close(), 15_000, new Timeout()).then(
    () => true,
    () => false,
  );
  return { result, browserHealthy: closed };
}
