// The docs build's own checks must be able to fail: a stale or unsourced snippet, an unknown npm
// script, a link to a missing page or anchor.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkLinks } from './links.mjs';
import { processGuide, region } from './snippets.mjs';

test('a region is the dedented lines between its markers, without other markers', () => {
  const text = ['a', '  <!-- #region x -->', '    <p>', '    // #region y', '      text', '    // #endregion y', '    </p>', '  <!-- #endregion x -->'].join('\n');
  assert.equal(region(text, 'x'), '<p>\n  text\n</p>');
  assert.equal(region(text, 'y'), 'text');
  assert.equal(region(text, 'z'), null);
});

test('guides: stale, unsourced and unrunnable blocks are reported; --write brings them up to date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-snippets-'));
  try {
    const guide = join(dir, 'guide.md');
    const source = region(readFileSync(new URL('../examples/plain-html/index.html', import.meta.url), 'utf8'), 'script');
    writeFileSync(guide, [
      '# Guide', '',
      '<!-- snippet: examples/plain-html/index.html#script -->', '```html', '<script src="old.js"></script>', '```', '',
      '```ts', 'const untested = 1;', '```', '',
      '<!-- snippet: examples/plain-html/index.html#nothing -->', '```html', '', '```', '',
      '<!-- snippet: packages/sdk/src/index.ts -->', '```ts', '', '```', '',
      '```sh', 'npm run no-such-script', 'npm start', '```', '',
    ].join('\n'));
    const problems = processGuide(guide);
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.match(problems[0]!, /differs from its source/);
    assert.match(problems[1]!, /without <!-- snippet/);
    assert.match(problems[2]!, /no region "nothing"/);
    assert.match(problems[3]!, /must come from examples\/ or docs\/snippets\//);
    assert.match(problems[4]!, /"npm run no-such-script" names no script/);
    processGuide(guide, true);
    assert.ok(readFileSync(guide, 'utf8').includes(`\`\`\`html\n${source}\n\`\`\``));
    assert.equal(processGuide(guide).length, 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('links: a missing page, a missing anchor and a way out of the site are broken; the rest are not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-links-'));
  try {
    mkdirSync(join(dir, 'guides'));
    writeFileSync(join(dir, 'index.html'), [
      '<a href="guides/a.html#start">ok</a>', '<a href="guides/">ok, folder index</a>', '<a href="https://example.com/x">external</a>',
      '<a href="guides/a.html#nowhere">bad anchor</a>', '<a href="guides/b.html">missing</a>', '<img src="../outside.png">',
      '<script>const s = "<a href=\\"nope.html\\">";</script>',
    ].join('\n'));
    writeFileSync(join(dir, 'guides', 'a.html'), '<h2 id="start">Start</h2><a href="../index.html#top">bad anchor</a>');
    writeFileSync(join(dir, 'guides', 'index.html'), '<a href="a.html">ok</a>');
    const { pages, broken } = checkLinks(dir);
    assert.equal(pages, 3);
    assert.deepEqual(broken.sort(), [
      'guides/a.html: "../index.html#top" names no anchor "top" on index.html',
      'index.html: "../outside.png" leaves the site',
      'index.html: "guides/a.html#nowhere" names no anchor "nowhere" on guides/a.html',
      'index.html: "guides/b.html" names no file',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
