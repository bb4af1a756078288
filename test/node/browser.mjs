// Shared by the Node tests that drive Chromium: a static server on the repository and a
// headless browser (puppeteer-core with the system Chrome; it never downloads one).
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

/** Serves the repository root; resolves to { url(path), stop() }. */
export async function serveRepository() {
  const server = await startDevServer({
    config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    stop: () => server.stop(),
  };
}

export async function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath)
    throw new Error('No Chrome or Chromium found: install one or set CHROME_PATH.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--font-render-hinting=none',
    ],
  });
}

/** Opens a page that records console errors and page errors into `page.problems`. */
export async function openPage(browser, { width = 1200, height = 800 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  page.problems = [];
  page.on('console', (message) => {
    // Failed loads are reported by URL below (the console's message has none).
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) {
      page.problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    page.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  return page;
}

/**
 * Waits until the first <ai-timeline> matching `selector` has drawn marks: events, or clusters
 * standing for several events. Resolves to how many.
 */
const MARKS = '[part~="event"], [part~="cluster"]';

export async function waitForMarks(page, selector = 'ai-timeline') {
  await page.waitForFunction(
    (sel, marks) =>
      (document.querySelector(sel)?.shadowRoot?.querySelectorAll(marks).length ?? 0) > 0,
    { timeout: 15000 },
    selector,
    MARKS,
  );
  return page.evaluate(
    (sel, marks) => document.querySelector(sel).shadowRoot.querySelectorAll(marks).length,
    selector,
    MARKS,
  );
}
