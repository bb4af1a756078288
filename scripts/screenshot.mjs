// Screenshots of the demo in headless Chromium: the README's picture and the views to check by
// eye (English and Italian, light and dark, a dense zoom, the list view, Arabic). Usage:
//   node scripts/screenshot.mjs                 -> docs/screenshot.png, docs/screenshot-phone.png
//   node scripts/screenshot.mjs --all out-dir   -> every view into out-dir
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const all = process.argv.includes('--all');
const outDir = all ? (process.argv[process.argv.indexOf('--all') + 1] ?? 'screenshots') : 'docs';
if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath:
    findChrome() ?? fail('No Chrome or Chromium found: install one or set CHROME_PATH.'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});

const views = all
  ? [
      ['en-light', ''],
      ['it-light', 'lang=it'],
      ['en-dark', 'theme=dark'],
      ['it-dark', 'lang=it&theme=dark'],
      ['en-june', 'from=2025-06-01&to=2025-07-05'],
      ['en-june-dark', 'theme=dark&from=2025-06-01&to=2025-07-05'],
      ['it-june-selected', 'lang=it&from=2025-06-08&to=2025-07-02&select=scale-ai'],
      ['en-late-june', 'from=2025-06-20&to=2025-07-01'],
      ['en-narrow', 'width=420'],
      ['ar-light', 'locale=ar&dir=rtl'],
      ['ar-dark-selected', 'locale=ar&dir=rtl&theme=dark&select=scale-ai'],
      ['en-forced-colors', 'forced=1'],
      ['en-360', 'width=360'],
      ['it-360-dark', 'width=360&lang=it&theme=dark'],
      ['en-360-june', 'width=360&from=2025-06-01&to=2025-07-05'],
      ['ar-360', 'width=360&locale=ar&dir=rtl'],
      ['en-360-forced', 'width=360&forced=1&select=scale-ai'],
      ['en-320', 'width=320'],
      ['en-list', 'view=list'],
      ['en-list-dark-selected', 'view=list&theme=dark&select=scale-ai'],
      ['it-list', 'lang=it&view=list'],
      ['ar-list', 'view=list&locale=ar&dir=rtl'],
    ]
  : [
      ['screenshot', 'select=scale-ai&from=2025-03-25&to=2025-07-10'],
      // On a phone: vertical, June 2025.
      ['screenshot-phone', 'width=360&from=2025-06-01&to=2025-07-05'],
    ];
// --only a,b: just those views (by name).
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1].split(',')
  : null;

let failed = false;

function fail(message) {
  throw new Error(message);
}
for (const [name, query] of views) {
  if (only && !only.includes(name)) continue;
  const page = await browser.newPage();
  const params = new URLSearchParams(query);
  await page.setViewport({
    width: Number(params.get('width') ?? 1200),
    height: 900,
    deviceScaleFactor: 1,
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      console.log(`[${name}] console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    failed = true;
    console.log(`[${name}] page error: ${error.message}`);
  });
  // Windows high contrast and other forced-colour modes.
  if (params.get('forced')) {
    // Through CDP: puppeteer's emulateMediaFeatures does not know forced-colors.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
  }
  await page.goto(`http://127.0.0.1:${port}/demo/?${query}`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 600));
  const file = `${outDir}/${name}.png`;
  // The phone picture is of the timeline alone; the others show it in its page.
  const timeline = name.endsWith('-phone') ? await page.$('ai-timeline') : null;
  if (timeline) await timeline.screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
await server.stop();
process.exit(failed ? 1 : 0);
