import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import { pluralOf, typoOf } from './name-match.js';

describe('a name with a plural ending is a family or a group, not a spelling (invented)', () => {
  it('reads the plural ending', () => {
    assert.equal(pluralOf('Merrows', 'Merrow'), true);
    assert.equal(pluralOf('Republics', 'Republic'), true);
    assert.equal(pluralOf('Merrow', 'Morrow'), false);
    assert.equal(typoOf('Dombrowskis', 'Dombrowski'), undefined);
    assert.ok(typoOf('Pemberton', 'Pembarton'));
  });

  it('never joins a family to the one person of its name', () => {
    const corpus = memoryCorpus([
      'Austin Merrow, a reporter from Ohio, was detained near Aleppo in 2012. His parents have waited a decade for news. Officials said the Merrows had met the minister in Washington on Monday.',
    ]);
    const { entities } = resolveEntities(corpus);
    const merrow = entities.filter((e) =>
      [e.name, ...e.aliases].some((n) => n.startsWith('Merrow') || n.endsWith('Merrow')),
    );
    assert.ok(merrow.length > 0);
    for (const e of merrow) assert.ok(!e.aliases.includes('Merrows'), `${e.name} [${e.aliases.join(', ')}]`);
  });
});
