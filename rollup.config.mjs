// One config builds every package: ESM JavaScript (esbuild strips types) and bundled .d.ts files.
// Dependencies stay external; each package's `dist/` is what npm would publish. The elements also get
// the CDN build: one minified, self-registering file with lit, the SDK, ky and zod/mini inside.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
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

/** Every component folder of packages/elements/src: its `index.ts` registers the tag (one npm entry each). */
const components = readdirSync('packages/elements/src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('dvc-'))
  .map((entry) => entry.name);

/** The CDN file: everything bundled (production builds of lit), minified, for `<script type="module">`. */
const cdn = {
  input: 'packages/elements/src/index.ts',
  plugins: [
    nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: true, legalComments: 'none' }),
  ],
  output: { file: 'packages/elements/dist/cdn/dvc-kit.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
};

export default [
  ...pkg('contract', { index: 'index.ts', openapi: 'openapi.ts' }, 'es2022'),
  ...pkg('sdk', {
    index: 'index.ts', core: 'core.ts', server: 'server/index.ts', contract: 'contract.ts',
    // One entry per resource (`@dvc-kit/sdk/services`…): a page's bundle holds the resources it imports.
    ...Object.fromEntries(['services', 'attachments', 'dossiers', 'payments', 'petitions', 'stats'].map((r) => [r, `resources/${r}.ts`])),
  }, 'es2022'),
  ...pkg('elements', {
    index: 'index.ts',
    ...Object.fromEntries(components.map((tag) => [`${tag}/index`, `${tag}/index.ts`])),
    'react/index': 'react/index.ts',
  }, 'es2022'),
  cdn,
  ...pkg('sandbox', { index: 'index.ts', cli: 'cli.ts' }, 'node20'),
];
