import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';

describe('a body every country has merges across documents only by its country (invented)', () => {
  const corpus = memoryCorpus([
    "Britain's Ministry of Defence said on Tuesday that the convoy had stalled north of the city.",
    'Officials at the Ministry of Defence said the strikes hit a fuel depot near the border.',
    'The UK Ministry of Defence said in its daily update that the bridge was damaged.',
    'The Ministry of Defence of Ukraine said its air defences shot down twelve drones.',
  ]);
  const ministries = resolveEntities(corpus).entities.filter(
    (e) => e.kind === 'organisation' && /Ministry of Defen[cs]e/.test(e.name),
  );
  const idOf = (doc: number): string => corpus[doc]?.doc.id ?? '';
  const holding = (doc: number) => ministries.filter((e) => e.documents.some((d) => d === idOf(doc)));

  it('joins two documents that give it the same country', () => {
    const [british] = holding(0);
    assert.ok(
      british?.documents.some((d) => d === idOf(2)),
      british?.name,
    );
  });

  it('keeps the unqualified one and another country’s apart', () => {
    for (const doc of [1, 3]) {
      const [own] = holding(doc);
      assert.equal(own?.documents.length, 1, `${own?.name}: ${own?.aliases.join(', ')}`);
    }
  });
});
