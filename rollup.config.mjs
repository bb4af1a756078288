// tsc compiles src/ to dist/; rollup only bundles that JS (TypeScript 7's native compiler has no
// JS API for rollup plugins, so we never ask rollup to compile).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Squeezes the whitespace and comments out of Lit `css` templates, which terser leaves alone. */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.styles.js')) return null;
      const minified = code.replace(/css\s*`([^`]*)`/g, (_, body) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/ai-timeline.min.js',
    format: 'es',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // tsc's decorator helper tests `this` at module scope; undefined there is expected.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [
    minifyCssTemplates(),
    nodeResolve({ browser: true }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
