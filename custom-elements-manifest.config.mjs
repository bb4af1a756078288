// The manifest is generated from the JSDoc of the public modules (see
// scripts/check-manifest.mjs for the staleness check, which writes to CEM_OUTDIR instead of the
// repository root). Modules are sorted so the output does not depend on file-system order.
export default {
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/ai-timeline.ts',
    'src/events.ts',
    'src/model/types.ts',
  ],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
