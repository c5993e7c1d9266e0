import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import { statementClusters } from './statement-clusters.js';

describe('statement clusters', () => {
  // Invented wire copy: the credit lines share an editor, the stories share nothing.
  const corpus = memoryCorpus([
    'Trains with troops arrived in Brest on Monday, officials said.\n\n(Reporting by Anna Berzina; editing by Peter Holm)',
    'Gas prices in the capital rose again in November.\n\n(Reporting by Mark Ostrowski; editing by Peter Holm)',
    'The harvest was late this year.\n(Writing by Anna Berzina; edited by Peter Holm)',
    'Gas prices in the capital fell in December.\n\nAnna Berzina and Ilse Varga contributed to this report.',
    'The ferry to the island ran late again.\n\nMark Ostrowski and Ilse Varga contributed to this report.',
  ]);
  const { clusters } = statementClusters(corpus, resolveEntities(corpus).byLocal);

  it('the annotate layer makes no claim of a credit line (it has no main verb)', () => {
    assert.ok(corpus[0]?.annotations.claims.some((c) => /Trains/.test(c.text)));
    assert.ok(corpus.every((cd) => !cd.annotations.claims.some((c) => /Peter Holm/.test(c.text))));
  });

  it('never clusters credit lines', () => {
    const credited = clusters.flatMap((c) => c.claims).filter((c) => /Peter Holm|Ilse Varga/.test(c.text));
    assert.deepEqual(credited, []);
  });

  it('keeps one-document groups out', () => {
    for (const c of clusters)
      assert.ok(new Set(c.claims.map((x) => x.document)).size >= 2 || c.key.startsWith('assessment:'));
  });
});
