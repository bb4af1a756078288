import { expect } from '@open-wc/testing';

// The CDN bundle must work from one script tag: no bare imports left for a bundler to resolve.
describe('dist/ai-timeline.min.js', () => {
  it('is one self-contained ES module', async () => {
    const response = await fetch(new URL('../../../dist/ai-timeline.min.js', import.meta.url));
    expect(response.ok).to.equal(true);
    const code = await response.text();
    const bareImports = code.match(/\b(?:import|from)\s*["'](?![./])[^"']+["']/g) ?? [];
    expect(bareImports).to.deep.equal([]);
    expect(code).to.contain('ai-timeline');
  });

  it('defines <ai-timeline> when loaded on its own', async () => {
    const frame = document.createElement('iframe');
    const url = new URL('../../../dist/ai-timeline.min.js', import.meta.url).href;
    frame.srcdoc = `<script type="module" src="${url}"></script><ai-timeline></ai-timeline>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('ai-timeline');
    expect(win.document.querySelector('ai-timeline')!.shadowRoot).to.not.equal(null);
    frame.remove();
  });
});
