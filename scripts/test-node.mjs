#!/usr/bin/env node
// Runs every Node test (packages/*/src/**/*.test.ts, except *.browser.test.ts and the components'
// tests in packages/elements, which all run in browsers; plus examples/**, docs/snippets/node/** and
// scripts/**) in one
// `node --test` process. Node 20's --test takes no globs, so the files are listed here.
// Usage: node scripts/test-node.mjs [filter…]   (keeps files whose path contains any filter)
// TEST_NODE_BINARY=/path/to/node runs the tests with another Node (scripts/test-node24.mjs uses it).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filters = process.argv.slice(2);

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile() && entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts')) out.push(path);
  }
  return out;
}

const packagesDir = join(root, 'packages');
const files = (existsSync(packagesDir) ? readdirSync(packagesDir, { withFileTypes: true }) : [])
  .filter((entry) => entry.isDirectory() && entry.name !== 'elements')
  .map((entry) => join(packagesDir, entry.name, 'src'))
  // The examples (driven in Chromium through puppeteer) and the docs' runnable snippets.
  .concat([join(root, 'examples'), join(root, 'docs', 'snippets', 'node'), join(root, 'scripts')])
  .filter((src) => existsSync(src))
  .flatMap(walk)
  .map((path) => relative(root, path).split(sep).join('/'))
  .filter((path) => filters.length === 0 || filters.some((f) => path.includes(f)))
  .sort();

if (files.length === 0) {
  const what = filters.length ? ` matching ${filters.map((f) => JSON.stringify(f)).join(' or ')}` : '';
  console.error(`test-node: no test files found (packages/*/src/**/*.test.ts${what}).`);
  process.exit(1);
}

const args = ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', ...files];
const binary = process.env.TEST_NODE_BINARY || process.execPath;
const child = spawn(binary, args, { cwd: root, stdio: 'inherit' });
// Ctrl-C already reaches the child (same process group); a SIGTERM sent to us alone is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('error', (error) => {
  console.error(`test-node: could not start ${binary}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
