import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { projectRoot } from '../core/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { openSqliteStore } from '../store/index.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import { documentFacts } from './document-facts.js';
import { reconcile } from './reconcile.js';
import type { CorpusDocument, Reconciliation } from './types.js';

/** Ingests (near-duplicates linked and left out) and annotates in this thread. */
async function load(input: string): Promise<CorpusDocument[]> {
  const store = await openSqliteStore(':memory:');
  try {
    await ingestInputs(store, [input]);
    const out: CorpusDocument[] = [];
    for (const id of await store.allDocumentIds()) {
      const doc = await store.getDocument(id);
      if (!doc || doc.nearDuplicateOf || doc.origin.endsWith('.yaml')) continue;
      const p = doc.meta.published;
      out.push({
        doc,
        annotations: annotate(doc.text, p?.precision === 'day' ? { referenceDate: p.value } : {}),
      });
    }
    return out;
  } finally {
    await store.close();
  }
}

const people = (r: Reconciliation, surname: RegExp) =>
  r.entities.filter((e) => e.kind === 'person' && [e.name, ...e.aliases].some((n) => surname.test(n)));

describe('reconcile on the real corpus', { skip: skipWithoutShared('corpus', 'belarus-2022-12') }, () => {
  let r: Reconciliation;
  let corpus: CorpusDocument[];
  before(async () => {
    corpus = await load(belarusCorpus());
    r = reconcile(corpus);
  });

  const actors: [string, RegExp, RegExp[]][] = [
    ['Lukashenko', /Lukashen[kc]/, [/Lukashenko/, /Lukashenka/]],
    ['Shoigu', /Shoigu/, [/Shoigu/]],
    ['Khrenin', /[KC]hrenin/, [/Khrenin/, /Chrenin/]],
    ['Putin', /Putin\b/, [/Putin/]],
    ['Makei', /Make[iy]/, [/Makei/]],
    ['Tsikhanouskaya', /T(s)?ikhan/, [/Tsikhanouskaya/, /Tikhanovskaya/]],
    ['Zelensky', /Zelensk/, [/Zelensky/]],
  ];
  for (const [who, pattern, spellings] of actors) {
    it(`has exactly one entity for ${who}, with every spelling`, () => {
      const found = people(r, pattern);
      assert.equal(found.length, 1, found.map((e) => `${e.name} [${e.aliases}]`).join(' / '));
      const names = [found[0]?.name ?? '', ...(found[0]?.aliases ?? [])];
      for (const s of spellings)
        assert.ok(
          names.some((n) => s.test(n)),
          `${s} in ${names.join(', ')}`,
        );
    });
  }

  it('reconciles from stored facts (read back from JSON) exactly as from the annotations', () => {
    const stored = corpus.map((cd) => JSON.parse(JSON.stringify(documentFacts(cd))));
    const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    assert.deepEqual(plain(reconcile(corpus, [], stored)), plain(r));
  });

  it('never merges two distinct people', () => {
    const surnames = ['Lukashen', 'Putin', 'Shoigu', 'hrenin', 'Zelensk', 'Azarov', 'Alesin', 'Makei'];
    for (const e of r.entities.filter((x) => x.kind === 'person')) {
      const names = [e.name, ...e.aliases].filter((n) => !/minister/i.test(n));
      const hits = surnames.filter((s) => names.some((n) => n.includes(s)));
      assert.ok(hits.length <= 1, `${e.name} mixes ${hits.join(', ')}`);
    }
  });

  it('resolves a role and a typo through the document context, with evidence', () => {
    const shoigu = people(r, /Shoigu/)[0];
    assert.ok(shoigu?.evidence.some((e) => e.rule === 'role' && /defen[cs]e minister/i.test(e.alias)));
    const minsk = r.entities.find((e) => e.kind === 'place' && e.name === 'Minsk');
    assert.ok(minsk?.evidence.some((e) => e.rule === 'edit-distance' && e.alias === 'Misk'));
  });

  it('groups about 9,000 Russian troops in Belarus from the two documents that give it', () => {
    const cluster = r.clusters.find((c) =>
      c.claims.some((x) => x.quantity?.value === 9000 && c.measureKey === 'russian-troops'),
    );
    assert.ok(cluster);
    assert.ok(new Set(cluster.claims.map((c) => c.document)).size >= 2);
    assert.notEqual(cluster.status, 'contested');
  });

  it('keeps the Belarusian strength figures apart, not one contested number', () => {
    const figures = [12000, 15000, 10000];
    const refs = r.clusters.flatMap((c) =>
      c.claims
        .filter(
          (x) =>
            x.quantity?.measureKey?.endsWith('troops') &&
            figures.includes(x.quantity.high ?? x.quantity.value ?? 0),
        )
        .map((x) => ({ c, x })),
    );
    assert.ok(refs.length >= 4, `found ${refs.length}`);
    assert.equal(new Set(refs.map(({ c }) => c.id)).size, refs.length);
    for (const { c } of refs) assert.notEqual(c.status, 'contested');
  });

  it('never sets the tank transfers (one month against a total) against each other as a dispute', () => {
    const tanks = r.conflicts.filter(
      (k) => [k.a, k.b].every((s) => s.quantity?.measureKey === 'tanks') && k.a.document !== k.b.document,
    );
    assert.ok(
      tanks.every((k) => k.verdict !== 'conflict'),
      JSON.stringify(tanks.map((k) => k.explanation)),
    );
  });
});

describe('reconcile on examples/belarus (planted conflicts)', () => {
  const planted = JSON.parse(readFileSync(join(projectRoot, 'examples', 'belarus-planted.json'), 'utf8')) as {
    conflicts: { kind: string; sides: { file: string; text: string }[] }[];
  };
  let r: Reconciliation;
  let corpus: CorpusDocument[];
  before(async () => {
    corpus = await load(join(projectRoot, 'examples', 'belarus'));
    r = reconcile(corpus);
  });
  const fileOf = (id: string) => corpus.find((c) => c.doc.id === id)?.doc.origin ?? '';
  const sideMatches = (
    side: { file: string; text: string },
    ref: { document: string; sentence: { start: number; end: number } },
  ) => {
    const cd = corpus.find((c) => c.doc.id === ref.document);
    const sentence = cd?.doc.text.slice(ref.sentence.start, ref.sentence.end).replace(/\s+/g, ' ') ?? '';
    return (
      fileOf(ref.document).endsWith(side.file) && sentence.includes(side.text.split(' ').slice(-2).join(' '))
    );
  };

  for (const p of [0, 1, 2, 3]) {
    it(`finds planted ${planted.conflicts[p]?.kind} conflict ${p + 1}`, () => {
      const want = planted.conflicts[p];
      assert.ok(want);
      const [s1, s2] = want.sides as [{ file: string; text: string }, { file: string; text: string }];
      const between = (m: typeof sideMatches) =>
        r.conflicts.find(
          (k) => k.kind === want.kind && ((m(s1, k.a) && m(s2, k.b)) || (m(s2, k.a) && m(s1, k.b))),
        );
      // Two origins disagree once: the pair may be shown by another sentence of the same two documents.
      const sameFile: typeof sideMatches = (side, ref) => fileOf(ref.document).endsWith(side.file);
      const found = between(sideMatches) ?? between(sameFile);
      assert.ok(found, `${want.kind}: ${s1.text} / ${s2.text}`);
      assert.equal(
        found.verdict,
        want.kind === 'value' && p === 0 ? 'compatible' : 'conflict',
        found.explanation,
      );
    });
  }

  it('counts ISW as the origin of the report that cites it', () => {
    const herald = corpus.find((c) => c.doc.origin.includes('central-european-herald'));
    const cites = r.citations.filter(
      (c) => c.document === herald?.doc.id && /Study of War/.test(c.origin.name),
    );
    assert.equal(cites.length, 1);
    const claims = r.clusters
      .flatMap((c) => c.claims)
      .filter((c) => c.document === herald?.doc.id && /Study of War/.test(c.origin.name));
    assert.ok(claims.length >= 1);
  });
});
