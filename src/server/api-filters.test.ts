import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type TestServer, testServer } from './test-server.js';
import { newToken, tokenHash } from './token.js';

type Listing = { total: number; documents: { id: string; outlet: string | null; origin: string }[] };
type Decisions = { total: number; decisions: { id: number; kind: string; target: string; who: string }[] };

describe('document filters, decision log and undo, ingest by URL and upload', () => {
  let s: TestServer;
  let site: Server;
  let siteUrl = '';
  before(async () => {
    s = await testServer({ allowPrivateUrls: true });
    site = createServer((req, res) => {
      if (req.url === '/moved') res.writeHead(301, { location: '/story.html' }).end();
      else
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            '<html><head><title>Depot fire</title></head><body><p>A fuel depot burned near Gomel.</p></body></html>',
          );
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  after(async () => {
    await s.close();
    await new Promise<void>((done) => site.close(() => done()));
  });

  const get = async <T>(path: string, server = s) => {
    const res = await fetch(server.url + path, { headers: server.auth });
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };
  const post = (path: string, body?: unknown, server = s) =>
    fetch(server.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...server.auth },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('filters documents by outlet (any case) and by words in the title or text, with the total', async () => {
    for (const [text, outlet, title] of [
      ['Ten tanks crossed the river at dawn.', 'Wire', 'River crossing'],
      ['Gas prices rose by 50% over the week.', 'Ledger', 'Prices'],
      ['No tanks were seen near the border.', 'ledger', 'Quiet border'],
    ])
      assert.equal((await post('/api/documents', { text, outlet, title })).status, 201);
    const outlets = async (query: string) => {
      const l = await get<Listing>(`/api/documents?${query}`);
      return [l.total, l.documents.map((d) => d.outlet).sort()];
    };
    assert.deepEqual(await outlets('outlet=LEDGER'), [2, ['Ledger', 'ledger']]);
    assert.deepEqual(await outlets('q=Tanks'), [2, ['Wire', 'ledger']]);
    assert.deepEqual(await outlets('q=tanks&outlet=wire'), [1, ['Wire']]);
    assert.deepEqual(await outlets('q=quiet'), [1, ['ledger']], 'found in the title');
    assert.deepEqual(await outlets(`q=${encodeURIComponent('50%')}`), [1, ['Ledger']]);
    assert.deepEqual(
      await outlets(`q=${encodeURIComponent('%')}&outlet=wire`),
      [0, []],
      '% is not a wildcard',
    );
    const [total, one] = await outlets('q=tanks&limit=1');
    assert.deepEqual([total, (one as string[]).length], [2, 1], 'a page of the filtered total');
    assert.equal(
      (await fetch(`${s.url}/api/documents?q=${'x'.repeat(201)}`, { headers: s.auth })).status,
      400,
    );
  });

  it('names uploads upload:<file name>, never a temporary path', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Four trucks left the depot on Friday.\n']), '../../etc/field notes.txt');
    const res = await fetch(`${s.url}/api/documents`, { method: 'POST', body: form, headers: s.auth });
    assert.equal(res.status, 201);
    const { added } = (await res.json()) as { added: string[] };
    const doc = await get<{ origin: string }>(`/api/documents/${added[0]}`);
    assert.equal(doc.origin, 'upload:field notes.txt');
    const answer = await post('/api/documents', { text: 'Six ferries sailed.' });
    assert.equal(answer.status, 201, await answer.clone().text());
    const posted = (await answer.json()) as { added: string[] };
    assert.match(
      (await get<{ origin: string }>(`/api/documents/${posted.added[0]}`)).origin,
      /^upload:article\.jsonl/,
    );
  });

  it('ingests by URL, following a redirect, with the URL as origin', async () => {
    const res = await post('/api/documents', { url: `${siteUrl}/moved` });
    assert.equal(res.status, 201, await res.clone().text());
    const { added } = (await res.json()) as { added: string[] };
    const doc = await get<{ origin: string; title: string; text: string }>(`/api/documents/${added[0]}`);
    assert.deepEqual([doc.origin, doc.title], [`${siteUrl}/moved`, 'Depot fire']);
    assert.match(doc.text, /fuel depot/);
    for (const body of [{ url: 'file:///etc/passwd' }, { url: `${siteUrl}/x`, title: 'extra field' }])
      assert.equal((await post('/api/documents', body)).status, 400, JSON.stringify(body));
  });

  it('refuses to fetch loopback or private URLs without --allow-private-urls', async () => {
    const guarded = await testServer();
    try {
      for (const url of [
        `${siteUrl}/story.html`,
        // A name, refused in the lookup its socket connects with (not in a separate check before).
        `${siteUrl.replace('127.0.0.1', 'localhost')}/story.html`,
        'http://[::1]:9/',
        'http://169.254.169.254/latest/meta-data/',
      ]) {
        const res = await post('/api/documents', { url }, guarded);
        assert.equal(res.status, 400, url);
        assert.match(((await res.json()) as { error: { message: string } }).error.message, /is not allowed/);
      }
      assert.equal(await guarded.store.countDocuments(), 0);
    } finally {
      await guarded.close();
    }
  });

  it('filters and pages the decision log; undo of a merge records an undo and the entities come back', async () => {
    for (const text of [
      'Viktor Khrenin visited a brigade in Minsk.',
      'In Minsk, Khrenin said the brigade was ready.',
    ])
      await post('/api/documents', { text });
    type Entities = { total: number; entities: { id: string }[] };
    const start = await get<Entities>('/api/entities?limit=500');
    const [a, b] = start.entities;
    assert.ok(a && b);
    const merged = (await (
      await post('/api/decisions', { kind: 'merge', target: a.id, after: { with: b.id } })
    ).json()) as {
      id: number;
    };
    assert.equal((await get<Entities>('/api/entities?limit=500')).total, start.total - 1);
    const undo = await post(`/api/decisions/${merged.id}/undo`);
    assert.equal(undo.status, 201);
    const undoDecision = (await undo.json()) as { id: number; kind: string; target: string; who: string };
    assert.deepEqual(
      [undoDecision.kind, undoDecision.target, undoDecision.who],
      ['undo', String(merged.id), 'ana'],
    );
    assert.equal((await get<Entities>('/api/entities?limit=500')).total, start.total);
    await post(`/api/decisions/${undoDecision.id}/undo`);
    assert.equal((await get<Entities>('/api/entities?limit=500')).total, start.total - 1, 'undo of the undo');

    const log = await get<Decisions>('/api/decisions');
    assert.deepEqual(
      log.decisions.map((d) => d.kind),
      ['merge', 'undo', 'undo'],
    );
    const page = await get<Decisions>('/api/decisions?limit=1&offset=1');
    assert.deepEqual([page.total, page.decisions.map((d) => d.id)], [3, [undoDecision.id]]);
    assert.equal((await get<Decisions>(`/api/decisions?kind=undo&target=${merged.id}`)).total, 1);
    assert.equal((await get<Decisions>('/api/decisions?kind=split')).total, 0);
    for (const id of ['999', 'abc', '0', '-1'])
      assert.equal((await post(`/api/decisions/${id}/undo`)).status, 404, id);
  });
});

describe('per-token rate limits', () => {
  it('gives a named token its own limit while the others keep the default', async () => {
    const s = await testServer({
      rateLimit: { perSecond: 1, burst: 2 },
      tokenRateLimits: { ana: { perSecond: 1000, burst: 50 } },
    });
    try {
      const other = newToken();
      await s.store.addToken({ hash: tokenHash(other), name: 'bo' });
      const statuses = async (token: string) => {
        const out: number[] = [];
        for (let i = 0; i < 10; i++)
          out.push(
            (await fetch(`${s.url}/api/decisions`, { headers: { authorization: `Bearer ${token}` } })).status,
          );
        return out;
      };
      assert.deepEqual(await statuses(s.token), Array(10).fill(200));
      const limited = await statuses(other);
      assert.deepEqual(limited.slice(0, 2), [200, 200]);
      assert.ok(limited.slice(2).every((x) => x === 429));
    } finally {
      await s.close();
    }
  });
});
