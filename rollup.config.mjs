// tsc compiles src/ to dist/; rollup only bundles that JS (TypeScript 7's native compiler has no
// JS API for rollup plugins, so we never ask rollup to compile).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/ai-timeline.min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
