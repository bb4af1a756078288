import { expect } from '@open-wc/testing';
import { DurationParseError, parseDuration, spanLimits } from '../../src/model/duration.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it('reads days, weeks, hours, minutes and seconds exactly', () => {
    expect(parseDuration('P1D')).to.equal(DAY);
    expect(parseDuration('P2W')).to.equal(14 * DAY);
    expect(parseDuration('PT6H')).to.equal(6 * HOUR);
    expect(parseDuration('PT90M')).to.equal(90 * 60_000);
    expect(parseDuration('PT30S')).to.equal(30_000);
    expect(parseDuration('P1DT12H')).to.equal(1.5 * DAY);
    expect(parseDuration(' p3d ')).to.equal(3 * DAY);
  });

  it('reads years and months at their average length', () => {
    expect(parseDuration('P1Y')).to.be.closeTo(365.2425 * DAY, 1);
    expect(parseDuration('P50Y')).to.be.closeTo(50 * 365.2425 * DAY, 1);
    expect(parseDuration('P1M')).to.be.closeTo((365.2425 / 12) * DAY, 1);
    expect(parseDuration('P1Y6M')).to.be.closeTo(1.5 * 365.2425 * DAY, 1);
    expect(parseDuration('P0.5Y')).to.be.closeTo(0.5 * 365.2425 * DAY, 1);
    expect(parseDuration('P1,5D')).to.equal(1.5 * DAY);
  });

  it('rejects what is not a duration, and empty ones', () => {
    for (const bad of ['', 'P', 'PT', '1D', 'P1H', 'PT1D', 'P-1D', 'P1D2', 'week', 'P0D', 'PT0S']) {
      expect(() => parseDuration(bad), bad).to.throw(DurationParseError);
    }
  });

  it('reads min-span and max-span, reporting bad values by name', () => {
    const reports: string[] = [];
    const report = (name: string) => reports.push(name);
    expect(spanLimits('P1D', 'P50Y', report)).to.deep.equal({
      min: DAY,
      max: parseDuration('P50Y'),
    });
    expect(spanLimits(null, 'often', report)).to.deep.equal({ min: null, max: null });
    expect(spanLimits('', null, report)).to.deep.equal({ min: null, max: null });
    expect(reports).to.deep.equal(['max-span']);
  });
});
