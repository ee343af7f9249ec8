// Where Debian's browsers are: shared by web-test-runner.config.mjs and the examples' tests
// (examples/test-support.ts). scripts/ensure-browsers.mjs installs them when they are missing.
import { existsSync } from 'node:fs';

/** The Chromium binary itself (the /usr/bin/chromium wrapper script adds flags puppeteer does not need). */
export const chromiumPath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
export const firefoxPath = '/usr/bin/firefox-esr';
