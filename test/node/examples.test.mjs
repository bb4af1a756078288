// Every example in examples/, as built by scripts/build-examples.mjs, loads in Chromium, draws the
// reference timeline, and runs its event handler when an event is clicked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, serveRepository, waitForMarks } from './browser.mjs';

const examples = ['html', 'vite-ts', 'react', 'vue', 'svelte'];
let server;
let browser;

before(async () => {
  server = await serveRepository();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const name of examples) {
  test(`examples/${name} renders the reference timeline and handles a click`, async () => {
    const page = await openPage(browser);
    await page.goto(server.url(`build/examples/${name}/index.html`), { waitUntil: 'load' });
    const marks = await waitForMarks(page);
    assert.ok(marks >= 5, `${marks} marks drawn`);
    const heading = await page.evaluate(
      () => document.querySelector('ai-timeline').shadowRoot.querySelector('h2')?.textContent,
    );
    assert.equal(heading, "Meta's race for AI talent and models, 2023–2025");
    // Click the first point mark with the mouse, as a reader would.
    const point = await page.evaluate(() => {
      const mark = document
        .querySelector('ai-timeline')
        .shadowRoot.querySelector('[part~="event"][part~="point"]');
      const box = mark.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, id: mark.dataset.id };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      () => !/nothing/.test(document.getElementById('selected').textContent),
      { timeout: 5000 },
    );
    const selected = await page.evaluate(() => document.getElementById('selected').textContent);
    assert.equal(selected, 'Llama 2 released', `clicked ${point.id}`);
    await page.mouse.move(1, 1); // no tooltip in the picture
    await page.screenshot({ path: `build/examples/${name}.png` });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
