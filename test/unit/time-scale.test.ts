import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { timeScaleUtc } from '../../src/layout/time-scale.js';

const JAN_2020 = Date.UTC(2020, 0, 1);
const JAN_2030 = Date.UTC(2030, 0, 1);

describe('timeScaleUtc', () => {
  it('maps the domain ends to the range ends and the middle to the middle', () => {
    const scale = timeScaleUtc([JAN_2020, JAN_2030], [0, 1000]);
    expect(scale(JAN_2020)).to.equal(0);
    expect(scale(JAN_2030)).to.equal(1000);
    expect(scale((JAN_2020 + JAN_2030) / 2)).to.equal(500);
    expect(scale(new Date(JAN_2030))).to.equal(1000);
  });

  it('extrapolates linearly outside the domain', () => {
    const scale = timeScaleUtc([0, 100], [0, 10]);
    expect(scale(200)).to.equal(20);
    expect(scale(-50)).to.equal(-5);
  });

  it('accepts Dates and a reversed range', () => {
    const scale = timeScaleUtc([new Date(0), new Date(100)], [50, 0]);
    expect(scale(0)).to.equal(50);
    expect(scale(100)).to.equal(0);
    expect(scale(20)).to.equal(40);
  });

  it('maps everything to the middle of the range when the domain is a single instant', () => {
    const scale = timeScaleUtc([JAN_2020, JAN_2020], [0, 600]);
    expect(scale(JAN_2020)).to.equal(300);
    expect(scale(JAN_2030)).to.equal(300);
  });

  it('defaults to [0, 1] → [0, 1]', () => {
    const scale = timeScaleUtc();
    expect(scale(0.25)).to.equal(0.25);
    expect(scale.domain().map(Number)).to.deep.equal([0, 1]);
    expect(scale.range()).to.deep.equal([0, 1]);
  });

  it('reads back its domain as Dates and its range as numbers', () => {
    const scale = timeScaleUtc([JAN_2020, new Date(JAN_2030)], [10, 20]);
    const [d0, d1] = scale.domain();
    expect(d0).to.be.instanceOf(Date);
    expect(d0.getTime()).to.equal(JAN_2020);
    expect(d1.getTime()).to.equal(JAN_2030);
    expect(scale.range()).to.deep.equal([10, 20]);
  });

  it('sets domain and range in place and returns itself for chaining', () => {
    const scale = timeScaleUtc([0, 1], [0, 1]);
    expect(scale.domain([0, 10])).to.equal(scale);
    expect(scale.range([0, 100])).to.equal(scale);
    expect(scale(5)).to.equal(50);
    scale.domain([new Date(10), new Date(20)]);
    expect(scale(15)).to.equal(50);
  });

  it('inverts its mapping', () => {
    const scale = timeScaleUtc([JAN_2020, JAN_2030], [0, 1000]);
    const inverted = scale.invert(500);
    expect(inverted).to.be.instanceOf(Date);
    expect(inverted.getTime()).to.equal((JAN_2020 + JAN_2030) / 2);
    expect(scale.invert(0).getTime()).to.equal(JAN_2020);
    expect(scale.invert(1000).getTime()).to.equal(JAN_2030);
  });

  it('inverts to the domain start when the range is a single point', () => {
    const scale = timeScaleUtc([JAN_2020, JAN_2030], [5, 5]);
    expect(scale.invert(5).getTime()).to.equal(JAN_2020);
    expect(scale.invert(99).getTime()).to.equal(JAN_2020);
  });

  it('is linear and invert is its inverse (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -6e13, max: 6e13 }),
        fc.integer({ min: 1000, max: 1e13 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (d0, span, r0, width, t) => {
          const scale = timeScaleUtc([d0, d0 + span], [r0, r0 + width]);
          const value = d0 + t * span;
          // Rounding of times far from 1970 (a few ulps of |d0|), in pixels and in milliseconds.
          const msError = 8 * Number.EPSILON * (Math.abs(d0) + 2 * span);
          const pxError = (width * msError) / span + 1e-9;
          const x = scale(value);
          expect(x).to.be.closeTo(r0 + t * width, pxError);
          // invert returns a Date, which holds whole milliseconds.
          expect(Math.abs(scale.invert(x).getTime() - value)).to.be.at.most(1 + 2 * msError);
          expect(scale(scale.invert(r0 + t * width))).to.be.closeTo(
            r0 + t * width,
            width / span + 2 * pxError,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('copies into an independent scale', () => {
    const scale = timeScaleUtc([0, 100], [0, 10]);
    const copy = scale.copy();
    expect(copy).to.not.equal(scale);
    expect(copy(50)).to.equal(5);
    copy.domain([0, 200]).range([0, 100]);
    expect(scale(50)).to.equal(5);
    expect(scale.domain().map(Number)).to.deep.equal([0, 100]);
    expect(copy(50)).to.equal(25);
    scale.range([0, 1000]);
    expect(copy(50)).to.equal(25);
    expect(scale(50)).to.equal(500);
  });

  describe('ticks', () => {
    it('returns Dates within the domain, in order', () => {
      const scale = timeScaleUtc([JAN_2020, JAN_2030], [0, 1000]);
      const ticks = scale.ticks(10);
      expect(ticks.length).to.be.within(5, 20);
      for (const [i, tick] of ticks.entries()) {
        expect(tick).to.be.instanceOf(Date);
        expect(tick.getTime()).to.be.within(JAN_2020, JAN_2030);
        if (i > 0) expect(tick.getTime()).to.be.above(ticks[i - 1]!.getTime());
      }
    });

    it('puts ticks on UTC year boundaries for a decade', () => {
      const ticks = timeScaleUtc([JAN_2020, JAN_2030], [0, 1]).ticks(10);
      expect(ticks.map((t) => t.toISOString().slice(0, 10))).to.include.members([
        '2020-01-01',
        '2025-01-01',
        '2030-01-01',
      ]);
      for (const tick of ticks) {
        expect(tick.getUTCMonth()).to.equal(0);
        expect(tick.getUTCDate()).to.equal(1);
        expect(tick.getUTCHours()).to.equal(0);
      }
    });

    it('puts ticks on UTC hours for a day', () => {
      const day = Date.UTC(2025, 5, 12);
      const ticks = timeScaleUtc([day, day + 86_400_000], [0, 1]).ticks(8);
      expect(ticks.length).to.be.at.least(4);
      for (const tick of ticks) {
        expect(tick.getUTCMinutes()).to.equal(0);
        expect(tick.getUTCHours() % 3).to.equal(0);
      }
    });

    it('follows the domain after it changes and uses about 10 ticks by default', () => {
      const scale = timeScaleUtc([JAN_2020, JAN_2030], [0, 1]);
      const day = Date.UTC(2025, 5, 12);
      scale.domain([day, day + 7 * 86_400_000]);
      const ticks = scale.ticks();
      expect(ticks.length).to.be.within(4, 20);
      for (const tick of ticks) expect(tick.getTime()).to.be.within(day, day + 7 * 86_400_000);
    });

    it('stays within any domain (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -6e13, max: 6e13 }),
          fc.integer({ min: 1, max: 1e13 }),
          fc.integer({ min: 1, max: 30 }),
          (d0, span, count) => {
            const ticks = timeScaleUtc([d0, d0 + span], [0, 100]).ticks(count);
            for (const tick of ticks) {
              expect(tick.getTime()).to.be.within(d0, d0 + span);
            }
            expect(ticks.length).to.be.at.most(4 * count + 2);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});
