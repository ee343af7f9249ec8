#!/usr/bin/env node
// Runs before `npm test`: the browser tests need Debian's chromium and firefox-esr.
// If either is missing and we are root on Debian, install both with apt-get (output shown);
// otherwise stop and print the exact command. Nothing else is ever downloaded here
// (puppeteer's own browser download is off: see .puppeteerrc.cjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const required = ['/usr/bin/chromium', '/usr/bin/firefox-esr'];
const packages = ['chromium', 'firefox-esr'];
const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;

const missing = required.filter((path) => !existsSync(path));
if (missing.length === 0) process.exit(0);

const fail = (why) => {
  console.error(`ensure-browsers: missing ${missing.join(', ')} (needed by the browser tests).`);
  console.error(`ensure-browsers: ${why}`);
  console.error(`Install them as root, then run the tests again:\n\n  sudo sh -c '${command}'\n`);
  process.exit(1);
};

const isDebian = process.platform === 'linux' && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (!isDebian) fail('automatic installation only works on Debian (apt-get).');
if (process.getuid?.() !== 0) fail('not running as root, so they cannot be installed automatically.');

console.log(`ensure-browsers: missing ${missing.join(', ')}; installing ${packages.join(' ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`ensure-browsers: \`apt-get ${args.join(' ')}\` failed (${result.error?.message ?? `exit code ${result.status}`}).`);
    process.exit(1);
  }
}

const stillMissing = required.filter((path) => !existsSync(path));
if (stillMissing.length > 0) {
  console.error(`ensure-browsers: apt-get finished but ${stillMissing.join(', ')} still missing.`);
  process.exit(1);
}
console.log('ensure-browsers: chromium and firefox-esr installed.');
