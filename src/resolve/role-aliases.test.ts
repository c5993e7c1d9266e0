import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';

/** Each person of one invented document, with the aliases resolve gave it. */
const people = (text: string): Map<string, readonly string[]> =>
  new Map(
    resolveEntities(memoryCorpus([text]))
      .entities.filter((e) => e.kind === 'person')
      .map((e) => [e.name, e.aliases]),
  );

describe('a role names the person who holds it in the document (invented)', () => {
  it('binds a bare role to its one holder', () => {
    const found = people(
      'German Defence Minister Anna Vogt spoke to the press at the base. Later the German defence minister visited the troops.',
    );
    assert.deepEqual(found.get('Anna Vogt'), ['German defence minister']);
  });

  it('leaves a title before another name, and a role two people hold, to neither', () => {
    const found = people(
      'Anna Vogt, a former defence minister, said the army had been neglected. German Defence Minister Anna Vogt speaks to the press at the base in 2019. After the invasion, German Defence Minister Lena Brandt placed the forces on alert. Later the German defence minister visited the troops.',
    );
    assert.deepEqual(found.get('Anna Vogt'), []);
    assert.deepEqual(found.get('Lena Brandt'), []);
  });
});
