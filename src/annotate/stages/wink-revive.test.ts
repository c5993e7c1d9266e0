import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceStage } from './sentence.stage.js';

/** Every token's offsets, part of speech and lemma, and the sentence spans. */
const read = (text: string): string => {
  const layers = sentenceStage.run(text, {}, {});
  return JSON.stringify([layers.tokens, layers.sentences]);
};

// Invented words wink has never seen, in several cases and kinds of token, some only in one text.
const text =
  'Zorvath’s envoy met the Quellin council. ZORVATH denied it; zorvath-9 units and 12kx shells moved. ' +
  'Quellin’s mayor, Brastov, said Zorvath would talk.';
const primers = [
  'zorvath quellin brastov 12kx zorvath-9',
  'The QUELLIN office quoted Zorvath’s aide and Brastov’s deputy.',
  'Quellin, quellin and QUELLIN: 12KX or 12kx?',
];

describe('words learned again from earlier documents', () => {
  it('read a document the same as when wink first learned them, in whatever order they were taught', () => {
    const first = read(text);
    for (const primer of primers) {
      read(primer);
      assert.equal(read(text), first, `after "${primer}"`);
    }
    for (const primer of [...primers].reverse()) {
      read(primer);
      assert.equal(read(text), first, `after "${primer}" (reversed)`);
    }
  });

  it('keep a word the document learned in one case from changing its other cases', () => {
    const lower = read('brastov spoke. Brastov left.');
    read('Brastov arrived first.');
    assert.equal(read('brastov spoke. Brastov left.'), lower);
  });
});
