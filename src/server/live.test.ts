import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../store/index.js';
import { createApp } from './app.js';
import { openApiDocument } from './openapi.js';
import { type TestServer, testServer } from './test-server.js';

const hostile = 'Breaking <script>alert("x")</script> and <img src=x onerror=alert(1)> & more';

describe('HTTP API with public reads: page, events, uploads, limits', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer({
      publicRead: true,
      cors: 'https://desk.example.org',
      maxBodyBytes: 64 * 1024,
      rateLimit: { perSecond: 1, burst: 200 },
      // A clock that stands still: the bucket never refills, however slow the run.
      clock: () => 0,
    });
  });
  after(() => s.close());

  const post = (path: string, body: unknown) =>
    fetch(s.url + path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...s.auth },
    });

  it('delivers a document event on the event stream when a document is ingested', async () => {
    const res = await fetch(`${s.url}/api/events`, { headers: s.auth });
    assert.equal(res.headers.get('content-type'), 'text/event-stream');
    const reader = (res.body ?? new ReadableStream()).pipeThrough(new TextDecoderStream()).getReader();
    let seen = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(seen)) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += value;
      }
      return pattern.exec(seen);
    };
    assert.ok(await until(/event: ready/));
    const posted = await post('/api/documents', {
      text: 'Two bridges were closed to traffic.',
      title: 'Bridges',
    });
    const { added } = (await posted.json()) as { added: string[] };
    const match = await until(/event: document\ndata: (.*)\n/);
    assert.deepEqual(JSON.parse(match?.[1] ?? '{}'), { kind: 'document', id: added[0], title: 'Bridges' });
    await reader.cancel();
  });

  it('returns a hostile article as JSON text', async () => {
    const posted = await post('/api/documents', { text: `${hostile}\n\nBody text follows.`, title: hostile });
    assert.equal(posted.status, 201);
    const { added } = (await posted.json()) as { added: string[] };
    const doc = await fetch(`${s.url}/api/documents/${added[0]}`);
    assert.match(doc.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(((await doc.json()) as { title: string }).title, hostile);
    // How the page at / shows it: src/server/routes/web.test.ts and src/web/workbench.e2e.test.ts.
  });

  it('ingests a multipart upload read by its extension, and still needs a token to write', async () => {
    const form = () => {
      const f = new FormData();
      f.append('file', new Blob(['# Heading\n\nSix helicopters landed at the base.\n']), 'report.md');
      return f;
    };
    assert.equal((await fetch(`${s.url}/api/documents`, { method: 'POST', body: form() })).status, 401);
    const res = await fetch(`${s.url}/api/documents`, { method: 'POST', body: form(), headers: s.auth });
    assert.equal(res.status, 201);
    const { added } = (await res.json()) as { added: string[] };
    const doc = (await (await fetch(`${s.url}/api/documents/${added[0]}`)).json()) as {
      format: string;
      text: string;
    };
    assert.equal(doc.format, 'markdown');
    assert.doesNotMatch(doc.text, /^#/);
  });

  it('lists entities across documents, and a merge decision changes them', async () => {
    for (const text of [
      'Viktor Khrenin, the defence minister of Belarus, inspected a brigade in Minsk.',
      'In Minsk, Khrenin said the brigade was ready.',
    ])
      await post('/api/documents', { text });
    type Entities = { total: number; entities: { id: string; name: string; documents: string[] }[] };
    const before = (await (await fetch(`${s.url}/api/entities?limit=500`)).json()) as Entities;
    const shared = before.entities.filter((e) => e.documents.length === 2);
    assert.ok(shared.length > 0, JSON.stringify(before.entities.map((e) => [e.name, e.documents.length])));
    for (const path of ['/api/claims', '/api/conflicts']) {
      const res = await fetch(`${s.url}${path}?limit=5`);
      assert.equal(res.status, 200, path);
      const body = (await res.json()) as { total: number; limit: number };
      assert.equal(body.limit, 5);
      assert.ok(body.total >= 0);
    }
    const [a, b] = before.entities;
    assert.ok(a && b);
    assert.equal(
      (await post('/api/decisions', { kind: 'merge', target: a.id, after: { with: b.id } })).status,
      201,
    );
    const merged = (await (await fetch(`${s.url}/api/entities?limit=500`)).json()) as Entities;
    assert.equal(merged.total, before.total - 1);
  });

  it('refuses a body over the cap with 413 E_TOO_LARGE', async () => {
    const res = await post('/api/documents', { text: 'word '.repeat(20_000) });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_TOO_LARGE');
  });

  it('answers CORS preflight for the configured origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${s.url}/api/documents`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    assert.equal(
      (await preflight('https://desk.example.org')).headers.get('access-control-allow-origin'),
      'https://desk.example.org',
    );
    assert.equal((await preflight('https://evil.example')).headers.get('access-control-allow-origin'), null);
  });

  it('rate-limits a token with 429 E_RATE_LIMITED and Retry-After once its bucket is empty', async () => {
    // 230 requests against a bucket of 200 that earlier tests have drawn on and that cannot refill.
    const statuses = await Promise.all(
      Array.from({ length: 230 }, () =>
        fetch(`${s.url}/api/decisions`, { headers: s.auth }).then((r) => r.status),
      ),
    );
    assert.ok(statuses.includes(200));
    assert.ok(statuses.includes(429));
    const res = await fetch(`${s.url}/api/decisions`, { headers: s.auth });
    assert.equal(res.status, 429);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_RATE_LIMITED');
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
  });
});

describe('OpenAPI document', () => {
  it('lists every route the app registers, and no other', async () => {
    const store = await openSqliteStore(':memory:');
    const { app } = createApp({ store, cors: 'https://a.example' });
    const registered = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(openApiDocument.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    assert.ok(registered.size >= 10);
    assert.deepEqual([...registered].sort(), [...documented].sort());
    await store.close();
  });
});
