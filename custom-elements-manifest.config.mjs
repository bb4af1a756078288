// The manifest is generated from the JSDoc in src/ (see scripts/check-manifest.mjs for the
// staleness check, which writes to CEM_OUTDIR instead of the repository root).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
};
