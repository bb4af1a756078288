import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localOffsetAt } from '../../src/model/dates.js';
import { zoneOffsetAt } from '../../src/model/time-zone.js';

/** The offset Intl gives for one instant, the slow way: "GMT+05:30" from a long offset name. */
function intlOffset(timeZone: string, instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')!.value;
  const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
  if (!match[1]) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

describe('zoneOffsetAt', () => {
  it('gives the offset of a zone, through its daylight-saving changes', () => {
    const rome = zoneOffsetAt('Europe/Rome')!;
    expect(rome(Date.UTC(2025, 0, 15))).to.equal(60);
    expect(rome(Date.UTC(2025, 5, 15))).to.equal(120);
    // Summer time begins at 01:00 UTC on 30 March 2025, and ends at 01:00 UTC on 26 October.
    expect(rome(Date.UTC(2025, 2, 30, 0, 59, 59))).to.equal(60);
    expect(rome(Date.UTC(2025, 2, 30, 1, 0, 0))).to.equal(120);
    expect(rome(Date.UTC(2025, 9, 26, 0, 59, 59))).to.equal(120);
    expect(rome(Date.UTC(2025, 9, 26, 1, 0, 0))).to.equal(60);
    expect(zoneOffsetAt('UTC')!(Date.UTC(2025, 5, 1))).to.equal(0);
    expect(zoneOffsetAt('Asia/Kolkata')!(Date.UTC(2025, 5, 1))).to.equal(330);
    // Lord Howe Island moves by half an hour.
    const lordHowe = zoneOffsetAt('Australia/Lord_Howe')!;
    expect(lordHowe(Date.UTC(2025, 0, 15))).to.equal(660);
    expect(lordHowe(Date.UTC(2025, 6, 15))).to.equal(630);
  });

  it('is the reader’s own without a zone, and null for a zone the browser does not know', () => {
    expect(zoneOffsetAt(null)).to.equal(localOffsetAt);
    expect(zoneOffsetAt('')).to.equal(localOffsetAt);
    expect(zoneOffsetAt('Mars/Olympus_Mons')).to.equal(null);
  });

  // Before standard time (local mean time, offsets in seconds) minutes cannot hold the offset.
  it('agrees with Intl at any instant from 1900 to 9999 (property)', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tokyo']) {
      const offsetAt = zoneOffsetAt(zone)!;
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 0, 1) }),
          (instant) => {
            expect(offsetAt(instant), `${zone} at ${new Date(instant).toISOString()}`).to.equal(
              intlOffset(zone, instant),
            );
          },
        ),
        { numRuns: 150 },
      );
    }
  });
});
