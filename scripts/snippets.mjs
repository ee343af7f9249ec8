#!/usr/bin/env node
// Keeps every code snippet of the guides (docs/*.md) equal to the file a test runs. A fenced block is
// preceded by a marker naming its source, a repository path and an optional region:
//
//   <!-- snippet: examples/plain-html/index.html#widgets -->
//   ```html
//   …
//   ```
//
// A region is the lines between `#region <name>` and `#endregion <name>` (in any comment syntax),
// dedented; marker lines of other regions inside it are left out. Without `#name`, the whole file.
// Fences of shell commands (sh) and of output (text) need no marker, but every `npm run <script>` in
// them must name a script of the root package.json.
//
// Usage: node scripts/snippets.mjs           check (exit 1 with the list of what is stale or unsourced)
//        node scripts/snippets.mjs --write   rewrite the blocks from their sources
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs');
const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts);
const commandFences = new Set(['sh', 'text']);

/** Where the tests run a source: a snippet must come from a file under one of these. */
const testedRoots = ['examples/', 'docs/snippets/'];

/** @param {string} text @param {string} name */
export function region(text, name) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let picked = lines;
  if (name) {
    const start = lines.findIndex((line) => new RegExp(`#region ${name}\\b`).test(line));
    const end = lines.findIndex((line, i) => i > start && new RegExp(`#endregion ${name}\\b`).test(line));
    if (start < 0 || end < 0) return null;
    picked = lines.slice(start + 1, end);
  }
  picked = picked.filter((line) => !/#(end)?region\b/.test(line));
  while (picked.length && picked[0].trim() === '') picked.shift();
  while (picked.length && picked.at(-1).trim() === '') picked.pop();
  const indent = Math.min(...picked.filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length));
  return picked.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/**
 * Checks one guide (and with `write`, rewrites its stale blocks from their sources).
 * @param {string} file @param {boolean} [write] @returns {string[]} problems
 */
export function processGuide(file, write = false) {
  const problems = [];
  const name = relative(root, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = line.match(/^(\s*)(`{3,})(\S*)/);
    if (!fence) {
      out.push(line);
      continue;
    }
    // A code block: find its end, and the marker above it (the previous non-blank line).
    const [, indent, ticks, lang] = fence;
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith(`${indent}${ticks}`)) end++;
    const body = lines.slice(i + 1, end);
    const marker = out.findLast((l) => l.trim() !== '')?.match(/<!--\s*snippet:\s*([^#\s]+)(?:#(\S+))?\s*-->/);
    if (!marker) {
      if (commandFences.has(lang)) {
        for (const m of body.join('\n').matchAll(/npm run ([\w:-]+)/g)) {
          if (!scripts.includes(m[1])) problems.push(`${name}:${i + 1}: "npm run ${m[1]}" names no script of package.json`);
        }
      } else {
        problems.push(`${name}:${i + 1}: a \`\`\`${lang} block without <!-- snippet: path#region --> above it`);
      }
      out.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    const [, source, regionName] = marker;
    const where = `${name}:${i + 1} (${source}${regionName ? `#${regionName}` : ''})`;
    if (!testedRoots.some((r) => source.startsWith(r))) {
      problems.push(`${where}: a snippet must come from ${testedRoots.join(' or ')}, which tests run`);
      out.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    const path = join(root, source);
    const text = existsSync(path) ? region(readFileSync(path, 'utf8'), regionName ?? '') : null;
    if (text === null) {
      problems.push(`${where}: ${existsSync(path) ? `no region "${regionName}"` : 'no such file'}`);
      out.push(...lines.slice(i, end + 1));
    } else {
      const wanted = text.split('\n').map((l) => (l ? indent + l : l));
      if (wanted.join('\n') !== body.join('\n')) {
        changed = true;
        if (!write) problems.push(`${where}: differs from its source (run node scripts/snippets.mjs --write)`);
      }
      out.push(line, ...wanted, lines[end]);
    }
    i = end;
  }
  if (write && changed) {
    writeFileSync(file, out.join('\n'));
    console.log(`snippets: updated ${name}`);
  }
  return problems;
}

/** Checks (or with `write`, updates) every guide in docs/; returns the problems left. */
export function checkGuides(write = false) {
  const guides = readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => join(docsDir, f));
  const problems = guides.flatMap((guide) => processGuide(guide, write));
  if (problems.length) console.error(`snippets: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  else if (!write) console.log(`snippets: every code block of ${guides.length} guides matches its source`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (checkGuides(process.argv.includes('--write')).length) process.exit(1);
}
