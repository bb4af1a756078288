// Finds the Chrome or Chromium to drive: CHROME_PATH, else the first one on the PATH.
import { execSync } from 'node:child_process';

export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  return undefined;
}
