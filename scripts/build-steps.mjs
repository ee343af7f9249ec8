#!/usr/bin/env node
// The builds that `npm start` needs, each skipped when its outputs are up to date. A step is up to date
// when the hash of its inputs (the files its patterns match, its own definition below, and the inputs
// of the steps it runs after) equals the one stamped in .cache/build/<step>.json by its last successful
// run, and every file it wrote then is still there. Content decides, not mtimes: a checkout, `touch` or
// copy that leaves the bytes alone rebuilds nothing, and an edit whose mtime is older than the output
// still rebuilds. The stamp is removed before the command runs and written only after it succeeds, so
// a failed or interrupted build is retried next time.
//
// `npm test` and CI do not come here: they run `npm run build` and `npm run docs -- --check`, which
// always build everything. Delete .cache/build to make `npm start` rebuild every step.
// Usage: node scripts/build-steps.mjs
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every package of the workspace (root package.json), e.g. `packages/sdk`. */
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;

/** What every package's TypeScript build reads besides its sources. */
const packageConfig = ['packages/*/package.json', 'tsconfig*.json', 'packages/*/tsconfig*.json', 'package-lock.json'];

/**
 * The steps of `npm run build` and `npm run docs`, in order. `inputs` are patterns relative to the
 * repository (`*` within a folder name, `**` any depth); another step's outputs, node_modules and dot
 * folders never count as inputs. `after` names earlier steps whose outputs this one reads: their
 * inputs count as this step's too. `outputs` are files or folders (every file inside counts).
 * A `node` command runs with the Node that runs this script.
 * @type {import('./build-steps.d.mts').BuildStep[]}
 */
export const steps = [
  {
    // Every package's dist/ (ESM, .d.ts, the elements' CDN build). rollup.config.mjs decides the entry
    // points, so it is one step over every package's sources and configuration.
    name: 'rollup',
    inputs: ['rollup.config.mjs', 'scripts/strip-schema-meta.mjs', 'packages/*/src/**', ...packageConfig],
    outputs: workspaces.map((dir) => `${dir}/dist`),
    command: ['node', 'node_modules/rollup/dist/bin/rollup', '-c', '--silent'],
  },
  {
    name: 'openapi',
    inputs: ['packages/contract/scripts/write-openapi.mjs'],
    after: ['rollup'],
    outputs: ['packages/contract/dist/openapi.json'],
    command: ['node', 'packages/contract/scripts/write-openapi.mjs'],
  },
  {
    // The analyzer reads the components' sources, not their build; --check fails when the committed
    // React wrappers no longer match them.
    name: 'manifest',
    inputs: ['packages/elements/src/**', 'packages/elements/custom-elements-manifest.config.mjs', 'packages/elements/scripts/manifest.mjs', 'packages/elements/package.json', 'package-lock.json'],
    outputs: ['packages/elements/custom-elements.json'],
    command: ['node', 'packages/elements/scripts/manifest.mjs', '--check'],
  },
  {
    // The React example's bundle is built from the packages' TypeScript sources (the `source` condition),
    // so it needs their sources, not rollup's output.
    name: 'examples',
    inputs: ['scripts/build-examples.mjs', 'examples/react/src/**', 'examples/tsconfig.json', 'packages/*/src/**', ...packageConfig],
    outputs: ['examples/react/dist'],
    command: ['node', 'scripts/build-examples.mjs'],
  },
  {
    // The guides, the snippets they quote (from examples/ and docs/snippets/), the npm scripts they name
    // (package.json), every package's reference (typedoc reads the sources and READMEs) and the HTTP
    // reference (from packages/contract/dist, hence after rollup). docs/api-reference.md is written here.
    name: 'docs',
    inputs: [
      'docs/**', 'examples/**', 'typedoc.json', 'packages/*/typedoc.json', 'packages/*/tsdoc.json', 'packages/*/README.md',
      'packages/*/src/**', 'package.json', ...packageConfig,
      'scripts/docs.mjs', 'scripts/api-reference.mjs', 'scripts/links.mjs', 'scripts/snippets.mjs',
    ],
    after: ['rollup'],
    outputs: ['docs/site', 'docs/api-reference.md'],
    command: ['node', 'scripts/docs.mjs'],
  },
];

/** @param {string} rel @param {string} path whether `rel` is `path` or inside it */
const within = (rel, path) => rel === path || rel.startsWith(`${path}/`);

/** @param {string} dir @returns {import('node:fs').Dirent[]} */
function entries(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw error;
  }
}

/** @param {string} segment a pattern's folder or file name, with `*` */
const segmentPattern = (segment) => new RegExp(`^${segment.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);

/**
 * The files a pattern matches, relative to `base` with `/`, walking only the folders it can match in.
 * @param {string} base @param {string} pattern @param {(rel: string) => boolean} skip
 * @param {Set<string>} found
 */
function matchFiles(base, pattern, skip, found) {
  const segments = pattern.split('/');
  const child = (rel, name) => (rel ? `${rel}/${name}` : name);
  /** @param {string} rel @param {number} i */
  const visit = (rel, i) => {
    if (rel && skip(rel)) return;
    if (i === segments.length) {
      if (statSync(join(base, rel), { throwIfNoEntry: false })?.isFile()) found.add(rel);
      return;
    }
    const segment = segments[i];
    if (segment === '**') {
      visit(rel, i + 1); // `**` as no folder at all
      for (const entry of entries(join(base, rel))) {
        if (entry.isDirectory()) visit(child(rel, entry.name), i);
        else if (entry.isFile() && i === segments.length - 1 && !skip(child(rel, entry.name))) found.add(child(rel, entry.name));
      }
    } else if (segment.includes('*')) {
      const re = segmentPattern(segment);
      for (const entry of entries(join(base, rel))) if (re.test(entry.name)) visit(child(rel, entry.name), i + 1);
    } else {
      visit(child(rel, segment), i + 1);
    }
  };
  visit('', 0);
}

/** node_modules and dot folders (.git, .cache, .data) are never inputs. */
const ignored = (rel) => rel.split('/').some((name) => name === 'node_modules' || name.startsWith('.'));

/**
 * The files a step reads: its patterns' matches, without any step's outputs.
 * @param {string} base @param {import('./build-steps.d.mts').BuildStep} step
 * @param {import('./build-steps.d.mts').BuildStep[]} all
 */
export function inputFiles(base, step, all) {
  const outputs = all.flatMap((s) => s.outputs);
  const skip = (rel) => ignored(rel) || outputs.some((output) => within(rel, output));
  const found = new Set();
  for (const pattern of step.inputs) matchFiles(base, pattern, skip, found);
  return [...found].sort();
}

/**
 * What a step has written: every file of its outputs (leaving out files that belong to another step's
 * more specific output, e.g. openapi.json inside the contract's dist/), with their contents' hashes, so
 * that outputs a plain `npm run build` rewrote from other sources do not pass for fresh; null when a
 * declared output is missing. The price: rollup's bundled .d.ts files are not byte-for-byte reproducible
 * (the order of some union members varies), so after a plain `npm run build` or `npm test` the next
 * `npm start` may rebuild rollup once.
 * @param {string} base @param {import('./build-steps.d.mts').BuildStep} step
 * @param {import('./build-steps.d.mts').BuildStep[]} all
 */
function outputListing(base, step, all) {
  const others = all.filter((s) => s !== step).flatMap((s) => s.outputs);
  const lines = [];
  /** @param {string} rel */
  const visit = (rel) => {
    const stat = statSync(join(base, rel), { throwIfNoEntry: false });
    if (!stat) return false;
    if (stat.isFile()) lines.push(`${rel}\t${createHash('sha256').update(readFileSync(join(base, rel))).digest('hex')}`);
    else if (stat.isDirectory()) {
      for (const entry of entries(join(base, rel))) {
        const path = `${rel}/${entry.name}`;
        const foreign = others.some((other) => other !== rel && within(other, rel) && within(path, other));
        if (!foreign) visit(path);
      }
    }
    return true;
  };
  for (const output of step.outputs) if (!visit(output)) return null;
  return { files: lines.length, digest: createHash('sha256').update(lines.sort().join('\n')).digest('hex') };
}

/**
 * The hash that a step's stamp must hold: its definition, its input files' contents, and `after`, the
 * hashes of the steps it runs after.
 * @param {string} base @param {import('./build-steps.d.mts').BuildStep} step
 * @param {import('./build-steps.d.mts').BuildStep[]} all @param {string[]} after
 */
function inputHash(base, step, all, after) {
  const hash = createHash('sha256');
  const { name, inputs, outputs, command } = step;
  hash.update(JSON.stringify({ name, inputs, outputs, command, after }));
  for (const rel of inputFiles(base, step, all)) {
    hash.update(`\n${rel}\0`).update(createHash('sha256').update(readFileSync(join(base, rel))).digest('hex'));
  }
  return hash.digest('hex');
}

/** @param {string} file */
function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * @param {string} base @param {string[]} command @param {'inherit' | 'pipe'} stdio
 * @returns {Promise<{ code: number | null, signal: string | null, output: string, error?: Error }>}
 */
function run(base, command, stdio) {
  const [program, ...args] = command;
  return new Promise((resolve) => {
    const child = spawn(program === 'node' ? process.execPath : program, args, { cwd: base, stdio: ['ignore', stdio, stdio] });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: null, signal: null, output, error }));
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/**
 * Runs the steps in order, skipping those that are up to date; stops at the first failure.
 * @param {import('./build-steps.d.mts').BuildStep[]} list
 * @param {import('./build-steps.d.mts').RunOptions} [options]
 * @returns {Promise<import('./build-steps.d.mts').RunResult>}
 */
export async function runSteps(list, { root: base = root, stampDir = join(base, '.cache', 'build'), log = console.log, stdio = 'inherit' } = {}) {
  const width = Math.max(...list.map((step) => step.name.length));
  const say = (step, text) => log(`build: ${step.name.padEnd(width)}  ${text}`);
  /** @type {Map<string, string>} */
  const hashes = new Map();
  const results = [];
  for (const step of list) {
    for (const name of step.after ?? []) {
      if (!hashes.has(name)) throw new Error(`build step "${step.name}" runs after "${name}", which is not an earlier step`);
    }
    const hash = inputHash(base, step, list, (step.after ?? []).map((name) => `${name}:${hashes.get(name)}`));
    hashes.set(step.name, hash);
    const stampFile = join(stampDir, `${step.name}.json`);
    const stamp = readStamp(stampFile);
    const listing = stamp?.inputs === hash ? outputListing(base, step, list) : null;
    const reason = !stamp ? 'not built yet, or its last build failed'
      : stamp.inputs !== hash ? 'inputs changed'
      : !listing ? 'an output is missing'
      : listing.digest !== stamp.outputs?.digest ? `outputs changed since it built them (${stamp.outputs?.files} files then, ${listing.files} now)`
      : null;
    if (!reason) {
      say(step, 'up to date');
      results.push({ name: step.name, status: 'fresh' });
      continue;
    }
    say(step, `building (${reason})…`);
    rmSync(stampFile, { force: true });
    const started = performance.now();
    const { code, signal, output, error } = await run(base, step.command, stdio);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const written = code === 0 ? outputListing(base, step, list) : null;
    if (code !== 0 || !written) {
      const why = error ? `could not run ${step.command[0]}: ${error.message}`
        : signal ? `stopped by ${signal}`
        : code !== 0 ? `exit code ${code}`
        : `it did not write ${step.outputs.join(', ')}`;
      const detail = stdio === 'pipe' && output.trim() ? `\n${output.trimEnd()}` : '';
      say(step, `failed after ${seconds} s (${why})${detail}`);
      results.push({ name: step.name, status: 'failed', error: `${why}${detail}` });
      return { ok: false, results };
    }
    mkdirSync(stampDir, { recursive: true });
    // Written whole then renamed: a stamp cut short would read as no stamp anyway, but never half of one.
    writeFileSync(`${stampFile}.tmp`, `${JSON.stringify({ inputs: hash, outputs: written }, null, 2)}\n`);
    renameSync(`${stampFile}.tmp`, stampFile);
    say(step, `built in ${seconds} s`);
    results.push({ name: step.name, status: 'built' });
  }
  return { ok: true, results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { ok } = await runSteps(steps);
  if (!ok) process.exit(1);
}
