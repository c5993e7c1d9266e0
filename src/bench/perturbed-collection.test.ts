import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minhash, similarity } from '../ingest/near-duplicate.js';
import { NEAR_DUPLICATE_THRESHOLD } from '../jobs/ingest-job.js';
import { briefPhases } from './collection-scale.bench.js';
import { type CorpusArticle, perturbedCollection, perturbedCopy } from './perturbed-collection.js';

const places = ['Arden', 'Belmont', 'Corvale', 'Dunmore', 'Eastwick', 'Fairholt', 'Glenrock', 'Harrow'];
const verbs = ['inspected', 'closed', 'reopened', 'repaired', 'surveyed', 'guarded', 'mapped', 'supplied'];

/** Invented articles: eight sentences each (or one long line), every one distinct. */
const articles: CorpusArticle[] = Array.from({ length: 12 }, (_, a) => {
  const sentences = Array.from(
    { length: 8 },
    (_, s) =>
      `The council of ${places[(a + s) % 8]} ${verbs[(a * 3 + s) % 8]} ${a * 10 + s + 2} bridges near the river on day ${s + 1} of the survey.`,
  );
  return {
    id: `a${a}`,
    title: `Survey ${a}`,
    outlet: 'Invented Gazette',
    published: a === 11 ? '2022-12-31T22:00:00Z' : `2022-03-${String(a + 1).padStart(2, '0')}`,
    url: `https://gazette.example/${a}`,
    // One article is a single run without sentence stops: it is mixed by runs of words.
    text: a === 5 ? sentences.join(' ').replace(/\./g, ',') : sentences.join(' '),
  };
});

describe('perturbedCollection', () => {
  it('gives the corpus first, then copies, the same for the same seed, each size a prefix of the next', () => {
    const small = [...perturbedCollection(articles, 30, 7)];
    const large = [...perturbedCollection(articles, 40, 7)];
    assert.deepEqual(small.slice(0, 12), articles);
    assert.deepEqual(large.slice(0, 30), small);
    assert.deepEqual([...perturbedCollection(articles, 40, 7, 30)], large.slice(30));
    assert.notDeepEqual([...perturbedCollection(articles, 30, 8)].slice(12), small.slice(12));
    assert.equal(new Set(large.map((a) => a.id)).size, 40);
    assert.equal(new Set(large.map((a) => a.url)).size, 40);
  });

  it('makes copies that ingest keeps as documents of their own, in the corpus year', () => {
    for (let i = 0; i < 36; i++) {
      const copy = perturbedCopy(articles, i, 3);
      const source = articles[i % articles.length] as CorpusArticle;
      const s = similarity(minhash(copy.text), minhash(source.text));
      assert.ok(s < NEAR_DUPLICATE_THRESHOLD, `copy ${i} is ${s} like its source`);
      assert.notEqual(copy.outlet, source.outlet);
      assert.match(copy.published, /^2022-/);
      assert.ok(Math.abs(copy.text.length - source.text.length) < source.text.length / 2);
    }
  });
});

describe('briefPhases', () => {
  it("reads each phase's wall time from the brief's progress lines", () => {
    const stderr = 'reconcile… (40.0 s in)\nassess… (95.5 s in)\nwrite… (120.0 s in)\n';
    assert.deepEqual(briefPhases(stderr, 'brief of 9 documents written in 150.0 s:\n'), {
      load: 40,
      reconcile: 55.5,
      assess: 24.5,
      write: 30,
    });
  });
});
