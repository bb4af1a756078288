import { expect } from '@open-wc/testing';
import {
  isSheetsTemplate,
  isTimelineJs,
  isoFromParts,
  sheetsToRows,
  timelineJsToRows,
} from '../../src/model/timelinejs.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import { TIMELINEJS } from '../support/timelinejs-fixture.js';

describe('TimelineJS3', () => {
  it('recognises its JSON and not an array of events', () => {
    expect(isTimelineJs(TIMELINEJS)).to.equal(true);
    expect(isTimelineJs({ events: [{ start_date: { year: 2025 } }] })).to.equal(true);
    expect(isTimelineJs({ events: [{ start: '2025', title: 'x' }] })).to.equal(false);
    expect(isTimelineJs([{ start: '2025', title: 'x' }])).to.equal(false);
    expect(isTimelineJs(null)).to.equal(false);
  });

  it('builds ISO 8601 dates at the precision of the parts given', () => {
    expect(isoFromParts({ year: 2025 })).to.equal('2025');
    expect(isoFromParts({ year: '2025', month: '6' })).to.equal('2025-06');
    expect(isoFromParts({ year: 2025, month: 6, day: 12 })).to.equal('2025-06-12');
    expect(isoFromParts({ year: 2025, month: 6, day: 12, hour: 9 })).to.equal('2025-06-12T09:00');
    expect(isoFromParts({ year: 2025, month: 6, day: 12, hour: 9, minute: 5, second: 7 })).to.equal(
      '2025-06-12T09:05:07',
    );
    expect(
      isoFromParts({
        year: 2025,
        month: 6,
        day: 12,
        hour: 9,
        minute: 5,
        second: 7,
        millisecond: 8,
      }),
    ).to.equal('2025-06-12T09:05:07.008');
    expect(isoFromParts({ year: -44, month: 3, day: 15 })).to.equal('-0044-03-15');
    expect(isoFromParts({ year: 565 })).to.equal('0565');
    expect(isoFromParts({ year: 12025 })).to.equal('+012025');
    expect(isoFromParts({})).to.equal(undefined);
    expect(isoFromParts({ year: 'soon' })).to.equal('soon');
    expect(isoFromParts({ year: 2025, month: 'June' })).to.equal('2025-June');
  });

  it('turns events and eras into rows, and HTML into plain text', () => {
    const { rows, heading } = timelineJsToRows(TIMELINEJS);
    expect(heading).to.equal('Meta’s AI turn');
    expect(rows).to.have.length(6);
    expect(rows[0]).to.deep.equal({
      id: 'scale-ai',
      start: '2025-06-12',
      title: '49% stake in Scale AI',
      description: "Meta invests about $14.3 billion.\nAlexandr Wang joins.\nScale AI's office",
      category: 'investment',
      href: 'https://example.com/scale.jpg',
      source: 'Example News',
    });
    expect(rows[1]).to.deep.include({ start: '2025-04-05T09:30', end: '2025-04-05T11:00' });
    expect(rows[1]).to.not.have.property('href'); // an embed code is not a link
    expect(rows[2]).to.deep.include({ start: '-0044-03-15', title: 'Ides of March' });
    expect(rows[3]).to.deep.include({ title: 'No headline here', description: 'More text' });
    expect(rows[5]).to.deep.include({
      type: 'era',
      start: '2025-04',
      end: '2025-06',
      title: 'Llama 4 era',
    });
    const { events, errors } = normalizeEvents(rows, () => 0);
    expect(events).to.have.length(5);
    expect(errors.filter((e) => e.rejected).map((e) => [e.index, e.field])).to.deep.equal([
      [4, 'start'],
    ]);
  });

  it('recognises the Google Sheets template columns', () => {
    expect(isSheetsTemplate(['Year', 'Month', 'Day', 'Time', 'Headline', 'Text'])).to.equal(true);
    expect(isSheetsTemplate([' year ', 'HEADLINE'])).to.equal(true);
    expect(isSheetsTemplate(['start', 'title'])).to.equal(false);
  });

  it('turns Sheets rows into event rows: title row as heading, eras, times', () => {
    const header = [
      'Year',
      'Month',
      'Day',
      'Time',
      'End Year',
      'End Month',
      'End Day',
      'End Time',
      'Display Date',
      'Headline',
      'Text',
      'Media',
      'Media Credit',
      'Media Caption',
      'Media Thumbnail',
      'Type',
      'Group',
      'Background',
    ];
    const row = (values: Record<string, string>) => header.map((h) => values[h] ?? '');
    const { rows, heading } = sheetsToRows([
      header,
      row({ Headline: 'The <b>story</b>', Type: 'title' }),
      row({
        Year: '2025',
        Month: '6',
        Day: '12',
        Time: '9:30 PM',
        Headline: 'Evening',
        Group: 'g',
      }),
      row({
        Year: '2025',
        Month: '4',
        'End Year': '2025',
        'End Month': '6',
        Headline: 'Era',
        Type: 'era',
      }),
      row({
        Year: '1565',
        Headline: 'Old',
        Text: 'A &amp; B',
        Media: 'https://x.example/a.png',
        'Media Credit': 'Credit',
      }),
      row({ Year: '-44', Month: '3', Day: '15', Time: '12:00:30', Headline: 'Ides' }),
    ]);
    expect(heading).to.equal('The story');
    expect(rows).to.deep.equal([
      { start: '2025-06-12T21:30', title: 'Evening', category: 'g' },
      { start: '2025-04', end: '2025-06', title: 'Era', type: 'era' },
      {
        start: '1565',
        title: 'Old',
        description: 'A & B',
        href: 'https://x.example/a.png',
        source: 'Credit',
      },
      { start: '-0044-03-15T12:00:30', title: 'Ides' },
    ]);
  });
});
