import { expect } from '@open-wc/testing';
import { checkFields, mapFields } from '../../src/model/fields.js';

describe('fields', () => {
  const { map } = checkFields({
    start: 'death_date',
    title: ['first_name', 'last_name'],
    category: 'type',
  });

  it('maps columns onto event fields, joining lists with spaces', () => {
    expect(
      mapFields(
        {
          death_date: '1564-02-18',
          first_name: 'Michelangelo',
          last_name: 'Buonarroti',
          type: 'artist',
          note: 'kept',
        },
        map,
      ),
    ).to.deep.equal({
      start: '1564-02-18',
      title: 'Michelangelo Buonarroti',
      category: 'artist',
      note: 'kept',
    });
  });

  it('does not read a mapped column as the field of its own name', () => {
    // "type" holds the category here, so it must not become the event type.
    const row = mapFields({ death_date: '1600', first_name: 'A', type: 'painter' }, map) as Record<
      string,
      unknown
    >;
    expect(row.type).to.equal(undefined);
    expect(row.title).to.equal('A');
  });

  it('leaves the field empty when every joined column is empty', () => {
    const row = mapFields({ death_date: '1600', first_name: ' ', last_name: '' }, map) as Record<
      string,
      unknown
    >;
    expect(row).to.not.have.property('title');
  });

  it('passes rows that are not objects through, and keeps "__proto__" a plain key', () => {
    expect(mapFields('junk', map)).to.equal('junk');
    expect(mapFields(null, map)).to.equal(null);
    const row = JSON.parse('{"__proto__": {"polluted": 1}, "death_date": "1600"}') as object;
    const mapped = mapFields(row, map) as Record<string, unknown>;
    expect(Object.getPrototypeOf(mapped)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports unknown fields, malformed column lists and text that is not JSON', () => {
    const { map: checked, errors } = checkFields({ start: 'd', when: 'x', title: [1, 2], end: [] });
    expect([...checked.keys()]).to.deep.equal(['start']);
    expect(errors.map((e) => e.message)).to.deep.equal([
      'fields: "when" is not an event field; it is ignored.',
      'fields: "title" must name a column or a list of columns; it is ignored.',
      'fields: "end" must name a column or a list of columns; it is ignored.',
    ]);
    expect(errors.every((e) => e.index === -1 && e.field === 'fields' && !e.rejected)).to.equal(
      true,
    );
    expect(checkFields('{"start": ').errors[0]!.message).to.contain('not valid JSON');
    expect(checkFields([1]).errors).to.have.length(1);
    expect(checkFields(null).errors).to.deep.equal([]);
  });
});
