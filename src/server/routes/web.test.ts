import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type TestServer, testServer } from '../test-server.js';
import { WEB_DIR, WORKBENCH_CSP } from './web.js';

const hostile = 'Breaking <script>alert("x")</script> and <img src=x onerror=alert(1)> & more';

describe('the workbench at / when it is built', () => {
  let s: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  before(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app-1.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'notes.txt'), 'not a served type');
    s = await testServer({ webDir: dir });
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page under a strict policy: own scripts only, no inline code, not framed', async () => {
    const res = await fetch(`${s.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('content-security-policy'), WORKBENCH_CSP);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.doesNotMatch(WORKBENCH_CSP, /unsafe-|\*|data:|http/);
    assert.match(WORKBENCH_CSP, /script-src 'self'/);
    assert.match(WORKBENCH_CSP, /frame-ancestors 'none'/);
    assert.match(await res.text(), /\/assets\/app-1\.js/);
  });

  it('serves hashed assets with their type, cached for good, and nothing else', async () => {
    const js = await fetch(`${s.url}/assets/app-1.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(await js.text(), 'console.log(1)');
    for (const path of ['/assets/missing.js', '/assets/notes.txt', '/assets/%2e%2e/index.html', '/assets/']) {
      const res = await fetch(s.url + path);
      assert.equal(res.status, 404, path);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_NOT_FOUND');
    }
    assert.equal((await fetch(`${s.url}/assets/app-1.js`, { method: 'POST', headers: s.auth })).status, 404);
  });
});

describe('the small page at / when the workbench is not built', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer({ webDir: join(tmpdir(), 'sitrep-no-workbench-here'), publicRead: true });
  });
  after(() => s.close());

  it('lists documents with every value escaped, under a policy that allows no script', async () => {
    const posted = await fetch(`${s.url}/api/documents`, {
      method: 'POST',
      body: JSON.stringify({ text: `${hostile}\n\nBody text follows.`, title: hostile }),
      headers: { 'content-type': 'application/json', ...s.auth },
    });
    assert.equal(posted.status, 201);
    const page = await fetch(`${s.url}/`);
    const html = await page.text();
    assert.ok(!html.includes('<script'), 'no script tag on the page');
    assert.ok(!html.includes('<img'), 'no img tag on the page');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|script-src/);
  });

  it('says why nothing is listed when reads need a token', async () => {
    const closed = await testServer({ webDir: join(tmpdir(), 'sitrep-no-workbench-here') });
    try {
      assert.match(await (await fetch(`${closed.url}/`)).text(), /not listed here/);
    } finally {
      await closed.close();
    }
  });
});

describe('the built workbench (npm run build)', () => {
  const index = join(WEB_DIR, 'index.html');
  it('loads only its own module scripts and stylesheets: nothing inline, nothing remote', {
    skip: existsSync(index) ? false : 'the workbench is not built',
  }, () => {
    const html = readFileSync(index, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs ?? '', /src="\/assets\/[\w.-]+\.js"/);
      assert.equal(body?.trim(), '');
    }
    assert.doesNotMatch(html, /<style|\sstyle=|https?:\/\/|\son\w+=/);
  });
});
