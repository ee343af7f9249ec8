import { build } from 'esbuild';
const tag = process.argv[2];
const r = await build({ stdin: { contents: `import '@dvc-kit/elements/${tag}';`, resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, format: 'esm', target: 'es2022', platform: 'browser', conditions: ['source', 'browser', 'production'], write: false, metafile: true, legalComments: 'none', logLevel: 'error', tsconfig: '/work/main/tsconfig.base.json' });
const rows = Object.entries(Object.values(r.metafile.outputs)[0].inputs).map(([f, v]) => [f.replace(/^.*node_modules\//, '').replace('packages/', ''), v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
for (const [f, b] of rows.slice(0, 40)) console.log(String(b).padStart(7), f);
