// `npm start`'s up-to-date builds, driven as a user would on a small tree: the steps' commands are real
// (Node writing files), and only what the runner prints, runs and leaves on disk is checked.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inputFiles, runSteps, steps, type BuildStep } from './build-steps.mjs';

/**
 * `compile` turns src/*.txt into out/all.txt (failing on a source that says "error"), `pack` reads
 * out/all.txt and its own config into packed.txt. Each appends its name to runs.log when it runs.
 */
const script = (body: string) => ['node', '-e', `const fs = require('node:fs'); fs.appendFileSync('runs.log', process.argv[1] + '\\n'); ${body}`];
const treeSteps: BuildStep[] = [
  {
    name: 'compile',
    inputs: ['src/**'],
    outputs: ['out'],
    command: [...script(`
      const text = fs.readdirSync('src').sort().map((f) => fs.readFileSync('src/' + f, 'utf8')).join('');
      if (text.includes('error')) { console.error('compile: src says error'); process.exit(3); }
      fs.mkdirSync('out', { recursive: true });
      fs.writeFileSync('out/all.txt', text);`), 'compile'],
  },
  {
    name: 'pack',
    inputs: ['pack.json'],
    after: ['compile'],
    outputs: ['packed.txt'],
    command: [...script(`fs.writeFileSync('packed.txt', fs.readFileSync('pack.json', 'utf8') + fs.readFileSync('out/all.txt', 'utf8'));`), 'pack'],
  },
];

function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-build-steps-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'a.txt'), 'a\n');
  writeFileSync(join(dir, 'pack.json'), '{}\n');
  writeFileSync(join(dir, 'runs.log'), '');
  const lines: string[] = [];
  const build = async () => {
    lines.length = 0;
    const before = readFileSync(join(dir, 'runs.log'), 'utf8').split('\n').filter(Boolean).length;
    const result = await runSteps(treeSteps, { root: dir, log: (line) => lines.push(line), stdio: 'pipe' });
    const ran = readFileSync(join(dir, 'runs.log'), 'utf8').split('\n').filter(Boolean).slice(before);
    return { ...result, ran, lines: [...lines] };
  };
  return { dir, build, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('the first run builds, the next skips; an edited input rebuilds its step and the steps after it', async () => {
  const { dir, build, cleanup } = tree();
  try {
    let run = await build();
    assert.deepEqual(run.ran, ['compile', 'pack']);
    assert.equal(run.ok, true);
    assert.equal(readFileSync(join(dir, 'packed.txt'), 'utf8'), '{}\na\n');
    assert.match(run.lines[1]!, /^build: compile {2}built in \d+\.\d s$/);
    assert.ok(existsSync(join(dir, '.cache', 'build', 'compile.json')));

    run = await build();
    assert.deepEqual(run.ran, []);
    assert.deepEqual(run.lines, ['build: compile  up to date', 'build: pack     up to date']);
    assert.deepEqual(run.results.map((r) => r.status), ['fresh', 'fresh']);

    writeFileSync(join(dir, 'src', 'a.txt'), 'A\n');
    run = await build();
    assert.deepEqual(run.ran, ['compile', 'pack']);
    assert.match(run.lines[0]!, /compile {2}building \(inputs changed\)/);
    assert.equal(readFileSync(join(dir, 'packed.txt'), 'utf8'), '{}\nA\n');

    // A new input file counts as much as an edited one; a later step's own input rebuilds only it.
    writeFileSync(join(dir, 'src', 'b.txt'), 'b\n');
    assert.deepEqual((await build()).ran, ['compile', 'pack']);
    writeFileSync(join(dir, 'pack.json'), '{"v":2}\n');
    assert.deepEqual((await build()).ran, ['pack']);
    assert.equal(readFileSync(join(dir, 'packed.txt'), 'utf8'), '{"v":2}\nA\nb\n');
  } finally {
    cleanup();
  }
});

test('content decides: a new mtime alone rebuilds nothing, an edit dated in the past still rebuilds', async () => {
  const { dir, build, cleanup } = tree();
  try {
    await build();
    const file = join(dir, 'src', 'a.txt');
    utimesSync(file, new Date(2099, 0, 1), new Date(2099, 0, 1));
    assert.deepEqual((await build()).ran, []);
    writeFileSync(file, 'edited\n');
    utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    assert.deepEqual((await build()).ran, ['compile', 'pack']);
  } finally {
    cleanup();
  }
});

test('a missing or changed output rebuilds its step', async () => {
  const { dir, build, cleanup } = tree();
  try {
    await build();
    rmSync(join(dir, 'packed.txt'));
    let run = await build();
    assert.deepEqual(run.ran, ['pack']);
    assert.match(run.lines[1]!, /pack {5}building \(an output is missing\)/);

    // An output rewritten by something else (same size, other bytes) is no longer this build's.
    writeFileSync(join(dir, 'packed.txt'), readFileSync(join(dir, 'packed.txt'), 'utf8').toUpperCase());
    assert.deepEqual((await build()).ran, ['pack']);
    assert.equal(readFileSync(join(dir, 'packed.txt'), 'utf8'), '{}\na\n');

    // A file gone from an output folder, or an extra one, is a partial or foreign output.
    rmSync(join(dir, 'out', 'all.txt'));
    assert.deepEqual((await build()).ran, ['compile']);
    writeFileSync(join(dir, 'out', 'stray.txt'), 'x');
    run = await build();
    assert.deepEqual(run.ran, ['compile']);
    assert.match(run.lines[0]!, /outputs changed since it built them \(1 files then, 2 now\)/);
    assert.deepEqual((await build()).ran, []);

    // Losing every stamp (a fresh clone, rm -rf .cache) rebuilds everything.
    rmSync(join(dir, '.cache'), { recursive: true });
    assert.deepEqual((await build()).ran, ['compile', 'pack']);
  } finally {
    cleanup();
  }
});

test('a failing command is reported, stops the run and stays stale until it succeeds', async () => {
  const { dir, build, cleanup } = tree();
  try {
    await build();
    writeFileSync(join(dir, 'src', 'a.txt'), 'an error\n');
    let run = await build();
    assert.equal(run.ok, false);
    assert.deepEqual(run.ran, ['compile']);
    assert.deepEqual(run.results.map((r) => [r.name, r.status]), [['compile', 'failed']]);
    assert.match(run.results[0]!.error!, /^exit code 3\ncompile: src says error$/);
    assert.match(run.lines.at(-1)!, /^build: compile {2}failed after \d+\.\d s \(exit code 3\)\ncompile: src says error$/);
    assert.ok(!existsSync(join(dir, '.cache', 'build', 'compile.json')), 'no stamp after a failure');

    // Still stale although its outputs from the last good build are all there.
    run = await build();
    assert.equal(run.ok, false);
    assert.match(run.lines[0]!, /compile {2}building \(not built yet, or its last build failed\)/);

    writeFileSync(join(dir, 'src', 'a.txt'), 'fixed\n');
    run = await build();
    assert.equal(run.ok, true);
    assert.deepEqual(run.ran, ['compile', 'pack']);
    assert.deepEqual((await build()).ran, []);
  } finally {
    cleanup();
  }
});

test('a command that succeeds without writing its outputs is a failure; a missing program too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-build-steps-'));
  try {
    writeFileSync(join(dir, 'in.txt'), 'x');
    const lazy: BuildStep = { name: 'lazy', inputs: ['in.txt'], outputs: ['out.txt'], command: ['node', '-e', ''] };
    let run = await runSteps([lazy], { root: dir, log: () => {}, stdio: 'pipe' });
    assert.equal(run.ok, false);
    assert.equal(run.results[0]!.error, 'it did not write out.txt');
    assert.ok(!existsSync(join(dir, '.cache', 'build', 'lazy.json')));

    run = await runSteps([{ ...lazy, command: [join(dir, 'no-such-program')] }], { root: dir, log: () => {}, stdio: 'pipe' });
    assert.equal(run.ok, false);
    assert.match(run.results[0]!.error!, /^could not run .*no-such-program: .*ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the kit\'s steps: every input pattern matches files, outputs are not inputs, `after` names an earlier step', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const names = steps.map((step) => step.name);
  assert.deepEqual(names, ['rollup', 'openapi', 'manifest', 'examples', 'docs']);
  for (const [i, step] of steps.entries()) {
    for (const name of step.after ?? []) assert.ok(names.slice(0, i).includes(name), `${step.name} runs after ${name}`);
    for (const pattern of step.inputs) {
      assert.ok(inputFiles(root, { ...step, inputs: [pattern] }, steps).length > 0, `${step.name}: ${pattern} matches no file`);
    }
  }
  const docs = inputFiles(root, steps.find((step) => step.name === 'docs')!, steps);
  assert.ok(docs.includes('docs/index.md') && docs.includes('packages/sdk/src/index.ts') && docs.includes('examples/plain-html/index.html'));
  assert.ok(!docs.includes('docs/api-reference.md'), 'docs/api-reference.md is written by the docs step');
  assert.ok(!docs.some((file) => file.startsWith('docs/site/') || file.startsWith('examples/react/dist/') || file.includes('node_modules/')));
  const rollup = inputFiles(root, steps[0]!, steps);
  assert.ok(rollup.includes('rollup.config.mjs') && rollup.includes('package-lock.json') && rollup.includes('tsconfig.base.json'));
  assert.ok(!rollup.some((file) => file.startsWith('docs/')));
});
