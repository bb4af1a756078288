import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJsonSliced } from '../../src/model/json-slices.js';

const noPause = async () => {};

async function parseError(text: string): Promise<unknown> {
  try {
    await parseJsonSliced(text, noPause);
  } catch (error) {
    return error;
  }
  return null;
}

describe('parseJsonSliced', () => {
  it('parses like JSON.parse: root arrays, { events } objects, anything else (property)', async () => {
    const element = fc.jsonValue({ maxDepth: 3 });
    const document = fc.oneof(
      fc.array(element, { maxLength: 30 }),
      fc.record({
        title: element,
        events: fc.array(element, { maxLength: 30 }),
        eras: fc.array(element, { maxLength: 3 }),
      }),
      element,
    );
    await fc.assert(
      fc.asyncProperty(document, fc.constantFrom(undefined, 2, '\t'), async (doc, indent) => {
        const text = JSON.stringify(doc, null, indent);
        expect(await parseJsonSliced(text, noPause)).to.deep.equal(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('parses tricky strings, nesting and keys', async () => {
    for (const text of [
      '[]',
      '[ ]',
      '{"events": []}',
      '{"events":[1]}',
      '[{"a": "x\\"]}, [", "b": "\\\\"}, 2]',
      '{"title": "events", "x": ["events"], "events": [{"events": [3]}, "]"]}',
      '{"events": [1, 2], "events": [3]}',
      '{"events": [1, 2], "events": []}',
      '{"ev\\u0065nts": [1, 2]}',
      '{"a": {"events": [5]}, "events": [6]}',
      '  [1, [2, [3]], {"k": [4]}]  ',
    ]) {
      expect(await parseJsonSliced(text, noPause), text).to.deep.equal(JSON.parse(text));
    }
  });

  it('throws JSON.parse’s own SyntaxError for text that is not JSON', async () => {
    for (const text of ['[1, 2}', '[1,2,]', '[,]', '{"events": [1, 2', '[1] x', '["a]', '', '{']) {
      const error = await parseError(text);
      expect(error, text).to.be.instanceOf(SyntaxError);
      let expected: unknown;
      try {
        JSON.parse(text);
      } catch (e) {
        expected = e;
      }
      expect((error as Error).message, text).to.equal((expected as Error).message);
    }
  });

  it('pauses between slices of a long document', async () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}`, title: `E "${i}"` }));
    const text = JSON.stringify({ title: 'Long', events });
    let pauses = 0;
    const document = await parseJsonSliced(text, async () => {
      pauses++;
    });
    expect(document).to.deep.equal({ title: 'Long', events });
    expect(pauses).to.be.greaterThan(0);
  });
});
