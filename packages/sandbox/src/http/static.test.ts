import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testSandbox } from '../test-support.js';

describe('static sites beside the API (the demo of npm start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-static-'));
  let sandbox: Awaited<ReturnType<typeof testSandbox>>;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${sandbox.url}${path}`, { headers, redirect: 'manual' });

  before(async () => {
    mkdirSync(join(dir, 'site', 'page'), { recursive: true });
    mkdirSync(join(dir, 'site', '.hidden'), { recursive: true });
    mkdirSync(join(dir, 'cdn'), { recursive: true });
    writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>Trang chủ</title>');
    writeFileSync(join(dir, 'site', 'page', 'index.html'), '<!doctype html><title>Trang</title>');
    writeFileSync(join(dir, 'site', 'app.css'), 'body { color: red }');
    writeFileSync(join(dir, 'site', 'secret.ts'), 'export const key = "sk_live_x";');
    writeFileSync(join(dir, 'site', '.hidden', 'a.html'), 'hidden');
    writeFileSync(join(dir, 'cdn', 'kit.js'), 'export {};');
    writeFileSync(join(dir, 'outside.html'), 'content beyond the site');
    sandbox = await testSandbox({
      sites: [
        { path: '/cdn/', dir: join(dir, 'cdn') },
        { path: '/', dir: join(dir, 'site'), htmlHeaders: { 'content-security-policy': "script-src 'self'" } },
      ],
    });
  });
  after(async () => {
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('pages get their policy, other files their type, and the API still answers', async () => {
    const home = await get('/');
    assert.equal(home.status, 200);
    assert.equal(home.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(home.headers.get('content-security-policy'), "script-src 'self'");
    assert.equal(home.headers.get('x-content-type-options'), 'nosniff');
    assert.match(await home.text(), /Trang chủ/);
    const css = await get('/app.css');
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(css.headers.get('content-security-policy'), null);
    assert.equal((await get('/cdn/kit.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
    const health = await get('/v1/health');
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { status: string }).status, 'ok');
  });

  test('a folder redirects to its slash and serves its index.html; unchanged files answer 304', async () => {
    const bare = await get('/page?x=1');
    assert.equal(bare.status, 301);
    assert.equal(bare.headers.get('location'), '/page/?x=1');
    const page = await get('/page/');
    assert.equal(page.status, 200);
    const again = await get('/page/', { 'if-none-match': page.headers.get('etag')! });
    assert.equal(again.status, 304);
  });

  test('sources, dotfiles and paths out of the folder are never served', async () => {
    for (const path of ['/secret.ts', '/.hidden/a.html', '/%2e%2e/outside.html', '/..%2foutside.html', '/cdn/..%2f..%2foutside.html', '/nothing.html']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8', path);
      assert.doesNotMatch(await response.text(), /sk_live_x|content beyond/, path);
    }
  });

  test('a page that is not there gets an HTML page with a way back, under the site’s policy; the API keeps its problems', async () => {
    for (const [path, home] of [['/nothing.html', '/'], ['/page/gone.html', '/page/'], ['/page/gone/deeper.html', '/page/'], ['/.hidden/x.html', '/'], ['/cdn/none.html', '/cdn/']] as const) {
      const response = await get(path, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
      const body = await response.text();
      assert.match(body, /<html lang="vi">/);
      assert.match(body, /Không tìm thấy trang/);
      assert.match(body, /Page not found/);
      assert.match(body, new RegExp(`href="${home}"`), path);
      assert.doesNotMatch(body, /<script|style=/, 'nothing a strict policy would block');
    }
    const policy = await get('/nothing.html', { accept: 'text/html' });
    assert.equal(policy.headers.get('content-security-policy'), "script-src 'self'");
    // Programs (no HTML in Accept) and API paths keep the problem answer.
    for (const [path, accept] of [['/nothing.html', 'application/json'], ['/v1/nothing', 'text/html'], ['/gateway/nothing', 'text/html']] as const) {
      const response = await get(path, { accept });
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8', path);
    }
    // Sources and dotfiles stay unserved, whatever the request asks for.
    const secret = await get('/secret.ts', { accept: 'text/html' });
    assert.equal(secret.status, 404);
    assert.doesNotMatch(await secret.text(), /sk_live_x/);
  });

  test('only GET and HEAD are served', async () => {
    const head = await fetch(`${sandbox.url}/app.css`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String('body { color: red }'.length));
    const post = await fetch(`${sandbox.url}/app.css`, { method: 'POST' });
    assert.equal(post.status, 404);
  });
});
