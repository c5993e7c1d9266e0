import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citations } from './citations.js';
import { documentFacts } from './document-facts.js';
import { resolveEntities } from './entities.js';
import { HandedFacts } from './handed-facts.js';
import { memoryCorpus } from './memory-corpus.js';

/** Hand-written sentences (invented), each its own document, with whom it should cite. */
const cases: [string, RegExp | undefined][] = [
  ['According to the Institute for the Study of War, the border is calm.', /Institute for the Study of War/],
  ['Alexander Lukashenko said the army was ready.', /Lukashenko/],
  ['A Lithuanian defence official said the country was watching the railway.', /Lithuanian defence official/],
  [
    'A spokesman for the State Border Guard Service told reporters that the crossing was shut.',
    /Border Guard/,
  ],
  ['A new rumour announces that the troops are about to march.', undefined],
  ['Alexander Lukashenko will hardly declare war on Russia.', undefined],
  ['He did not explain the estimate.', undefined],
  ['Officials in Kyiv describe the chance as low.', undefined],
  ['Two diplomats, speaking on condition of anonymity, said the move was pressure.', undefined],
];

describe('citation origins', () => {
  const corpus = memoryCorpus(cases.map(([text]) => text));
  const { byLocal } = resolveEntities(corpus);
  const found = citations(corpus, byLocal);
  cases.forEach(([text, want], i) => {
    it(`${want ? 'cites' : 'cites no one in'}: ${text}`, () => {
      const own = found.filter((c) => c.document === corpus[i]?.doc.id);
      if (!want)
        assert.deepEqual(
          own.map((c) => c.origin.name),
          [],
        );
      else {
        assert.equal(own.length, 1, own.map((c) => c.origin.name).join(' / '));
        assert.match(own[0]?.origin.name ?? '', want);
      }
    });
  });

  it('"the General Staff" after "Ukraine\'s General Staff" is the same origin', () => {
    const [cd] = memoryCorpus([
      "Ukraine's General Staff said the risk was growing. Later the General Staff said it could not rule out a strike.",
    ]);
    assert.ok(cd);
    const own = citations([cd], resolveEntities([cd]).byLocal);
    assert.equal(own.length, 1, own.map((c) => c.origin.name).join(' / '));
    assert.match(own[0]?.origin.name ?? '', /Ukraine's General Staff/);
  });

  it('a capital speaking is its country: "Moscow said" and "Russia said" are one origin', () => {
    const corpus = memoryCorpus([
      'Moscow said the new rules were illegal.',
      'Russia said the new rules were illegal.',
    ]);
    const own = citations(corpus, resolveEntities(corpus).byLocal);
    assert.equal(own.length, 2, own.map((c) => c.origin.name).join(' / '));
    assert.equal(new Set(own.map((c) => c.origin.key)).size, 1, own.map((c) => c.origin.name).join(' / '));
    assert.equal(own[0]?.origin.name, 'Russia');
  });

  it('a definite description ("the ministry") stands for the ministry named before it', () => {
    const [cd] = memoryCorpus([
      'The Russian defence ministry said the drills had begun. The ministry added that they were defensive.',
    ]);
    assert.ok(cd);
    const own = citations([cd], resolveEntities([cd]).byLocal);
    assert.equal(new Set(own.map((c) => c.origin.key)).size, own.length);
    assert.ok(own.length >= 1 && own.every((c) => /defence ministry/i.test(c.origin.name)));
  });
});

describe('citations from stored facts', () => {
  it('need no annotations: each document’s facts, read back from JSON, give the same graph', () => {
    const corpus = memoryCorpus([
      ...cases.map(([text]) => text),
      "Ukraine's General Staff said the risk was growing. Later the General Staff said it could not rule out a strike.",
      'The Russian defence ministry said the drills had begun. The ministry added that they were defensive.',
      'Russian officials said the talks had stalled. Russia said the convoy had left.',
    ]);
    const { byLocal } = resolveEntities(corpus);
    const facts = new HandedFacts(corpus.map((cd) => JSON.parse(JSON.stringify(documentFacts(cd)))));
    const bare = corpus.map((cd) => ({
      ...cd,
      doc: { ...cd.doc, text: '' },
      annotations: { ...cd.annotations, attributions: [], mentions: [], sentences: [] },
    }));
    const expected = citations(corpus, byLocal);
    assert.ok(expected.length >= 6);
    assert.deepEqual(citations(bare, byLocal, facts), expected);
  });
});
