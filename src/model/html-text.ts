/**
 * HTML to plain text, for data formats whose text fields hold HTML (TimelineJS). A small
 * tokenizer, not the browser's parser: DOMParser and `<template>` are Trusted Types sinks, which a
 * page with `require-trusted-types-for 'script'` forbids. Nothing here is ever inserted as HTML;
 * the result is only ever shown as text, so a tag this misses shows as text and runs nothing.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  shy: '\u00ad',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
};
// Latin letters with accents: &eacute; &Agrave; &ouml; &ccedil; &ntilde; &aring; …
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  ring: '\u030a',
  cedil: '\u0327',
};

function decodeEntity(entity: string, body: string): string {
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    if (
      !Number.isInteger(code) ||
      code <= 0 ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff)
    ) {
      return '\ufffd';
    }
    return String.fromCodePoint(code);
  }
  const named = NAMED[body] ?? NAMED[body.toLowerCase()];
  if (named !== undefined) return named;
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil)$/.exec(body);
  if (accented) return (accented[1]! + ACCENTS[accented[2]!]!).normalize('NFC');
  if (body === 'aelig' || body === 'AElig') return body === 'aelig' ? 'æ' : 'Æ';
  if (body === 'oslash' || body === 'Oslash') return body === 'oslash' ? 'ø' : 'Ø';
  return entity;
}

/** Decodes character references: `&amp;`, `&#233;`, `&#xe9;`, `&eacute;`. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g,
    decodeEntity,
  );
}

const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|figure|figcaption|hr|dd|dt|dl|pre)$/i;
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;
const HIDDEN = /^(?:script|style|template|noscript|iframe|object|textarea|title|svg|math)$/i;

/**
 * The text a reader would see in an HTML fragment: tags dropped (the contents of script, style
 * and the like too), character references decoded, paragraphs and line breaks kept as newlines
 * and other runs of white space collapsed. Anything that is not a tag stays as text.
 */
export function htmlToText(html: string): string {
  let out = '';
  let last = 0;
  let hiddenUntil: string | null = null;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, closing, name] = match;
    // In HTML a line break in the text is just a space; only elements break lines.
    if (hiddenUntil === null) out += html.slice(last, match.index).replace(/\s+/g, ' ');
    last = match.index + whole.length;
    if (!name) continue; // a comment, doctype or processing instruction
    if (hiddenUntil !== null) {
      if (closing && name.toLowerCase() === hiddenUntil) hiddenUntil = null;
      continue;
    }
    if (!closing && HIDDEN.test(name) && !whole.endsWith('/>')) hiddenUntil = name.toLowerCase();
    else if (BLOCK.test(name)) out += '\n';
  }
  if (hiddenUntil === null) out += html.slice(last).replace(/\s+/g, ' ');
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** HTML to one line of plain text, for titles. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s*\n\s*/g, ' ');
}
