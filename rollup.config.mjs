// One config builds every package: ESM JavaScript (esbuild strips types) and bundled .d.ts files.
// Dependencies stay external; each package's `dist/` is what npm would publish.
import { builtinModules } from 'node:module';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** @param {string} dir @param {Record<string, string>} input @param {string} target */
function pkg(dir, input, target) {
  const entries = Object.fromEntries(Object.entries(input).map(([name, file]) => [name, `packages/${dir}/src/${file}`]));
  return [
    {
      input: entries,
      external,
      plugins: [esbuild({ target, tsconfig: 'tsconfig.base.json' })],
      output: { dir: `packages/${dir}/dist`, format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    },
    {
      input: entries,
      external: (id) => external(id) || builtinModules.includes(id),
      plugins: [dts({ tsconfig: `packages/${dir}/tsconfig.json` })],
      output: { dir: `packages/${dir}/dist`, format: 'es', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
    },
  ];
}

export default [
  ...pkg('contract', { index: 'index.ts', openapi: 'openapi.ts' }, 'es2022'),
  ...pkg('sdk', { index: 'index.ts', server: 'server/index.ts', contract: 'contract.ts' }, 'es2022'),
  ...pkg('sandbox', { index: 'index.ts', cli: 'cli.ts' }, 'node20'),
];
