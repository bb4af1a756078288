import { expect } from '@open-wc/testing';
import {
  deltaE2000,
  lab,
  linearToLab,
  parseColour,
  simulate,
  toLinear,
  type Rgb,
} from '../support/colour.js';

describe('test colour maths', () => {
  it('reads hex and rgb() colours', () => {
    expect(parseColour('#fff')).to.deep.equal([1, 1, 1]);
    expect(parseColour('rgb(255, 0, 51)')).to.deep.equal([1, 0, 0.2]);
  });

  it('gives the CIELAB values of white, black and sRGB red', () => {
    const close = (actual: readonly number[], expected: number[]) =>
      actual.forEach((v, i) => expect(v).to.be.closeTo(expected[i]!, 0.05));
    close(lab('#ffffff'), [100, 0, 0]);
    close(lab('#000000'), [0, 0, 0]);
    // sRGB red in CIELAB (D65), as published by e.g. Bruce Lindbloom's calculator.
    close(lab('#ff0000'), [53.24, 80.09, 67.2]);
  });

  it("matches Sharma, Wu & Dalal's CIEDE2000 test data", () => {
    // Pairs 1, 7 and 17 of the 34 in the paper's Table 1, with their published differences.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).to.be.closeTo(2.0425, 1e-4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).to.be.closeTo(2.3669, 1e-4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).to.be.closeTo(27.1492, 1e-4);
  });

  it('leaves greys alone and merges red and green for protanopia and deuteranopia', () => {
    const grey = toLinear(parseColour('#808080'));
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      simulate(grey, d).forEach((c, i) => expect(c).to.be.closeTo(grey[i]!, 0.01));
    }
    const red = toLinear(parseColour('#d62728'));
    const green = toLinear(parseColour('#2ca02c'));
    const seen = (c: Rgb, d?: 'deuteranopia') => linearToLab(d ? simulate(c, d) : c);
    expect(deltaE2000(seen(red), seen(green))).to.be.above(40);
    expect(deltaE2000(seen(red, 'deuteranopia'), seen(green, 'deuteranopia'))).to.be.below(15);
  });
});
