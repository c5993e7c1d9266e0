import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { projectRoot } from '../core/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { readQuestionFile } from '../jobs/question-file.js';
import type { CorpusDocument } from '../resolve/types.js';
import { openSqliteStore, type Store } from '../store/index.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import { bandIndex } from './bottom-line/bands.js';
import { ACH_CELL, type Assessment, assess, emptyReconciliation } from './index.js';

const question = readQuestionFile(join(projectRoot, 'examples', 'belarus', 'question.yaml'));
const skip = skipWithoutShared('corpus', 'belarus-2022-12');

/** Ingests a folder into a fresh store and annotates inline (the worker pool needs the compiled build). */
async function load(dir: string): Promise<{ store: Store; corpus: CorpusDocument[] }> {
  const store = await openSqliteStore(':memory:');
  await ingestInputs(store, [dir]);
  const corpus: CorpusDocument[] = [];
  for (const id of await store.allDocumentIds()) {
    const doc = await store.getDocument(id);
    if (!doc) continue;
    const p = doc.meta.published;
    corpus.push({
      doc,
      annotations: annotate(doc.text, p?.precision === 'day' ? { referenceDate: p.value } : {}),
    });
  }
  return { store, corpus };
}

const textOf = (corpus: readonly CorpusDocument[], id: string): string =>
  corpus.find((cd) => cd.doc.id === id)?.doc.text ?? '';

describe('assess on the real corpus (belarus-2022-12)', { skip }, () => {
  let store: Store;
  let corpus: CorpusDocument[];
  let result: Assessment;
  before(async () => {
    ({ store, corpus } = await load(belarusCorpus()));
    result = assess(question, corpus, emptyReconciliation, []);
  });
  after(async () => store?.close());

  it('gives each of the five documents a bottom line from its own sentence, none above roughly even', () => {
    assert.equal(corpus.length, 5);
    assert.deepEqual(
      new Set(result.bottomLines.map((b) => b.document)),
      new Set(corpus.map((cd) => cd.doc.id)),
    );
    for (const b of result.bottomLines) {
      assert.equal(textOf(corpus, b.document).slice(b.start, b.end), b.text);
      assert.ok(
        b.start <= b.marker.span.start && b.marker.span.end <= b.end,
        'the marker sits in the sentence',
      );
      assert.ok(bandIndex(b.band) <= bandIndex('roughly even'), `${b.band}: ${b.text}`);
    }
    const f = result.forecast;
    assert.ok(f && f.probability < 0.5 && f.votes.length === 5);
  });

  it('shows about 9,000 Russian troops in Belarus, from at least three documents, dated October', () => {
    const board = result.indicators.find((i) => i.id === 'russian-troop-buildup');
    const latest = board?.latest;
    assert.ok(latest && Math.abs(latest.value - 9000) <= 500, `latest ${latest?.value}`);
    assert.ok(latest.documents.length >= 3, `${latest.documents.length} documents`);
    assert.match(latest.date?.value ?? '', /^2022-10/);
    assert.equal(board?.status, 'normal');
  });

  it('shows the mobilisation preparations: record checks and summonses', () => {
    const board = result.indicators.find((i) => i.id === 'belarusian-mobilisation');
    const sentences = (board?.evidence ?? []).map((p) =>
      textOf(corpus, p.document).slice(p.sentence.start, p.sentence.end),
    );
    assert.ok(
      sentences.some((s) => /\brecords\b/.test(s) && /liable/.test(s)),
      'record checks',
    );
    assert.ok(
      sentences.some((s) => /\bsummons\b/.test(s)),
      'summonses',
    );
    assert.ok(new Set(board?.documents).size >= 3);
  });

  it('ranks the ground offensive as the most inconsistent hypothesis; every cell links to its sentences', () => {
    const [first, second] = [...result.matrix.scores].sort((a, b) => b.inconsistency - a.inconsistency);
    assert.equal(first?.hypothesis, 'ground-offensive');
    assert.ok((first?.inconsistency ?? 0) > (second?.inconsistency ?? 0));
    for (const item of result.matrix.items) {
      for (const cell of item.cells) {
        assert.ok(cell.evidence.length > 0, `${item.id}:${cell.hypothesis} has no evidence`);
        for (const e of cell.evidence) {
          const text = textOf(corpus, e.document);
          assert.equal(text.slice(e.span.start, e.span.end), e.text);
          assert.ok(e.sentence.start <= e.span.start && e.span.end <= e.sentence.end);
        }
      }
    }
  });

  it('lets a recorded analyst decision change the scores, with who and when kept', async () => {
    const item = result.matrix.items.find((i) => i.id === 'public-opposition');
    const cell = item?.cells.find((c) => c.hypothesis === 'ground-offensive');
    assert.ok(item && cell && cell.grade === 'II');
    const score = (a: Assessment) =>
      a.matrix.scores.find((s) => s.hypothesis === 'ground-offensive')?.inconsistency ?? 0;
    await store.addDecision({
      who: 'tester',
      kind: ACH_CELL,
      target: `${item.id}:ground-offensive`,
      before: 'II',
      after: 'N',
    });
    const decisions = await store.listDecisions(ACH_CELL);
    const again = assess(question, corpus, emptyReconciliation, decisions);
    const changed = again.matrix.items
      .find((i) => i.id === item.id)
      ?.cells.find((c) => c.hypothesis === 'ground-offensive');
    assert.equal(changed?.grade, 'N');
    assert.equal(changed?.source, 'analyst');
    assert.equal(changed?.decision?.who, 'tester');
    assert.match(changed?.decision?.at ?? '', /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(score(result) - score(again), 2 * item.weight);
  });
});

describe('assess on examples/belarus (README bottom lines)', () => {
  // Two articles state their bottom line in words the question does not use ("participation in
  // the fighting", "an attack ... remains unlikely"): they have no view on the question as asked.
  const expected: Record<string, string> = {
    '2022-10-11-bws-joint-grouping.md': 'unlikely',
    '2022-10-17-bws-russian-troops-arrive.md': 'unlikely',
    '2022-10-18-riga-herald-russian-troops-arrive.md': 'unlikely',
    'kyiv-courier-feed.xml#item 1': 'unlikely',
    '2022-11-15-minsk-review-mobilisation-checks.txt': 'unlikely',
    '2022-11-24-vistula-institute-public-opinion.md': 'unlikely',
    '2022-12-03-bws-shoigu-minsk-visit.md': 'unlikely',
    '2022-12-05-central-european-herald-isw.txt': 'unlikely',
    '2022-12-07-nordic-centre-two-conditions.md': 'unlikely',
    'kyiv-courier-feed.xml#item 2': 'unlikely',
  };
  it('finds the bottom lines that speak of the question and pools one vote per origin', async () => {
    const { store, corpus } = await load(join(projectRoot, 'examples', 'belarus'));
    await store.close();
    const result = assess(question, corpus);
    const found = Object.fromEntries(
      result.bottomLines.map((b) => {
        const origin = corpus.find((cd) => cd.doc.id === b.document)?.doc.origin ?? '';
        return [origin.split('/').pop() ?? origin, b.band];
      }),
    );
    assert.deepEqual(found, expected);
    const f = result.forecast;
    assert.ok(f && f.band === 'unlikely');
    // The reprint is not a vote, and the wire's three stories are one.
    assert.ok(f.votes.length < result.bottomLines.length - 2, `${f.votes.length} votes`);
  });
});
