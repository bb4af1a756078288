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
