#!/usr/bin/env node
// Builds what the examples need beyond the packages' own builds: the React example's bundle
// (examples/react/dist/app.js, React and the kit's wrappers, minified). Usage: npm run build:examples
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ['examples/react/src/main.tsx'],
  outfile: 'examples/react/dist/app.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  // The packages' TypeScript sources (as the tests use them), so the bundle has one copy of each module.
  conditions: ['source'],
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`build-examples: examples/react/dist/app.js (${(bytes / 1024).toFixed(1)} KiB) in ${Math.round(performance.now() - started)} ms`);
