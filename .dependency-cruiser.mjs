// Imports flow one way (npm run check:deps). Layers, bottom to top:
//   model, i18n, events.ts  ->  layout  ->  render  ->  controllers  ->  the element
// (ai-timeline.ts and its styles, templates/, ssr/, define/index/react/jsx and
// any other folder under src/). A layer may import only the layers below it.
// events.ts is the public events' contract (their details and one factory): it sits
// at the bottom with the model, so that the controllers that fire events can use it.
// i18n may use model types; model uses nothing above itself.
// Type-only and dynamic imports count: a cycle through `import type` or
// `import()` still ties the modules together for readers and for chunking.

/** A layer's files may import from src/ only within `allowed` (folders). */
function onlyFrom(name, layer, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: '^src/', pathNot: `^src/((${allowed.join('|')})/|events\\.ts$)` },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles, type-only ones included, blur which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import the check cannot resolve is one it cannot judge: fail rather than pass.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    onlyFrom('model-imports-only-model', 'model', ['model'], 'The model is the bottom layer.'),
    {
      name: 'events-import-only-model',
      comment: 'The events contract sits at the bottom, beside the model.',
      severity: 'error',
      from: { path: '^src/events\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(model/|events\\.ts$)' },
    },
    onlyFrom(
      'i18n-imports-only-model',
      'i18n',
      ['model', 'i18n'],
      'i18n sits beside the model and may use its types.',
    ),
    onlyFrom(
      'layout-not-upward',
      'layout',
      ['model', 'i18n', 'layout'],
      'Layout must not know how it is drawn or driven.',
    ),
    onlyFrom(
      'render-not-upward',
      'render',
      ['model', 'i18n', 'layout', 'render'],
      'Renderers take what they need as arguments, not from controllers or the element.',
    ),
    onlyFrom(
      'controllers-not-upward',
      'controllers',
      ['model', 'i18n', 'layout', 'render', 'controllers'],
      'Controllers are handed the host; they do not import the element.',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
