// The manifest is generated from the JSDoc of the public modules (see
// scripts/check-manifest.mjs for the staleness check, which writes to CEM_OUTDIR instead of the
// repository root).
export default {
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/ai-timeline.ts',
    'src/events.ts',
    'src/model/types.ts',
  ],
  outdir: process.env.CEM_OUTDIR ?? '.',
  // package.json's `customElements` names the committed manifest; the analyzer must not point it
  // at the staleness check's scratch copy.
  packagejson: false,
  litelement: true,
  dependencies: false,
  plugins: [
    {
      // Sorted modules, and only the public surface: private and protected members are
      // implementation, and listing them would make the manifest churn with every refactor.
      name: 'public-surface',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => !member.privacy || member.privacy === 'public',
              );
            }
          }
        }
      },
    },
  ],
};
