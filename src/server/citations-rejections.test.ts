import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../core/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { type TestServer, testServer } from './test-server.js';

const example = join(projectRoot, 'examples', 'belarus');
const articles = readdirSync(example)
  .filter((f) => /\.(md|txt|html)$/.test(f))
  .map((f) => join(example, f));

type Ref = { document: string; claim: number };
type Clusters = { total: number; clusters: { id: string; claims: Ref[] }[] };
type Citations = { total: number; citations: { document: string; origin: { key: string; name: string } }[] };
const key = (r: Ref) => `${r.document}:${r.claim}`;

describe('citations and claim rejection over the Belarus example', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer();
    await ingestInputs(s.store, articles);
  });
  after(() => s.close());

  const get = async <T>(path: string) => {
    const res = await fetch(s.url + path, { headers: s.auth });
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };
  const post = (path: string, body: unknown) =>
    fetch(s.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...s.auth },
      body: JSON.stringify(body),
    });

  it('lists citation edges, filtered by document, and refuses a bad filter', async () => {
    const all = await get<Citations>('/api/citations?limit=500');
    assert.ok(all.total > 0, 'the example articles cite someone');
    const first = all.citations[0];
    assert.ok(first && first.origin.name.length > 0);
    const one = await get<Citations>(`/api/citations?document=${first.document}&limit=500`);
    assert.ok(one.total > 0 && one.citations.every((c) => c.document === first.document));
    assert.equal(one.total, all.citations.filter((c) => c.document === first.document).length);
    assert.equal((await fetch(`${s.url}/api/citations?limit=x`, { headers: s.auth })).status, 400);
    assert.equal((await fetch(`${s.url}/api/citations`)).status, 401);
  });

  it('leaves a rejected claim out of the clusters, and an undo puts it back', async () => {
    const before = await get<Clusters>('/api/claims?limit=500');
    const keys = (c: Clusters) => c.clusters.flatMap((x) => x.claims.map(key));
    const victim = before.clusters.flatMap((c) => c.claims).find((r) => r.claim >= 0);
    assert.ok(victim, 'a clustered claim');
    const res = await post('/api/decisions', { kind: 'reject-claim', target: key(victim), after: true });
    assert.equal(res.status, 201);
    const decision = (await res.json()) as { id: number };
    const rejected = await get<Clusters>('/api/claims?limit=500');
    assert.ok(!keys(rejected).includes(key(victim)));
    assert.ok(keys(rejected).length < keys(before).length);
    assert.equal((await post(`/api/decisions/${decision.id}/undo`, {})).status, 201);
    assert.deepEqual(keys(await get<Clusters>('/api/claims?limit=500')), keys(before));
  });
});
