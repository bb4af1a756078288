import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { estimateTextWidth } from '../support/text-width.js';

describe('estimateTextWidth', () => {
  it('is zero for empty text', () => {
    expect(estimateTextWidth('', 13)).to.equal(0);
    expect(estimateTextWidth('', 13, true)).to.equal(0);
  });

  it('gives narrow, ordinary, capital and wide letters increasing widths', () => {
    const width = (c: string) => estimateTextWidth(c, 10);
    expect(width('i')).to.be.below(width('a'));
    expect(width('a')).to.be.below(width('A'));
    expect(width('A')).to.be.below(width('M'));
    expect(width('1')).to.be.above(width('a'));
    expect(width(' ')).to.equal(width('.'));
  });

  it('counts CJK and other wide scripts as one em', () => {
    expect(estimateTextWidth('東京', 12)).to.equal(24);
    expect(estimateTextWidth('한', 20)).to.equal(20);
  });

  it('counts an astral character once, not per UTF-16 unit', () => {
    expect(estimateTextWidth('😀', 10)).to.equal(10);
  });

  it('scales with the font size and makes bold 6% wider', () => {
    const text = 'Launch of Apollo 11';
    const base = estimateTextWidth(text, 10);
    expect(estimateTextWidth(text, 20)).to.be.closeTo(2 * base, 1e-9);
    expect(estimateTextWidth(text, 10, true)).to.be.closeTo(1.06 * base, 1e-9);
  });

  it('adds up over concatenation and stays positive (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: 'grapheme' }),
        fc.string({ maxLength: 40, unit: 'grapheme' }),
        fc.integer({ min: 6, max: 40 }),
        fc.boolean(),
        (a, b, size, bold) => {
          const wa = estimateTextWidth(a, size, bold);
          const wb = estimateTextWidth(b, size, bold);
          expect(estimateTextWidth(a + b, size, bold)).to.be.closeTo(wa + wb, 1e-6);
          if (a.length > 0) expect(wa).to.be.above(0);
          // Never more than one em per character, never less than the narrowest glyph.
          const chars = [...a].length;
          expect(wa).to.be.at.most(chars * size * 1.06 + 1e-9);
          expect(wa).to.be.at.least(chars * size * 0.3 - 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });
});
