import { expect } from '@open-wc/testing';
import { runPipeline } from '../../src/model/pipeline.js';
import { SourceError } from '../../src/model/source-data.js';
import { TIMELINEJS } from '../support/timelinejs-fixture.js';

describe('pipeline', () => {
  it('reads CSV with event fields as headers, accounting for every row', async () => {
    const csv = [
      'id,start,end,title,category,importance,href',
      'a,2025-06-12,,49% stake in Scale AI,investment,5,https://example.com',
      'b,2025-07,2025-05,Backwards,model,,',
      'c,soon,,Bad date,,,',
      'd,2025,,,,,',
      'e,2025-01-01,,Link,,9,javascript:alert(1)',
    ].join('\n');
    const result = await runPipeline({ csv });
    expect(result.given).to.equal(5);
    const rejected = result.errors.filter((e) => e.rejected);
    expect(result.events.length + rejected.length).to.equal(result.given);
    expect(rejected.map((e) => [e.index, e.id, e.field])).to.deep.equal([
      [2, 'c', 'start'],
      [3, 'd', 'title'],
    ]);
    expect(
      result.errors.filter((e) => !e.rejected).map((e) => [e.index, e.id, e.field]),
    ).to.deep.equal([
      [1, 'b', 'end'],
      [4, 'e', 'importance'],
      [4, 'e', 'href'],
    ]);
    const a = result.events.find((e) => e.id === 'a')!;
    expect(a).to.deep.include({ importance: 5, category: 'investment', type: 'point' });
  });

  it('reads the TimelineJS Sheets template exported as CSV', async () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,My <i>story</i>,,,,,,title,,',
      '2025,6,12,,,,,,,Scale AI,<p>Meta invests</p>,,,,,,investment,',
      '2025,4,,,2025,6,,,,Llama era,,,,,,era,,',
    ].join('\n');
    const result = await runPipeline({ csv });
    expect(result.heading).to.equal('My story');
    expect(result.given).to.equal(2);
    expect(result.events.map((e) => [e.title, e.type, e.category, e.description])).to.deep.equal([
      ['Llama era', 'era', null, ''],
      ['Scale AI', 'point', 'investment', 'Meta invests'],
    ]);
  });

  it('detects TimelineJS3 JSON and reads events and eras', async () => {
    const result = await runPipeline({ document: TIMELINEJS });
    expect(result.heading).to.equal('Meta’s AI turn');
    expect(result.given).to.equal(6);
    expect(result.events).to.have.length(5);
    expect(result.events.some((e) => e.type === 'era')).to.equal(true);
  });

  it('reads { events: [...] } and arrays, and rejects a document that is neither', async () => {
    const rows = [{ start: '2025', title: 'x' }];
    expect((await runPipeline({ document: { events: rows } })).events).to.have.length(1);
    expect((await runPipeline({ document: rows })).events).to.have.length(1);
    for (const document of [{ items: rows }, 'text', 42, null]) {
      let error: unknown;
      await runPipeline({ document }).catch((e: unknown) => (error = e));
      expect(error, String(document)).to.be.instanceOf(SourceError);
    }
  });

  it('applies fields and date-format', async () => {
    const result = await runPipeline(
      {
        rows: [
          {
            born: 'Mar 06 1475',
            died: 'Feb 18 1564',
            first: 'Michelangelo',
            last: 'Buonarroti',
            type: 'sculptor',
          },
          { born: 1452, first: 'Leonardo', type: 'painter' },
        ],
      },
      {
        fields: { start: 'born', end: 'died', title: ['first', 'last'], category: 'type' },
        dateFormat: '%b %d %Y',
      },
    );
    expect(result.errors.filter((e) => e.rejected)).to.deep.equal([]);
    const [leonardo, michelangelo] = result.events;
    expect(michelangelo).to.deep.include({
      title: 'Michelangelo Buonarroti',
      category: 'sculptor',
      type: 'range',
    });
    expect(new Date(michelangelo!.start).getUTCFullYear()).to.equal(1475);
    // 1452 does not fit "%b %d %Y"; as text it is ISO year 1452, never epoch milliseconds.
    expect(leonardo).to.deep.include({ title: 'Leonardo', startPrecision: 'year' });
    expect(new Date(leonardo!.start).getUTCFullYear()).to.equal(1452);
  });

  it('reports a malformed fields mapping without losing rows', async () => {
    const result = await runPipeline(
      { rows: [{ start: '2025', title: 'x' }] },
      { fields: '{"start"' },
    );
    expect(result.events).to.have.length(1);
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]).to.deep.include({ index: -1, field: 'fields', rejected: false });
  });

  it('works in slices, reporting progress, and stops when aborted', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => ({
      start: '2025-06-12',
      title: `Row ${i}`,
    }));
    const progress: number[] = [];
    const result = await runPipeline({ rows }, { onProgress: (f) => progress.push(f) });
    expect(result.events).to.have.length(60_000);
    expect(progress.length).to.be.greaterThan(1);
    expect(progress.at(-1)).to.equal(1);

    const controller = new AbortController();
    let steps = 0;
    const stopped = runPipeline(
      { rows },
      {
        signal: controller.signal,
        onProgress: () => {
          if (++steps === 2) controller.abort();
        },
      },
    );
    let error: unknown;
    await stopped.catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
