import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Assessment } from '../assess/index.js';
import { projectRoot } from '../core/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { readServedQuestions } from './questions.js';
import { type TestServer, testServer } from './test-server.js';

const example = join(projectRoot, 'examples', 'belarus');
const articles = readdirSync(example)
  .filter((f) => /\.(md|txt|html)$/.test(f))
  .map((f) => join(example, f));

describe('questions, ACH cells and claim filters over the Belarus example', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer({ questions: readServedQuestions([join(example, 'question.yaml')]) });
    await ingestInputs(s.store, articles);
  });
  after(() => s.close());

  const get = async <T>(path: string) => {
    const res = await fetch(s.url + path, { headers: s.auth });
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };
  const post = (path: string, body?: unknown) =>
    fetch(s.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...s.auth },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const scores = (a: Assessment) =>
    Object.fromEntries(a.matrix.scores.map((x) => [x.hypothesis, x.inconsistency]));

  it('lists the questions by id and title, and 404s an unknown one', async () => {
    const { questions } = await get<{ questions: { id: string; title: string }[] }>('/api/questions');
    assert.deepEqual(
      questions.map((q) => q.id),
      ['question'],
    );
    assert.match(questions[0]?.title ?? '', /Belarus/);
    const res = await fetch(`${s.url}/api/questions/nope`, { headers: s.auth });
    assert.equal(res.status, 404);
  });

  it('setting an ACH cell changes the scores, records the grade it replaced, and undo restores them', async () => {
    const first = await get<Assessment>('/api/questions/question');
    for (const field of ['question', 'indicators', 'matrix', 'bottomLines'] as const)
      assert.ok(first[field], field);
    const item = first.matrix.items.find((i) => i.weight > 0 && i.cells.some((c) => c.grade !== 'II'));
    const cell = item?.cells.find((c) => c.grade !== 'II');
    assert.ok(item && cell, 'the example has evidence in the matrix');
    const target = `${item.id}:${cell.hypothesis}`;
    const set = await post('/api/decisions', { kind: 'ach-cell', target, after: 'very inconsistent' });
    assert.equal(set.status, 201);
    const decision = (await set.json()) as { id: number; who: string; before: string; after: string };
    assert.deepEqual([decision.who, decision.before, decision.after], ['ana', cell.grade, 'II']);

    const changed = await get<Assessment>('/api/questions/question');
    const changedCell = changed.matrix.items
      .find((i) => i.id === item.id)
      ?.cells.find((c) => c.hypothesis === cell.hypothesis);
    assert.deepEqual([changedCell?.grade, changedCell?.source], ['II', 'analyst']);
    assert.ok(
      (scores(changed)[cell.hypothesis] ?? 0) > (scores(first)[cell.hypothesis] ?? 0),
      'more inconsistent',
    );

    const undo = await post(`/api/decisions/${decision.id}/undo`);
    assert.equal(undo.status, 201);
    const undone = (await undo.json()) as { kind: string; target: string; after: string };
    assert.deepEqual([undone.kind, undone.target, undone.after], ['ach-cell', target, cell.grade]);
    assert.deepEqual(scores(await get<Assessment>('/api/questions/question')), scores(first));
    const history = await get<{ total: number }>(
      `/api/decisions?kind=ach-cell&target=${encodeURIComponent(target)}`,
    );
    assert.equal(history.total, 2, 'undo adds a decision; nothing is deleted');
  });

  for (const [why, body] of [
    [
      'an unreadable grade',
      { kind: 'ach-cell', target: 'russian-troop-buildup:ground-offensive', after: 'maybe' },
    ],
    ['an unknown hypothesis', { kind: 'ach-cell', target: 'russian-troop-buildup:nope', after: 'C' }],
    ['an unknown evidence item', { kind: 'ach-cell', target: 'nothing:ground-offensive', after: 'C' }],
    ['no colon in the target', { kind: 'ach-cell', target: 'russian-troop-buildup', after: 'C' }],
    ['an undo recorded by hand', { kind: 'undo', target: '1', after: null }],
  ] as const) {
    it(`refuses an ACH decision with ${why}: 400`, async () => {
      const res = await post('/api/decisions', body);
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_REQUEST');
    });
  }

  it('filters claim clusters by contested and by entity, and conflicts by verdict', async () => {
    type Clusters = { total: number; clusters: { status: string; claims: { document: string }[] }[] };
    const all = await get<Clusters>('/api/claims?limit=500');
    const contested = await get<Clusters>('/api/claims?contested=true&limit=500');
    const others = await get<Clusters>('/api/claims?contested=false&limit=500');
    assert.ok(all.total > 0);
    assert.equal(contested.total + others.total, all.total);
    assert.ok(contested.clusters.every((c) => c.status === 'contested'));
    assert.ok(others.clusters.every((c) => c.status !== 'contested'));

    const { entities } = await get<{ entities: { id: string; name: string; documents: string[] }[] }>(
      '/api/entities?limit=500',
    );
    const busiest = [...entities].sort((a, b) => b.documents.length - a.documents.length)[0];
    assert.ok(busiest);
    const byId = await get<Clusters>(`/api/claims?entity=${busiest.id}&limit=500`);
    const byName = await get<Clusters>(
      `/api/claims?entity=${encodeURIComponent(busiest.name.toUpperCase())}&limit=500`,
    );
    assert.ok(byId.total > 0 && byId.total < all.total, `${busiest.name}: ${byId.total} of ${all.total}`);
    assert.equal(byName.total, byId.total);
    for (const c of byId.clusters)
      assert.ok(c.claims.some((claim) => busiest.documents.includes(claim.document)));
    assert.equal(
      (await fetch(`${s.url}/api/claims?entity=Nobody%20At%20All`, { headers: s.auth })).status,
      404,
    );

    type Conflicts = { total: number; conflicts: { verdict: string }[] };
    const conflicts = await get<Conflicts>('/api/conflicts?limit=500');
    let sum = 0;
    for (const verdict of ['conflict', 'compatible', 'refinement']) {
      const some = await get<Conflicts>(`/api/conflicts?verdict=${verdict}&limit=500`);
      assert.ok(some.conflicts.every((c) => c.verdict === verdict));
      sum += some.total;
    }
    assert.equal(sum, conflicts.total);
    assert.equal((await fetch(`${s.url}/api/conflicts?verdict=maybe`, { headers: s.auth })).status, 400);
    assert.equal((await fetch(`${s.url}/api/claims?contested=yes`, { headers: s.auth })).status, 400);
  });
});
