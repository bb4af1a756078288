import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeEntities, htmlToLine, htmlToText } from '../../src/model/html-text.js';

describe('htmlToText', () => {
  it('drops tags and keeps their text', () => {
    expect(
      htmlToText('<p>Meta invests <b>$14.3 billion</b> in <a href="x">Scale AI</a>.</p>'),
    ).to.equal('Meta invests $14.3 billion in Scale AI.');
  });

  it('keeps paragraphs and line breaks as lines, and collapses other white space', () => {
    expect(htmlToText('<p>One\n   two</p><p>Three<br>Four<br/>  </p>')).to.equal(
      'One two\nThree\nFour',
    );
    expect(htmlToLine('<h2>A</h2><div>B</div>')).to.equal('A B');
  });

  it('drops what is inside script, style and other non-text elements', () => {
    expect(htmlToText('a<script>window.__canary = 1</script>b')).to.equal('ab');
    expect(htmlToText('a<STYLE type="text/css">p { color: red }</STYLE>b')).to.equal('ab');
    expect(htmlToText('a<template><img src=x onerror=alert(1)></template>b')).to.equal('ab');
    expect(htmlToText('x<!-- a comment <b>bold</b> -->y')).to.equal('xy');
  });

  it('reads attributes holding ">" as part of the tag', () => {
    expect(htmlToText('<a title="a > b" href=\'c>d\'>link</a>')).to.equal('link');
    expect(htmlToText('<img src=x onerror="alert(1)">after')).to.equal('after');
  });

  it('keeps a "<" that does not start a tag as text', () => {
    expect(htmlToText('1 < 2 and 3 <4')).to.equal('1 < 2 and 3 <4');
    expect(htmlToText('a <b')).to.equal('a <b');
  });

  it('decodes named, decimal and hexadecimal character references', () => {
    expect(
      decodeEntities(
        '&amp; &lt;b&gt; &quot;q&quot; &#39; &#233; &#xE9; &eacute; &Agrave; &ccedil;',
      ),
    ).to.equal('& <b> "q" \' é é é À ç');
    expect(decodeEntities('&mdash;&hellip;&rsquo;&nbsp;')).to.equal('—…’\u00a0');
    expect(decodeEntities('&#0; &#xD800; &#99999999;')).to.equal('\ufffd \ufffd \ufffd');
    expect(decodeEntities('&notanentity; AT&T')).to.equal('&notanentity; AT&T');
  });

  it('turns encoded markup into text, not into tags', () => {
    // "&lt;script&gt;" is text that reads "<script>": it must stay visible, not be removed.
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal(
      '<script>alert(1)</script>',
    );
  });

  it('leaves text without markup as it is, up to white space (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        fc.pre(!/[<&]/.test(text));
        const expected = text.replace(/\s+/g, ' ').trim();
        expect(htmlToText(text)).to.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never leaves a tag it was given (property)', () => {
    const tag = fc.constantFrom(
      '<b>',
      '</b>',
      '<script>',
      '</script>',
      '<p class="x">',
      '<br/>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">',
      '</a>',
      '<!-- c -->',
      '<svg onload="alert(1)">',
      '</svg>',
    );
    const text = fc.string({ maxLength: 10 }).filter((t) => !/[<>&]/.test(t));
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, text), { maxLength: 20 }), (parts) => {
        const result = htmlToText(parts.join(''));
        // Every "<" and ">" given was part of a tag, so none is left.
        expect(result).to.not.match(/[<>]/);
      }),
      { numRuns: 300 },
    );
  });
});
