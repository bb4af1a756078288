// Server rendering: importing in plain Node, rendering with @lit-labs/ssr, and the browser
// upgrading the server's HTML in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser, openPage, serveRepository, waitForMarks } from './browser.mjs';

const reference = JSON.parse(readFileSync('demo/meta-ai-2025.en.json', 'utf8'));

test('importing every entry point in plain Node does not throw', () => {
  // A fresh process, so that nothing (such as @lit-labs/ssr) has installed DOM shims first.
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const main = await import('ai-timeline');
       const react = await import('ai-timeline/react');
       await import('ai-timeline/jsx');
       console.log(typeof main.AiTimeline, typeof react.AiTimeline, typeof document);`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(out.trim(), 'function object undefined');
});

test('React server rendering of ai-timeline/react does not throw', () => {
  // As in a React SSR framework: the component renders its tag; the client sets the properties.
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { renderToString } = await import('react-dom/server');
       const { createElement } = await import('react');
       const { AiTimeline } = await import('ai-timeline/react');
       const events = [{ start: '2025-06-12', title: 'x' }];
       process.stdout.write(renderToString(
         createElement('main', null, createElement(AiTimeline, { events, onSelect: () => {} })),
       ));`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(out, '<main><ai-timeline></ai-timeline></main>');
});

/** Renders a template with @lit-labs/ssr, the way SSR frameworks do. */
async function ssr(template) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  await import('ai-timeline');
  return collectResult(render(template));
}

/** The static list's items, as text, in document order. */
function listItems(markup) {
  const list = markup.match(/<ol class="ssr-list">([\s\S]*?)<\/ol>/)?.[1] ?? '';
  return [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => ({
    datetime: item.match(/datetime="([^"]*)"/)?.[1],
    text: item
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

test('@lit-labs/ssr renders the heading and the events as a chronological list', async () => {
  const { html } = await import('lit');
  const markup = await ssr(
    html`<ai-timeline heading=${reference.title} .events=${reference.events}></ai-timeline>`,
  );
  assert.match(markup, /<ai-timeline[^>]*heading="Meta&#39;s race for AI talent/);
  assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(
    markup,
    /<h2 part="heading" id="heading">(<!--[^>]*-->)*Meta&#39;s race for AI talent/,
  );
  const items = listItems(markup);
  assert.equal(items.length, reference.events.length);
  // Chronological: by start date, whatever the input order.
  const starts = items.map((item) => item.datetime);
  const sorted = [...starts].sort((a, b) => Date.parse(a) - Date.parse(b));
  assert.deepEqual(starts, sorted);
  const scale = items.find((item) => item.text.includes('49% stake in Scale AI'));
  assert.ok(scale, 'the Scale AI event is listed');
  assert.match(scale.text, /^June 1[23], 2025 49% stake in Scale AI · investment$/);
  // A month-precision date reads as a month.
  assert.ok(items.some((item) => /^June 2025 /.test(item.text)));
});

test('the static list uses the events attribute, the locale and category labels, and escapes text', async () => {
  const { html } = await import('lit');
  const rows = [
    { id: 'b', start: '2025-06-12', title: 'Second <img src=x onerror=alert(1)>', category: 'm' },
    { id: 'a', start: '2025-04', title: 'First' },
    { id: 'bad', title: 'No start' },
  ];
  const markup = await ssr(
    html`<ai-timeline
      locale="it"
      heading="Cronologia"
      events=${JSON.stringify(rows)}
      .categories=${{ m: { label: 'Modelli' } }}
    ></ai-timeline>`,
  );
  const items = listItems(markup);
  assert.deepEqual(
    items.map((item) => item.text),
    ['aprile 2025 First', '12 giugno 2025 Second &lt;img src=x onerror=alert(1)&gt; · Modelli'],
  );
  assert.doesNotMatch(markup, /<img/);
});

test('with no events, the server renders the empty state, or the loading state for src', async () => {
  const { html } = await import('lit');
  assert.match(await ssr(html`<ai-timeline></ai-timeline>`), /No events to show/);
  assert.match(await ssr(html`<ai-timeline src="x.json"></ai-timeline>`), /Loading events/);
});

test('the browser shows the server HTML, then upgrades the same element in place', async (t) => {
  const { html } = await import('lit');
  const markup = await ssr(
    html`<ai-timeline
      heading=${reference.title}
      events=${JSON.stringify(reference.events)}
    ></ai-timeline>`,
  );
  mkdirSync('build/ssr', { recursive: true });
  // No script: the page as a reader sees it before the library loads.
  writeFileSync(
    'build/ssr/index.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>${markup}</body></html>`,
  );
  const server = await serveRepository();
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await server.stop();
  });
  const page = await openPage(browser);
  await page.goto(server.url('build/ssr/index.html'), { waitUntil: 'load' });
  const before = await page.evaluate(() => {
    const el = document.querySelector('ai-timeline');
    window.serverElement = el;
    window.serverRoot = el.shadowRoot;
    const items = [...(el.shadowRoot?.querySelectorAll('li') ?? [])];
    return {
      defined: customElements.get('ai-timeline') !== undefined,
      heading: el.shadowRoot?.querySelector('h2')?.textContent,
      visibleItems: items.filter((li) => li.getBoundingClientRect().height > 0).length,
    };
  });
  assert.deepEqual(before, {
    defined: false,
    heading: reference.title,
    visibleItems: reference.events.length,
  });
  await page.screenshot({ path: 'build/ssr/before.png' });

  await page.addScriptTag({ type: 'module', url: server.url('dist/ai-timeline.min.js') });
  const marks = await waitForMarks(page);
  assert.ok(marks >= 5, `${marks} marks drawn`);
  const after = await page.evaluate(() => {
    const el = document.querySelector('ai-timeline');
    return {
      sameElement: el === window.serverElement,
      sameRoot: el.shadowRoot === window.serverRoot,
      staticList: el.shadowRoot.querySelectorAll('.ssr-list').length,
      headings: el.shadowRoot.querySelectorAll('h2').length,
    };
  });
  assert.deepEqual(after, { sameElement: true, sameRoot: true, staticList: 0, headings: 1 });
  await page.screenshot({ path: 'build/ssr/after.png' });
  assert.deepEqual(page.problems, []);
});
