import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';

const people = (texts: string[]) =>
  resolveEntities(memoryCorpus(texts)).entities.filter((e) => e.kind === 'person');

describe('a lone name joins another only when spelt as it (invented)', () => {
  it('keeps a given name alone apart from a surname of the same consonants', () => {
    const found = people([
      'Pavlo Kiral, the deputy mayor of the city, said the lights were back on.',
      'Deputy mayor Pavlo Kiral said repairs would take a week.',
      'Kirill told reporters on Monday that the shelling had stopped.',
    ]);
    const kiral = found.find((e) => e.name === 'Pavlo Kiral');
    assert.deepEqual(kiral?.aliases, []);
  });

  it('keeps two lone surnames of one short skeleton apart, and joins two spellings of one', () => {
    const found = people([
      'Neighbours said Taira was taken from her home by soldiers.',
      'Tory said the bridge had been closed since Friday.',
      'Zelenskyy said on Monday that the troops held.',
      'Zelensky said the lines held.',
    ]);
    assert.deepEqual(found.find((e) => e.name === 'Taira')?.aliases, []);
    assert.deepEqual(found.find((e) => e.name.startsWith('Zelensk'))?.aliases.length, 1);
  });
});

describe('a name read as a person from its shape alone', () => {
  it('names the organisation another document shows it to be', () => {
    // Invented: one document writes the name after an article, the other only before a verb.
    const { entities } = resolveEntities(
      memoryCorpus([
        'Gas moved through the Ostra Varn 2 line in May, officials said.',
        'On Monday Ostra Varn said repairs were due.',
      ]),
    );
    const named = entities.filter((e) => e.name === 'Ostra Varn');
    assert.deepEqual(
      named.map((e) => e.kind),
      ['organisation'],
    );
    assert.equal(named[0]?.mentions.length, 2);
  });
});

describe('a capitalised word one letter from a name the document gives', () => {
  it('is no typo of it when the letter is changed in a word of five letters', () => {
    // Invented: a firm's surname-like name and a pub one letter away from it in one document.
    const { entities } = resolveEntities(
      memoryCorpus([
        "Rhys Varga (mortgage expert at Peak Money) spoke first. In Leeds, much-loved pub Monty's says it is being forced to close.",
      ]),
    );
    const money = entities.find((e) => e.name.endsWith('Money'));
    assert.ok(!money?.aliases.includes('Monty'));
    assert.ok(!entities.some((e) => e.aliases.includes('Monty')));
  });
});

describe("a person's canonical name (invented)", () => {
  it('is the most frequent name with a given name, not a rarer one with a middle initial nor a title and surname', () => {
    const found = people([
      'Ivan Petrenko said the port would reopen. Mr. Petrenko said ships were waiting. Mr. Petrenko left.',
      'Ivan Petrenko visited the port on Monday.',
      'Ivan Petrenko said the cranes worked.',
      'Ivan K. Petrenko, the harbour master, said the ships were late.',
    ]);
    const names = found.filter((e) => e.name.includes('Petrenko'));
    assert.equal(names.length, 1, JSON.stringify(names.map((e) => [e.name, e.aliases])));
    assert.equal(names[0]?.name, 'Ivan Petrenko');
  });
});
