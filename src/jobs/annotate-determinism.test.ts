import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { sharedPath } from '../core/index.js';
import { skipWithoutShared } from '../test-support/shared.js';
import { type AnnotatePool, type AnnotateRequest, inlinePool, workerPool } from './annotate-pool.js';

const corpus = ['corpus', 'ukraine-nyt-guardian-2022', 'articles.jsonl'] as const;
const skip = skipWithoutShared(...corpus);
const ARTICLES = 30;

/** A fixed permutation (a small linear congruential generator), so a failure can be rerun. */
const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/** Each document's annotations as JSON, run one after another through `pool` in the given order. */
const annotateInOrder = async (pool: AnnotatePool, requests: readonly AnnotateRequest[]) => {
  const out = new Map<string, string>();
  for (const request of requests) {
    const response = await pool.run(request);
    assert.ok(response.ok, `${request.id} failed`);
    out.set(request.id, response.json);
  }
  return out;
};

it('annotates each document the same whatever was read before it, in whatever order or thread', {
  skip,
}, async () => {
  const requests: AnnotateRequest[] = readFileSync(sharedPath(...corpus), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, ARTICLES)
    .map((line, i) => ({ id: `line ${i + 1}`, text: (JSON.parse(line) as { text: string }).text }));
  const forward = await annotateInOrder(inlinePool(), requests);
  const backward = await annotateInOrder(inlinePool(), shuffled(requests, 7));
  const pool = workerPool(2);
  try {
    const threaded = new Map(
      (await Promise.all(shuffled(requests, 11).map((r) => pool.run(r)))).map((r) => [
        r.id,
        r.ok ? r.json : r.reason,
      ]),
    );
    for (const { id } of requests) {
      assert.equal(backward.get(id), forward.get(id), `${id}: another order gave other annotations`);
      assert.equal(threaded.get(id), forward.get(id), `${id}: worker threads gave other annotations`);
    }
  } finally {
    await pool.close();
  }
});
