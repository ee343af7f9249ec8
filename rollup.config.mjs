// One config builds every package: ESM JavaScript (esbuild strips types) and bundled .d.ts files.
// Dependencies stay external; each package's `dist/` is what npm would publish. The elements also get
// the CDN build: a loader that loads each widget's module on first use, and one self-registering file.
import { readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { noSchemaMeta } from './scripts/strip-schema-meta.mjs';

const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** @param {string} dir @param {Record<string, string>} input @param {string} target @param {import('rollup').Plugin[]} plugins before esbuild */
function pkg(dir, input, target, plugins = []) {
  const entries = Object.fromEntries(Object.entries(input).map(([name, file]) => [name, `packages/${dir}/src/${file}`]));
  return [
    {
      input: entries,
      external,
      plugins: [...plugins, esbuild({ target, tsconfig: 'tsconfig.base.json' })],
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

/**
 * How the CDN builds read sources and shrink them: the packages' TypeScript without the contract's
 * schema descriptions, the widgets' styles minified, production lit, each chunk minified by esbuild,
 * then by terser with three compress passes (smaller than either alone).
 */
const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] }),
  noSchemaMeta(), // schema descriptions are for the OpenAPI document, not browsers
  minifyCssLiterals(), // the CSS in `css` templates, which the JavaScript minifiers leave as written
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: true, legalComments: 'none' }),
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
];
const cdnDir = 'packages/elements/dist/cdn';

/**
 * Our packages' `sideEffects` declarations (package.json), applied to their TypeScript sources too:
 * rollup-plugin-esbuild resolves `./x.js` to `x.ts` without them, and rollup would then keep every
 * contract schema module that a barrel names (and put them all in the chunk every widget loads).
 * The contract and the SDK have none; in the elements only the modules that register a tag do.
 */
const cdnTreeshake = {
  moduleSideEffects: (id, external) =>
    external || !(/\/packages\/(contract|sdk)\/src\//.test(id) || (/\/packages\/elements\/src\//.test(id) && !/\/index\.ts$/.test(id))),
};

/**
 * Writes into the loader (`dvc-kit.js`), for each tag, its module and every module that module imports
 * statically (less what the loader itself imports): the loader preloads them all at once, so a widget
 * costs no round trip after the loader. Fails the build if the loader has no place for it. Also writes
 * the table to `widgets.json` beside it, for the size report and the tests.
 */
function widgetManifest() {
  return {
    name: 'dvc-widget-manifest',
    buildStart() {
      rmSync(cdnDir, { recursive: true, force: true }); // no chunk of an earlier build stays beside the new ones
    },
    generateBundle(_options, bundle) {
      const chunk = (fileName) => {
        const found = bundle[fileName];
        if (found?.type !== 'chunk') this.error(`dvc-widget-manifest: no chunk ${fileName}`);
        return found;
      };
      const imports = (fileName, seen = new Set()) => {
        for (const dep of chunk(fileName).imports) if (!seen.has(dep)) imports(dep, seen.add(dep));
        return seen;
      };
      const loader = chunk('dvc-kit.js');
      const withLoader = imports('dvc-kit.js').add('dvc-kit.js');
      const widgets = Object.fromEntries(components.map((tag) =>
        [tag, [`${tag}.js`, ...[...imports(`${tag}.js`)].filter((file) => !withLoader.has(file)).sort()]]));
      const marker = /(["'])__DVC_WIDGETS__\1/;
      if (!marker.test(loader.code)) this.error('dvc-widget-manifest: the loader has no __DVC_WIDGETS__ marker');
      loader.code = loader.code.replace(marker, () => JSON.stringify(JSON.stringify(widgets)));
      // The same table for tools (size report, tests): what the loader and each widget make a page fetch.
      const table = { loader: [...withLoader].sort(), widgets, sdk: ['sdk.js', ...[...imports('sdk.js')].sort()] };
      this.emitFile({ type: 'asset', fileName: 'widgets.json', source: `${JSON.stringify(table, null, 2)}\n` });
    },
  };
}

/**
 * The one-tag embed: `dvc-kit.js` is a small loader; each widget is a module of its own (`<tag>.js`)
 * with shared chunks, loaded the first time its tag appears; `sdk.js` serves a page's own script.
 */
const cdn = {
  input: {
    'dvc-kit': 'packages/elements/src/cdn/loader.ts',
    sdk: 'packages/elements/src/cdn/sdk.ts',
    ...Object.fromEntries(components.map((tag) => [tag, `packages/elements/src/${tag}/index.ts`])),
  },
  plugins: [...cdnPlugins(), widgetManifest()],
  treeshake: cdnTreeshake,
  output: {
    dir: cdnDir, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js',
  },
};

/** The single-file build of every widget (English inside), for pages that want one request. */
const cdnBundle = {
  input: 'packages/elements/src/index.ts',
  plugins: cdnPlugins(),
  treeshake: cdnTreeshake,
  output: { file: `${cdnDir}/dvc-kit.bundle.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
};

export default [
  ...pkg('contract', { index: 'index.ts', openapi: 'openapi.ts' }, 'es2022'),
  ...pkg('sdk', {
    index: 'index.ts', core: 'core.ts', server: 'server/index.ts', contract: 'contract.ts', cli: 'cli/dvc-sync.ts',
    // One entry per resource (`@dvc-kit/sdk/services`…): a page's bundle holds the resources it imports.
    ...Object.fromEntries(['services', 'attachments', 'dossiers', 'payments', 'petitions', 'stats', 'ratings', 'account'].map((r) => [r, `resources/${r}.ts`])),
  }, 'es2022'),
  ...pkg('elements', {
    index: 'index.ts',
    ...Object.fromEntries(components.map((tag) => [`${tag}/index`, `${tag}/index.ts`])),
    'react/index': 'react/index.ts',
  }, 'es2022', [minifyCssLiterals()]), // the styles minified for pages bundled from npm too
  cdn,
  cdnBundle,
  // `@dvc-kit/sandbox/testing`: the helpers other packages' tests (and the browser tests' dev server) start and drive a sandbox with;
  // `@dvc-kit/sandbox/testing/submission`: the browser-safe part of them (a valid submission, built over HTTP).
  ...pkg('sandbox', { index: 'index.ts', cli: 'cli.ts', testing: 'test-support.ts', 'testing/submission': 'test-submission.ts' }, 'node20'),
];
