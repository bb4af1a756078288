import { expect } from '@open-wc/testing';
import { LazyModule } from '../../src/controllers/lazy-module.js';

describe('LazyModule (one loader for what the first picture does not need)', () => {
  it('loads once, is there synchronously afterwards, and tells its owner once', async () => {
    let imports = 0;
    let told = 0;
    const lazy = new LazyModule(
      () => {
        imports++;
        return Promise.resolve({ answer: 42 });
      },
      () => told++,
    );
    expect(lazy.value).to.equal(null);
    expect(lazy.requested).to.equal(false);
    expect(lazy.loadIf(false)).to.equal(null);
    const [a, b] = await Promise.all([lazy.load(), lazy.loadIf(true)]);
    expect(a).to.equal(b);
    expect(lazy.value).to.deep.equal({ answer: 42 });
    expect(lazy.loadIf(true), 'nothing to wait for once loaded').to.equal(null);
    await lazy.load();
    expect([imports, told]).to.deep.equal([1, 1]);
  });

  it('passes a failed import on to whoever waits, and leaves no value', async () => {
    const lazy = new LazyModule(() => Promise.reject(new Error('offline')));
    let error: unknown = null;
    await lazy.load().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('offline');
    expect(lazy.value).to.equal(null);
    expect(lazy.failed).to.equal(true);
  });

  it('never fails an update that waits on it: loadIf resolves without the module', async () => {
    let imports = 0;
    const lazy = new LazyModule(() => {
      imports++;
      return Promise.reject(new Error('offline'));
    });
    expect(await lazy.loadIf(true)).to.equal(undefined);
    expect(lazy.loadIf(true), 'a failed module is not waited for again').to.equal(null);
    expect(imports).to.equal(1);
  });
});
