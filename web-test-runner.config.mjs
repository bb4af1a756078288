// Tests run in real Chromium. tsc compiles src/ and test/ to build/ first (npm run test:browser).
import { execSync } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { browserControlPlugin } from './test/support/browser-control-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  return undefined; // let chrome-launcher look in its usual places
}

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1, // real mouse and keyboard input needs the one page in front
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
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
  reporters: [defaultReporter(), summaryReporter()],
};
