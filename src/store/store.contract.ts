import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { it } from 'node:test';
import { emptyAnnotations } from '../core/empty-annotations.js';
import { documentIdOf } from '../core/index.js';
import type { NewDocument, Store } from './store.js';

export const newDocument = (text: string, extra: Partial<NewDocument> = {}): NewDocument => ({
  id: documentIdOf(text),
  origin: `test:${text.slice(0, 12)}`,
  format: 'text',
  text,
  meta: {},
  ...extra,
});

/** The behaviour every Store implementation must show; reused by each implementation's test. */
export function storeContract(open: () => Promise<Store>): void {
  it('stores a document once and reports the second put as unchanged', async () => {
    const store = await open();
    const doc = newDocument('Troops arrived on Monday.');
    assert.deepEqual(
      (await store.putDocuments([doc])).map((r) => r.status),
      ['added'],
    );
    assert.deepEqual(
      (await store.putDocuments([doc, doc])).map((r) => r.status),
      ['unchanged', 'unchanged'],
    );
    assert.equal(await store.countDocuments(), 1);
    await store.close();
  });

  it('keeps metadata with how it was found', async () => {
    const store = await open();
    const doc = newDocument('A dated piece.', {
      meta: {
        outlet: { value: 'Wire', source: 'sidecar' },
        published: { value: '2022-12-07', precision: 'day', source: 'sidecar', inferred: false },
      },
    });
    await store.putDocuments([doc]);
    const back = await store.getDocument(doc.id.slice(0, 6));
    assert.equal(back?.text, 'A dated piece.');
    assert.deepEqual(back?.meta.outlet, { value: 'Wire', source: 'sidecar' });
    assert.equal(back?.meta.published?.value, '2022-12-07');
    assert.equal(back?.meta.published?.inferred, false);
    await store.close();
  });

  it('lists newest first with undated documents last', async () => {
    const store = await open();
    const dated = (text: string, value: string) =>
      newDocument(text, {
        meta: { published: { value, precision: 'day', source: 'sidecar', inferred: false } },
      });
    await store.putDocuments([
      newDocument('undated'),
      dated('old', '2022-10-01'),
      dated('new', '2022-12-05'),
    ]);
    const listed = await store.listDocuments();
    assert.deepEqual(
      listed.map((d) => d.meta.published?.value ?? null),
      ['2022-12-05', '2022-10-01', null],
    );
    await store.close();
  });

  it('finds near-duplicate candidates through shared LSH keys and round-trips signatures', async () => {
    const store = await open();
    const signature = new Uint32Array([1, 2, 3, 4]);
    await store.putDocuments([newDocument('original', { signature, lshKeys: [1, 2] })]);
    const found = await store.nearDuplicateCandidates([2, 3]);
    assert.equal(found.length, 1);
    assert.deepEqual([...(found[0]?.signature ?? [])], [1, 2, 3, 4]);
    assert.deepEqual(await store.nearDuplicateCandidates([99]), []);
    await store.close();
  });

  it('stores annotations by version and lists documents to annotate', async () => {
    const store = await open();
    const a = newDocument('first');
    const b = newDocument('second');
    await store.putDocuments([a, b]);
    assert.equal((await store.documentsToAnnotate('v1')).length, 2);
    await store.putAnnotations([{ documentId: a.id, version: 'v1', annotations: emptyAnnotations }]);
    assert.deepEqual(await store.documentsToAnnotate('v1'), [b.id]);
    assert.equal((await store.documentsToAnnotate('v2')).length, 2);
    assert.equal((await store.getAnnotations(a.id))?.version, 'v1');
    // The texts of the stale ones among those asked for, in one query; JSON text is stored as given.
    assert.deepEqual(await store.textsToAnnotate('v1', [a.id, b.id]), [{ id: b.id, text: 'second' }]);
    assert.deepEqual(await store.textsToAnnotate('v1', []), []);
    await store.putAnnotations([{ documentId: b.id, version: 'v1', json: JSON.stringify(emptyAnnotations) }]);
    assert.deepEqual((await store.getAnnotations(b.id))?.annotations, emptyAnnotations);
    assert.deepEqual(await store.textsToAnnotate('v1', [a.id, b.id]), []);
    await store.close();
  });

  it('writes stale annotations only when asked, and clears a recorded failure on success', async () => {
    const store = await open();
    const [a, b] = [newDocument('First report.'), newDocument('Second report.')];
    await store.putDocuments([a, b]);
    const v = (documentId: typeof a.id, version: string) => ({
      documentId,
      version,
      annotations: emptyAnnotations,
    });
    assert.deepEqual(await store.putAnnotations([v(a.id, 'v1')]), [a.id]);
    await store.recordFailures([
      { documentId: b.id, version: 'v2', reason: 'stage threw', state: 'retrying' },
    ]);
    await store.recordFailures([
      { documentId: b.id, version: 'v2', reason: 'stage threw again', state: 'parked' },
    ]);
    assert.deepEqual(
      (await store.listFailures()).map((f) => [f.documentId, f.reason, f.state, f.attempts]),
      [[b.id, 'stage threw again', 'parked', 2]],
    );
    const written = await store.putAnnotations([v(a.id, 'v1'), v(b.id, 'v2')], { onlyStale: true });
    assert.deepEqual(written, [b.id], 'a is already at v1');
    assert.deepEqual(await store.listFailures(), []);
    assert.deepEqual((await store.putAnnotations([v(a.id, 'v2')], { onlyStale: true })).sort(), [a.id]);
    assert.equal((await store.getAnnotations(a.id))?.version, 'v2');
    assert.deepEqual(await store.putAnnotations([v(a.id, 'v2')]), [a.id], 'without onlyStale: rewritten');
    await store.close();
  });

  it('reads annotated documents a page at a time, in id order, copies only when asked', async () => {
    const store = await open();
    const originals = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((t) => newDocument(`${t} report`));
    const [first] = originals;
    assert.ok(first);
    const copy = newDocument('alpha report, copied', { nearDuplicateOf: first.id, similarity: 0.9 });
    const unannotated = newDocument('not annotated yet');
    await store.putDocuments([...originals, copy, unannotated]);
    const withSentence = { ...emptyAnnotations, sentences: [{ span: { start: 0, end: 5 } }] };
    await store.putAnnotations(
      [...originals, copy].map((d, i) => ({
        documentId: d.id,
        version: `v${i}`,
        annotations: d === first ? withSentence : emptyAnnotations,
      })),
    );
    const read = async (listing: Parameters<Store['documentsWithAnnotations']>[0]) => {
      const pages = [];
      for await (const page of store.documentsWithAnnotations(listing)) pages.push(page);
      return pages;
    };
    const pages = await read({ pageSize: 2 });
    assert.deepEqual(
      pages.map((p) => p.length),
      [2, 2, 1],
    );
    const ids = pages.flat().map((a) => a.doc.id);
    assert.deepEqual(ids, originals.map((d) => d.id).sort());
    const alpha = pages.flat().find((a) => a.doc.id === first.id);
    assert.equal(alpha?.doc.text, 'alpha report');
    assert.equal(alpha?.version, 'v0');
    assert.deepEqual(alpha?.annotations, withSentence);
    const withCopies = (await read({ withCopies: true, pageSize: 3 })).flat();
    assert.equal(withCopies.length, 6);
    assert.equal(withCopies.find((a) => a.doc.id === copy.id)?.doc.nearDuplicateOf, first.id);
    assert.deepEqual(
      (await read({ pageSize: 5 })).map((p) => p.length),
      [5],
      'a full last page ends without an empty one',
    );
    assert.equal((await read(undefined)).flat().length, 5);
    await store.close();
  });

  it('records decisions with who and when, in order', async () => {
    const store = await open();
    await store.addDecision({ who: 'ana', kind: 'merge', target: 'e1', before: null, after: { into: 'e2' } });
    await store.addDecision({
      who: 'bo',
      kind: 'ach-cell',
      target: 'h1:i2',
      before: 'neutral',
      after: 'consistent',
    });
    const all = await store.listDecisions();
    assert.deepEqual(
      all.map((d) => d.who),
      ['ana', 'bo'],
    );
    assert.deepEqual(
      (await store.listDecisions('merge')).map((d) => d.after),
      [{ into: 'e2' }],
    );
    assert.ok(all.every((d) => !Number.isNaN(Date.parse(d.at))));
    await store.close();
  });

  it('filters listings and counts by outlet and by a substring of title or text', async () => {
    const store = await open();
    const by = (text: string, outlet: string, title?: string) =>
      newDocument(text, {
        meta: {
          outlet: { value: outlet, source: 'sidecar' },
          ...(title ? { title: { value: title, source: 'sidecar' } } : {}),
        },
      });
    await store.putDocuments([
      by('Tanks moved toward the border at night.', 'Wire'),
      by('Prices of gas rose 50% in a week.', 'Daily', 'Gas under_pressure'),
      by('A quiet day: no tanks seen.', 'daily'),
    ]);
    const texts = async (filter: Parameters<Store['listDocuments']>[0]) =>
      (await store.listDocuments(filter)).map((d) => d.meta.outlet?.value).sort();
    assert.deepEqual(await texts({ outlet: 'DAILY' }), ['Daily', 'daily']);
    assert.deepEqual(await texts({ contains: 'TANKS' }), ['Wire', 'daily']);
    assert.deepEqual(await texts({ contains: 'tanks', outlet: 'wire' }), ['Wire']);
    assert.deepEqual(await texts({ contains: '50%' }), ['Daily'], '% is literal');
    assert.deepEqual(await texts({ contains: '0%' }), ['Daily']);
    assert.deepEqual(await texts({ contains: 'r_p' }), ['Daily'], '_ is literal, found in the title');
    assert.deepEqual(await texts({ contains: 'x_y' }), []);
    assert.deepEqual(await texts({ outlet: 'Nobody' }), []);
    assert.equal(await store.countDocuments({ contains: 'tanks' }), 2);
    assert.equal(await store.countDocuments({ outlet: 'daily', contains: 'gas' }), 1);
    assert.equal(await store.countDocuments(), 3);
    await store.close();
  });

  it('finds decisions by kind and target, a page at a time, and one by id', async () => {
    const store = await open();
    for (const [kind, target] of [
      ['merge', 'a'],
      ['ach-cell', 'i1:h1'],
      ['merge', 'b'],
      ['ach-cell', 'i1:h1'],
      ['ach-cell', 'i2:h1'],
    ] as const)
      await store.addDecision({ who: 'ana', kind, target, before: null, after: 'C' });
    const cells = await store.findDecisions({ kind: 'ach-cell' });
    assert.equal(cells.total, 3);
    const page = await store.findDecisions({ kind: 'ach-cell', limit: 1, offset: 1 });
    assert.equal(page.total, 3);
    assert.deepEqual(
      page.decisions.map((d) => d.id),
      [cells.decisions[1]?.id],
    );
    const one = await store.findDecisions({ target: 'i1:h1' });
    assert.deepEqual(
      one.decisions.map((d) => d.target),
      ['i1:h1', 'i1:h1'],
    );
    assert.equal((await store.findDecisions({ kind: 'merge', target: 'i1:h1' })).total, 0);
    const first = cells.decisions[0];
    assert.deepEqual(await store.getDecision(first?.id ?? -1), first);
    assert.equal(await store.getDecision(9999), undefined);
    await store.close();
  });

  it('keeps API tokens by hash only, and refuses a hash stored twice', async () => {
    const store = await open();
    const hash = createHash('sha256').update('secret-token').digest('hex');
    const added = await store.addToken({ hash, name: 'ana' });
    assert.equal(added.name, 'ana');
    assert.equal((await store.tokenByHash(hash))?.name, 'ana');
    assert.equal(await store.tokenByHash(createHash('sha256').update('other').digest('hex')), undefined);
    assert.equal(await store.tokenByHash('secret-token'), undefined);
    await assert.rejects(store.addToken({ hash, name: 'bo' }), { code: 'E_CONFIG' });
    await assert.rejects(store.addToken({ hash: 'secret-token', name: 'bo' }), { code: 'E_CONFIG' });
    await store.close();
  });

  it('keeps reconcile facts per document and version, the latest replacing the others', async () => {
    const store = await open();
    const a = newDocument('Facts of one.');
    const b = newDocument('Facts of two.');
    await store.putDocuments([a, b]);
    await store.putFacts([
      { documentId: a.id, version: 'v1', json: '{"n":1}' },
      { documentId: b.id, version: 'v1', json: '{"n":2}' },
    ]);
    await store.putFacts([{ documentId: a.id, version: 'v2', json: '{"n":3}' }]);
    const byId = (rows: readonly { documentId: string; version: string; json: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.documentId, `${r.version} ${r.json}`]));
    assert.deepEqual(byId(await store.factsOf()), { [a.id]: 'v2 {"n":3}', [b.id]: 'v1 {"n":2}' });
    assert.deepEqual(byId(await store.factsOf([a.id])), { [a.id]: 'v2 {"n":3}' });
    assert.deepEqual(byId(await store.factsOf([])), {});
    await store.putFacts([]);
    await store.close();
  });

  it('changes its version when a document, annotations or a decision is stored, and only then', async () => {
    const store = await open();
    const versions = [await store.version()];
    const doc = newDocument('A versioned piece.');
    await store.putDocuments([doc]);
    versions.push(await store.version());
    await store.putDocuments([doc]);
    assert.equal(await store.version(), versions.at(-1), 'the same document again changes nothing');
    await store.putAnnotations([{ documentId: doc.id, version: 'v1', annotations: emptyAnnotations }]);
    versions.push(await store.version());
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.putAnnotations([{ documentId: doc.id, version: 'v2', annotations: emptyAnnotations }]);
    versions.push(await store.version());
    await store.addDecision({ who: 'ana', kind: 'confirm', target: 'c1', before: null, after: {} });
    versions.push(await store.version());
    assert.equal(new Set(versions).size, versions.length, versions.join(' | '));
    await store.close();
  });
}
