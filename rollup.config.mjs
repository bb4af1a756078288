// tsc compiles src/ to dist/; rollup only bundles that JS (TypeScript 7's native compiler has no
// JS API for rollup plugins, so we never ask rollup to compile).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { transformStyleAttribute } from 'lightningcss';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Minifies the Lit `css` and `html` templates of our own modules (terser leaves template text
 * alone): CSS with lightningcss, HTML with html-minifier-next, through Lit's own rollup plugin.
 * A `css` template that is a list of declarations rather than a style sheet (the dark theme's
 * tokens, interpolated into rules) is minified as what it is, like a style attribute. A template
 * the tools cannot parse fails the build rather than ship unminified.
 */
function minifyLitTemplates() {
  const minifyCss = (css) =>
    css.includes('{')
      ? defaultStrategy.minifyCSS(css)
      : transformStyleAttribute({ code: Buffer.from(css), minify: true }).code.toString();
  return minifyHTMLLiterals({
    include: ['dist/**/*.js'],
    failOnError: true,
    options: { minifyOptions: { minifyCSS: minifyCss } },
  });
}

/** Empties dist/chunks/ first, so that chunks of earlier builds (hashed names) are not shipped. */
function cleanChunks() {
  return {
    name: 'clean-chunks',
    buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }),
  };
}

/** Swaps d3-transition for the stand-in described in scripts/rollup/d3-transition-lite.mjs. */
function d3TransitionLite() {
  const lite = fileURLToPath(new URL('./scripts/rollup/d3-transition-lite.mjs', import.meta.url));
  return {
    name: 'd3-transition-lite',
    resolveId: (source) => (source === 'd3-transition' ? lite : null),
  };
}

// package.json pins d3-interpolate and d3-ease to 3.0.1, the releases that ship one ES module per
// function with "sideEffects": false. From them the entry takes only what it uses
// (interpolateZoom, easeCubicInOut) and the lazy overview chunk takes what d3-brush uses (the
// generic interpolate, with d3-color). Their 3.0.2 releases ship each package as one module, so
// the whole of what any chunk uses lands in the entry, with the top-level colour and easing
// factories rollup must keep: d3-color and more, about 5 KB min+gzip over the budget.
export default {
  input: 'dist/index.js',
  // Let the entry export what its chunks import from it, instead of moving it all to a shared
  // chunk behind a facade (which would add a request and break the one-file size figure).
  preserveEntrySignatures: 'allow-extension',
  output: {
    // The entry is the one-script-tag bundle; what only some pages need (CSV, TimelineJS,
    // date-format, <ai-event> children) is split into chunks it imports on demand, relative to
    // its own URL.
    dir: 'dist',
    entryFileNames: 'ai-timeline.min.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  treeshake: {
    // d3-time and d3-array ship each package as one module, and rollup keeps a module's top-level
    // calls whenever any of its exports is used, unless it can tell they have no side effects.
    // Both factories named here only build and return a new value, but rollup cannot tell:
    // `timeInterval` sets properties on the function it returns, `bisector` reads a property of
    // its argument. Declaring them pure lets rollup drop the instances nobody uses (the
    // local-time intervals beside the UTC ones utcTicks needs, d3-array's unused bisectors):
    // about 100 bytes min+gzip. Other d3 factories are either dropped without help or in
    // modules the bundle does not reach.
    manualPureFunctions: ['timeInterval', 'bisector'],
  },
  onwarn(warning, warn) {
    // tsc's decorator helper tests `this` at module scope; undefined there is expected.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    // d3-interpolate's generic interpolator and its array and object interpolators import each
    // other; they are only called after every module has loaded, so the cycle is harmless.
    if (
      warning.code === 'CIRCULAR_DEPENDENCY' &&
      warning.ids.every((id) => id.includes('/node_modules/d3-interpolate/'))
    ) {
      return;
    }
    warn(warning);
  },
  plugins: [
    cleanChunks(),
    d3TransitionLite(),
    minifyLitTemplates(),
    nodeResolve({ browser: true }),
    terser({
      ecma: 2022,
      module: true,
      // The "unsafe" rewrites assume what holds for this code base: getters without side
      // effects, no `new` on object methods, no reliance on `arguments` in arrow candidates.
      // Together they save about 280 bytes min+gzip. The tests that load this bundle (package, CSP,
      // examples, docs) check it still works.
      compress: {
        passes: 3,
        pure_getters: true,
        unsafe: true,
        unsafe_arrows: true,
        unsafe_comps: true,
        unsafe_methods: true,
      },
      format: { comments: false },
    }),
  ],
};
