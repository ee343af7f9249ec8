// custom-elements.json from the components' JSDoc (the doc is the API): `npm run manifest`.
// The cleanup plugin drops what is not public API: private state (`_name`, `#name`) that the Lit
// plugin lists as attributes, and the `name` parameter of the base class's generic `emit()`.
export default {
  globs: ['src/dvc-*/dvc-*.ts', 'src/shared/dvc-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'dvc-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const isPublic = (item) => !item.name.startsWith('_') && !item.name.startsWith('#') && item.privacy !== 'private' && item.privacy !== 'protected';
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => isPublic(a) && (a.name === 'lang' || !(a.fieldName ?? '').startsWith('_')));
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('dvc-'));
          }
        }
      },
    },
  ],
};
