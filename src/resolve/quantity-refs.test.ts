import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentFacts } from './document-facts.js';
import { resolveEntities } from './entities.js';
import { HandedFacts } from './handed-facts.js';
import { memoryCorpus } from './memory-corpus.js';
import { quantityRefs } from './quantity-refs.js';

/** Invented reports of figures: nationalities, destinations, speakers, parts and totals. */
const texts = [
  'Poland sent at least 120 old tanks to Ukraine in March, the Polish defence ministry said.',
  'About 4,000 Russian troops have arrived in the region, according to the Ukrainian General Staff.',
  'Moldovan officials said some 300 volunteers had crossed the border since April.',
  'The 2,000 refugees include 700 children from Kharkiv, a local official told reporters.',
  'Lithuania counted 45 trains of fuel in October alone, the railway operator said.',
];

describe('figures from stored facts', () => {
  it('need no annotations: each document’s facts, read back from JSON, give the same figures', () => {
    const corpus = memoryCorpus(texts);
    const { byLocal } = resolveEntities(corpus);
    const facts = new HandedFacts(corpus.map((cd) => JSON.parse(JSON.stringify(documentFacts(cd)))));
    const bare = corpus.map((cd) => ({
      ...cd,
      doc: { ...cd.doc, text: '' },
      annotations: {
        ...cd.annotations,
        quantities: [],
        mentions: [],
        claims: [],
        attributions: [],
        sentences: [],
        tokens: [],
      },
    }));
    const expected = JSON.parse(JSON.stringify(quantityRefs(corpus, byLocal)));
    assert.ok(expected.length >= 5);
    assert.ok(expected.some((r: { measure: string }) => /^(russian|polish|moldovan)-/.test(r.measure)));
    assert.deepEqual(JSON.parse(JSON.stringify(quantityRefs(bare, byLocal, facts))), expected);
  });
});
