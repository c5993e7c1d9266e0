import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';

const aliasesOf = (texts: string[], name: string): readonly string[] =>
  resolveEntities(memoryCorpus(texts)).entities.find((e) => e.name === name)?.aliases ?? [];

describe('a word with a place-kind noun after it is no typo of a place of another kind (invented)', () => {
  it('keeps a river one letter from a city apart from the city', () => {
    const aliases = aliasesOf(
      [
        'Shelling hit Donetsk overnight, officials said on Monday. Later that week soldiers waded across the Donets river under heavy fire.',
      ],
      'Donetsk',
    );
    assert.ok(!aliases.includes('Donets'), aliases.join(', '));
  });

  it('still reads a typo with no place-kind noun after it', () => {
    const aliases = aliasesOf(
      [
        'Shelling hit Donetsk overnight, officials said on Monday. Later that week the convoy left Doneck for the coast.',
      ],
      'Donetsk',
    );
    assert.ok(aliases.includes('Doneck'), aliases.join(', '));
  });
});

describe('a sea and the states on its shore are two places (invented)', () => {
  it('keeps the Baltic Sea apart from the Baltic States, even in one document', () => {
    const corpus = memoryCorpus([
      'The frigate sailed into the Baltic Sea on Monday, the navy said. Leaders of the Baltic States met in Riga on Tuesday to discuss air defence.',
    ]);
    const sea = resolveEntities(corpus).entities.find((e) => e.name === 'Baltic Sea');
    assert.ok(sea);
    assert.ok(!sea.aliases.includes('Baltic States'), sea.aliases.join(', '));
  });
});
