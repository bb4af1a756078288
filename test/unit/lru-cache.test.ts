import { expect } from '@open-wc/testing';
import { LruCache } from '../../src/model/lru-cache.js';

describe('LruCache', () => {
  it('keeps at most `max` entries, dropping the least recently used', () => {
    const cache = new LruCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).to.equal(1); // a is now the newest
    cache.set('d', 4);
    expect(cache.size).to.equal(3);
    expect(cache.get('b')).to.equal(undefined);
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).to.deep.equal([1, 3, 4]);
  });

  it('replaces a value without growing', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.size).to.equal(1);
    expect(cache.get('a')).to.equal(2);
  });

  it('stays bounded however many keys pass through', () => {
    const cache = new LruCache<number, number>(16);
    for (let i = 0; i < 10_000; i++) cache.set(i, i);
    expect(cache.size).to.equal(16);
    expect(cache.get(9_999)).to.equal(9_999);
    expect(cache.get(0)).to.equal(undefined);
  });
});
