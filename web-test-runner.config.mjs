// Tests run in real Chromium. tsc compiles src/ and test/ to build/ first (npm run test:browser).
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { browserControlPlugin } from './test/support/browser-control-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { findChrome } from './scripts/find-chrome.mjs';

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1, // real mouse and keyboard input needs the one page in front
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(), // undefined: chrome-launcher looks in its usual places
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
        ],
      },
    }),
  ],
  plugins: [browserControlPlugin()],
  middleware: [
    // /__generated/events.csv?rows=N (or .json): N generated events, for tests of long inputs
    // (made on request, so no large file is committed).
    async function generated(context, next) {
      const match = /^\/__generated\/events\.(csv|json)(?:\?rows=(\d+))?$/.exec(context.url);
      if (!match) return next();
      const rows = Number(match[2] ?? 1000);
      const day = (i) => new Date(Date.UTC(1900, 0, 1) + i * 36e5 * 10).toISOString().slice(0, 10);
      if (match[1] === 'csv') {
        const lines = ['id,start,title,category,importance'];
        for (let i = 0; i < rows; i++) {
          lines.push(`r${i},${day(i)},"Event ${i}, generated",c${i % 7},${(i % 5) + 1}`);
        }
        context.type = 'text/csv';
        context.body = lines.join('\n');
      } else {
        const events = [];
        for (let i = 0; i < rows; i++) {
          events.push({ id: `r${i}`, start: day(i), title: `Event ${i}`, category: `c${i % 7}` });
        }
        context.type = 'application/json';
        context.body = JSON.stringify({ events });
      }
    },
    // Pages under /test/csp/ are served with the strict Content-Security-Policy (and Trusted
    // Types) that the element must work under.
    async function strictCsp(context, next) {
      await next();
      if (context.path.startsWith('/test/csp/')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html",
        );
      }
    },
    // /__slow/<path> serves <path> after a delay, for tests of requests overtaken by newer ones.
    async function slow(context, next) {
      if (context.url.startsWith('/__slow/')) {
        await new Promise((resolve) => setTimeout(resolve, 600));
        context.url = context.url.slice('/__slow'.length);
      }
      return next();
    },
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
