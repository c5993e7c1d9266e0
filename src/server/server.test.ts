import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestServer, testServer } from './test-server.js';

const article = (text: string, extra: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify({ text, ...extra }),
  headers: { 'content-type': 'application/json' },
});

describe('HTTP API, tokens required for everything', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer();
  });
  after(() => s.close());

  it('binds to loopback', () => assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/));

  const writes: [string, RequestInit][] = [
    ['/api/documents', article('Ten trucks crossed the bridge at dawn.')],
    ['/api/decisions', { method: 'POST', body: '{"kind":"merge","target":"a","after":"b"}' }],
  ];
  for (const [path, init] of writes) {
    for (const [why, headers] of [
      ['no header', {}],
      ['an unknown token', { authorization: 'Bearer sitrep_not-a-real-token' }],
      ['the hash instead of the token', { authorization: 'Basic abc' }],
    ] as const) {
      it(`refuses POST ${path} with ${why}: 401 E_UNAUTHORIZED, nothing stored`, async () => {
        const res = await fetch(s.url + path, { ...init, headers: { ...init.headers, ...headers } });
        assert.equal(res.status, 401);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_UNAUTHORIZED');
        assert.equal(await s.store.countDocuments(), 0);
      });
    }
  }

  it('refuses reads without a token unless public reads are on', async () => {
    const res = await fetch(`${s.url}/api/documents`);
    assert.equal(res.status, 401);
  });

  it('ingests with a token, annotates, lists newest first, paginates and 404s unknown ids', async () => {
    const texts = [
      ['Officials said 40 tanks moved north on Monday.', '2022-11-01'],
      ['A convoy of 12 trucks was seen near the border.', '2022-12-03'],
      ['Nobody confirmed the report of three aircraft.', '2022-11-20'],
    ] as const;
    for (const [text, published] of texts) {
      const res = await fetch(`${s.url}/api/documents`, {
        ...article(text, { published, outlet: 'Wire' }),
        headers: { 'content-type': 'application/json', ...s.auth },
      });
      assert.equal(res.status, 201, await res.clone().text());
    }
    const again = await fetch(`${s.url}/api/documents`, {
      ...article(texts[0][0]),
      headers: { 'content-type': 'application/json', ...s.auth },
    });
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { unchanged: string[] }).unchanged.length, 1);

    type Listing = { total: number; documents: { id: string; published: { value: string } }[] };
    const all = (await (await fetch(`${s.url}/api/documents`, { headers: s.auth })).json()) as Listing;
    assert.equal(all.total, 3);
    assert.deepEqual(
      all.documents.map((d) => d.published.value),
      ['2022-12-03', '2022-11-20', '2022-11-01'],
    );
    const second = (await (
      await fetch(`${s.url}/api/documents?limit=1&offset=1`, { headers: s.auth })
    ).json()) as Listing;
    assert.deepEqual(
      second.documents.map((d) => d.id),
      [all.documents[1]?.id],
    );
    const id = all.documents[0]?.id ?? '';
    const one = (await (await fetch(`${s.url}/api/documents/${id}`, { headers: s.auth })).json()) as {
      text: string;
    };
    assert.equal(one.text, texts[1][0]);
    const ann = (await (
      await fetch(`${s.url}/api/documents/${id}/annotations`, { headers: s.auth })
    ).json()) as {
      quantities: { start: number; end: number; text: string }[];
    };
    assert.ok(ann.quantities.length > 0);
    for (const q of ann.quantities) assert.equal(one.text.slice(q.start, q.end), q.text);

    for (const path of ['/api/documents/ffffffffffffffff', '/api/documents/../etc', '/api/nothing']) {
      const res = await fetch(s.url + path, { headers: s.auth });
      assert.equal(res.status, 404, path);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_NOT_FOUND');
    }
  });

  for (const [query, why] of [
    ['limit=-1', 'negative'],
    ['limit=9999', 'over the maximum'],
    ['offset=abc', 'not a number'],
  ]) {
    it(`answers 400 E_BAD_REQUEST for ?${query} (${why})`, async () => {
      const res = await fetch(`${s.url}/api/documents?${query}`, { headers: s.auth });
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_REQUEST');
    });
  }

  it('refuses an empty or malformed article with 400', async () => {
    for (const body of [
      '{"text":"   "}',
      '{"title":"x"}',
      'not json',
      '{"text":"a","url":"javascript:alert(1)x y"}',
    ]) {
      const res = await fetch(`${s.url}/api/documents`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...s.auth },
      });
      assert.equal(res.status, 400, body);
    }
  });

  it("records a decision under the token's name and lists it", async () => {
    const res = await fetch(`${s.url}/api/decisions`, {
      method: 'POST',
      body: JSON.stringify({
        kind: 'merge',
        target: 'Lukashenko',
        after: { with: 'Lukashenka' },
        note: 'same man',
      }),
      headers: { 'content-type': 'application/json', ...s.auth },
    });
    assert.equal(res.status, 201);
    const listed = (await (await fetch(`${s.url}/api/decisions?kind=merge`, { headers: s.auth })).json()) as {
      decisions: { who: string; after: unknown }[];
    };
    assert.deepEqual(
      listed.decisions.map((d) => [d.who, d.after]),
      [['ana', { with: 'Lukashenka' }]],
    );
    const bad = await fetch(`${s.url}/api/decisions`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'merge', target: 'x' }),
      headers: { 'content-type': 'application/json', ...s.auth },
    });
    assert.equal(bad.status, 400);
  });
});
