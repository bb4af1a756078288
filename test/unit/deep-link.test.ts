import { expect } from '@open-wc/testing';
import { readDeepLink, windowText, writeDeepLink } from '../../src/controllers/deep-link.js';

const JUNE = Date.UTC(2025, 5, 1);
const JULY = Date.UTC(2025, 6, 1);

describe('deep-link fragments', () => {
  it('reads a plain id, a namespaced id and a window', () => {
    expect(readDeepLink('#scale-ai', null)).to.deep.equal({ id: 'scale-ai', window: null });
    expect(readDeepLink('#meta:scale-ai', 'meta')).to.deep.equal({ id: 'scale-ai', window: null });
    expect(readDeepLink('#meta:scale-ai', null)).to.equal(null);
    expect(readDeepLink('#scale-ai', 'meta')).to.equal(null);
    expect(readDeepLink('#meta:x@2025-06-01/2025-07-01', 'meta')).to.deep.equal({
      id: 'x',
      window: [JUNE, JULY],
    });
    expect(readDeepLink('#@2025-06-01/2025-07-01', null)).to.deep.equal({
      id: null,
      window: [JUNE, JULY],
    });
    expect(readDeepLink('#@2025-06-01T10:30/2025-07-01', null)!.window![0]).to.equal(
      JUNE + 10.5 * 3_600_000,
    );
    expect(readDeepLink('#ns:x@2025-06-01T10:30/2025-07-01', 'ns')!.id).to.equal('x');
    // Not dates, or backwards: no window.
    expect(readDeepLink('#x@soon/later', null)).to.deep.equal({ id: 'x', window: null });
    expect(readDeepLink('#x@2025-07-01/2025-06-01', null)!.window).to.equal(null);
    expect(readDeepLink('', null)).to.equal(null);
  });

  it('keeps the entries of other timelines', () => {
    const hash = writeDeepLink('#a:one', 'b', { id: 'two', window: null });
    expect(hash).to.equal('#a:one&b:two');
    expect(readDeepLink(hash, 'a')!.id).to.equal('one');
    expect(readDeepLink(hash, 'b')!.id).to.equal('two');
    expect(writeDeepLink(hash, 'a', { id: null, window: null })).to.equal('#b:two');
    expect(writeDeepLink('#x', null, { id: null, window: null })).to.equal('');
  });

  it('round-trips ids with reserved characters', () => {
    for (const id of ['a:b', 'x@y', 'p&q', 'spaces and/slash', 'è#%']) {
      const hash = writeDeepLink('', 'ns', { id, window: [JUNE, JULY] });
      expect(readDeepLink(hash, 'ns')).to.deep.equal({ id, window: [JUNE, JULY] });
      expect(readDeepLink(writeDeepLink('', null, { id, window: null }), null)!.id).to.equal(id);
    }
  });

  it('writes windows as days, or minutes when not at midnight', () => {
    expect(windowText(JUNE)).to.equal('2025-06-01');
    expect(windowText(JUNE + 10.5 * 3_600_000)).to.equal('2025-06-01T10:30');
    expect(writeDeepLink('', null, { id: null, window: [JUNE, JULY] })).to.equal(
      '#@2025-06-01/2025-07-01',
    );
  });
});
