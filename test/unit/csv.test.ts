import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { parseCsvTable, sliceEnd, tableToObjects } from '../../src/model/csv.js';

describe('CSV', () => {
  it('parses a header and rows, skipping blank lines and a byte-order mark', async () => {
    const table = await parseCsvTable(
      '\ufeffstart,title\r\n2025-06-12,"A, quoted ""title"""\r\n\r\n2025,B\n',
    );
    expect(table).to.deep.equal([
      ['start', 'title'],
      ['2025-06-12', 'A, quoted "title"'],
      ['2025', 'B'],
    ]);
  });

  it('keeps a line break inside a quoted field within its row', async () => {
    const text = `start,title\n${Array.from({ length: 30_000 }, (_, i) => `2025,"line ${i}\nstill ${i}"`).join('\n')}`;
    const table = await parseCsvTable(text);
    expect(table).to.have.length(30_001);
    expect(table[12_345]![1]).to.equal('line 12344\nstill 12344');
  });

  it('parses in slices, yielding between them, to the same rows as one parse (property)', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('"', '""', '\n', '\r\n', ',', 'a"b', ' '),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        async (rows, size) => {
          const text = csvFormatRows(rows);
          const slices: string[][] = [];
          for (let from = 0; from < text.length;) {
            const to = sliceEnd(text, from, size);
            expect(to).to.be.greaterThan(from);
            slices.push(...csvParseRows(text.slice(from, to)));
            from = to;
          }
          // Blank lines carry no row (a slice that is only "\n" parses to nothing).
          const filled = (table: string[][]) => table.filter((row) => row.some((c) => c !== ''));
          expect(filled(slices)).to.deep.equal(filled(csvParseRows(text)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports progress between slices of a long text', async () => {
    const text = `start,title\n${'2025,x\n'.repeat(100_000)}`;
    const seen: number[] = [];
    const table = await parseCsvTable(text, async (fraction) => {
      seen.push(fraction);
    });
    expect(table).to.have.length(100_001);
    expect(seen.length).to.be.greaterThan(2);
    expect(seen.every((f, i) => f > 0 && f < 1 && (i === 0 || f > seen[i - 1]!))).to.equal(true);
  });

  it('turns rows into objects by trimmed column name, without touching prototypes', () => {
    const rows = tableToObjects([
      [' start ', 'title', '__proto__', '', 'extra'],
      ['2025', ' A ', 'polluted'],
    ]);
    expect(rows).to.have.length(1);
    expect(rows[0]!.start).to.equal('2025');
    expect(rows[0]!.title).to.equal('A');
    expect(rows[0]!.extra).to.equal('');
    expect(Object.getPrototypeOf(rows[0])).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value).to.equal('polluted');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
