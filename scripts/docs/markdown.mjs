// A small Markdown renderer for the guide pages in docs/guide/ (no dependency): the subset they
// use, which GitHub renders the same way. Blocks: ATX headings (with GitHub's anchor ids), fenced
// code, pipe tables, `-` and `1.` lists (one level; continuation lines indented), `>` notes,
// HTML comments on their own line (dropped), paragraphs. Inline: `code`, **strong**, *em*,
// [links](url) and <br>. Every other character is text: nothing in a guide is parsed as HTML.

export const escape = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The text of a heading as GitHub sees it for its anchor (links and emphasis reduced to text). */
const plain = (text) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim();

/**
 * Inline Markdown to HTML. `link(href)` maps each link target (returns the href to use, or null
 * to keep only the text).
 */
export function inline(text, link) {
  return text
    .split(/(`+)([\s\S]*?[^`])\1(?!`)/)
    .map((piece, i) => {
      if (i % 3 === 1) return '';
      if (i % 3 === 2) return `<code>${escape(piece)}</code>`;
      return escape(piece)
        .replace(/&lt;br&gt;/g, '<br>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?![*\w])/g, '$1<em>$2</em>');
    })
    .join('')
    .replace(/\[((?:[^\]]|<code>[^<]*<\/code>)+)\]\(([^)\s]+)\)/g, (all, label, href) => {
      const target = link(href.replace(/&amp;/g, '&'));
      return target === null ? label : `<a href="${escape(target)}">${label}</a>`;
    });
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

/**
 * Markdown to HTML. Returns `{ html, title, headings }`: the first `#` heading is the page title
 * (and is rendered as the page's `h1`); `headings` are the `##` ones, for a table of contents.
 */
export function markdown(source, { link = (href) => href } = {}) {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const out = [];
  const headings = [];
  let title = '';
  let i = 0;
  const text = (t) => inline(t, link);
  const isBlockStart = (line) =>
    /^(#{1,6} |```|\||> |- |\d+\. |<!--)/.test(line) || line.trim() === '';

  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const language = line.slice(3).trim();
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
      i++;
      const cls = language ? ` class="language-${escape(language)}"` : '';
      out.push(`<pre><code${cls}>${escape(body.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.match(/^#+/)[0].length;
      const content = line.slice(level + 1).trim();
      const id = slug(plain(content));
      if (level === 1 && !title) title = plain(content);
      if (level === 2) headings.push({ id, text: plain(content) });
      out.push(`<h${level} id="${escape(id)}">${text(content)}</h${level}>`);
      i++;
    } else if (line.startsWith('<!--')) {
      while (i < lines.length && !lines[i].includes('-->')) i++;
      i++;
    } else if (line.startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(cells(lines[i++]));
      const [head, , ...body] = rows;
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${text(c)}</th>`).join('')}</tr></thead><tbody>\n` +
          body.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`).join('\n') +
          '\n</tbody></table>',
      );
    } else if (/^(- |\d+\. )/.test(line)) {
      const ordered = /^\d/.test(line);
      const items = [];
      while (i < lines.length && /^(- |\d+\. )/.test(lines[i])) {
        const item = [lines[i++].replace(/^(- |\d+\. )/, '')];
        while (i < lines.length && /^ {2,}\S/.test(lines[i])) item.push(lines[i++].trim());
        items.push(item.join(' '));
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>\n${items.map((item) => `<li>${text(item)}</li>`).join('\n')}\n</${tag}>`);
    } else if (line.startsWith('> ')) {
      const body = [];
      while (i < lines.length && lines[i].startsWith('>'))
        body.push(lines[i++].replace(/^> ?/, ''));
      out.push(`<aside class="note"><p>${text(body.join(' '))}</p></aside>`);
    } else {
      const body = [line];
      for (i++; i < lines.length && !isBlockStart(lines[i]); i++) body.push(lines[i]);
      out.push(`<p>${text(body.join('\n'))}</p>`);
    }
  }
  return { html: out.join('\n'), title, headings };
}
