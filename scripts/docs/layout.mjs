// The layout every page of the site shares: header with the site's menu, main, footer; and for
// the guide pages, the documentation's menu beside the text.
import { escape } from './markdown.mjs';
import { GUIDES } from './guides.mjs';

/** The site's menu: [file, label, the files for which it is the current entry]. */
const MENU = [
  ['index.html', 'Home'],
  ['using.html', 'Guide', GUIDES.filter(([name]) => name !== 'api').map(([n]) => `${n}.html`)],
  ['api.html', 'API'],
  ['playground.html', 'Playground'],
  ['gallery.html', 'Gallery'],
  ['demo/index.html', 'Demo article'],
];

export function layout({ file, title, body, pkg, cdn }) {
  const nav = MENU.map(([href, label, also = []]) => {
    const current = href === file || also.includes(file);
    return `<a href="${href}"${current ? ' aria-current="page"' : ''}>${label}</a>`;
  }).join('\n        ');
  return `<!doctype html>
<html lang="en" data-cdn="${cdn}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · ai-timeline</title>
    <meta name="description" content="${escape(pkg.description)}" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="site.css" />
    <script type="module" src="ai-timeline.min.js"></script>
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="index.html">ai-timeline</a>
      <nav aria-label="Site">
        ${nav}
      </nav>
    </header>
    <main>
${body}
    </main>
    <footer>
      ai-timeline ${escape(pkg.version)} · MIT licence · <code>npm install ai-timeline</code>
    </footer>
  </body>
</html>
`;
}

/** A guide page's body: the documentation's menu (with this page's sections) and the text. */
export function guideBody(name, page) {
  const items = GUIDES.map(([other, label]) => {
    if (other !== name) return `<li><a href="${other}.html">${escape(label)}</a></li>`;
    const sections = page.headings
      .map((h) => `<li><a href="#${escape(h.id)}">${escape(h.text)}</a></li>`)
      .join('');
    return `<li><a href="${other}.html" aria-current="page">${escape(label)}</a>${
      sections ? `<ul>${sections}</ul>` : ''
    }</li>`;
  }).join('\n');
  return `<div class="doc">
<nav class="doc-nav" aria-label="Documentation"><ul>
${items}
</ul></nav>
<article class="guide${name === 'api' ? ' api' : ''}">
${page.html}
</article>
</div>`;
}

/** Cards for the guide pages (on the home page). */
export const guideCards = () =>
  `<ul class="cards">\n${GUIDES.map(
    ([name, label, summary]) =>
      `  <li><a href="${name}.html"><strong>${escape(label)}</strong> ${escape(summary)}</a></li>`,
  ).join('\n')}\n</ul>`;
