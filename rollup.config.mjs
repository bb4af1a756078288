// tsc compiles src/ to dist/; rollup only bundles that JS (TypeScript 7's native compiler has no
// JS API for rollup plugins, so we never ask rollup to compile).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Squeezes indentation out of Lit `css` and `html` templates, which terser leaves alone. CSS loses
 * comments and the spaces around punctuation (and after colons, which never precede a space in
 * a selector), the zero before a decimal point, and the quotes around attribute selector values
 * that are plain identifiers (`[part='plot']` → `[part=plot]`); HTML loses the line breaks between
 * tags (which only ever sit between block or flex items here) and before the `>` closing a tag
 * whose attributes were wrapped, and keeps one space elsewhere.
 */
function minifyLitTemplates() {
  const minifyCss = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/ !important/g, '!important')
      .replace(/([:\s,(])0\.(\d)/g, '$1.$2')
      .replace(/=(['"])([a-z][\w-]*)\1\]/g, '=$2]');
  const minifyHtml = (body) =>
    body
      .replace(/\s*\n\s*>/g, '>')
      .replace(/>\s*\n\s*</g, '><')
      .replace(/\s*\n\s*/g, ' ');
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!id.includes('/dist/') || id.includes('node_modules')) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && ['css', 'html'].includes(node.tag.name)) {
          const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
          for (const quasi of node.quasi.quasis) {
            edits.push([quasi.start, quasi.end, minify(quasi.value.raw)]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
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

/**
 * d3-brush imports d3-interpolate's generic `interpolate` (which brings d3-color and every value
 * interpolator) only to tween `brush.move` on a transition. The element never moves a brush on a
 * transition (see d3-transition-lite), so the bundle gives d3-brush a stand-in that jumps.
 */
function d3BrushWithoutInterpolate() {
  return {
    name: 'd3-brush-without-interpolate',
    transform(code, id) {
      if (!/node_modules\/d3-brush\/dist\/[^/]+\.mjs$/.test(id)) return null;
      const replaced = code.replace(
        "import { interpolate } from 'd3-interpolate';",
        'const interpolate = (a, b) => () => b;',
      );
      if (replaced === code) this.error('d3-brush no longer imports interpolate as expected');
      return { code: replaced, map: null };
    },
  };
}

/**
 * Marks d3's top-level IIFEs (`var interpolateRgb = (function rgbGamma(y) {…})(1)`) as pure, so
 * that rollup can drop the unused ones with what they reference (see `treeshake` below).
 */
function pureD3Factories() {
  return {
    name: 'pure-d3-factories',
    transform(code, id) {
      if (!/node_modules\/d3-[a-z]+\/dist\/[^/]+\.mjs$/.test(id)) return null;
      const marked = code.replace(
        /^((?:var|const|let) [\w$]+ = )\(function /gm,
        '$1/*#__PURE__*/(function ',
      );
      return marked === code ? null : { code: marked, map: null };
    },
  };
}

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
    // d3 ships each package as one module, and rollup keeps a module's top-level calls whenever
    // any of its exports is used. These calls only build values (time intervals, bisectors,
    // colour interpolators, colour classes), so dropping the ones nobody uses is safe: it
    // spares the bundle d3-color and the local-time intervals. Nothing here uses d3-color;
    // anything that starts to must take `define` off this list.
    manualPureFunctions: [
      'define',
      'timeInterval',
      'utcWeekday',
      'timeWeekday',
      'bisector',
      'Blur2',
      'shuffler',
      'rgbSpline',
      'interpolateTransform',
      'hsl',
      'hcl',
      'cubehelix',
    ],
  },
  onwarn(warning, warn) {
    // tsc's decorator helper tests `this` at module scope; undefined there is expected.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [
    cleanChunks(),
    d3TransitionLite(),
    d3BrushWithoutInterpolate(),
    pureD3Factories(),
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
