import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceStage } from './stages/sentence.stage.js';
import { tokenView } from './token-view.js';

// The view lowercases each distinct surface once and shares the result; these texts hold the
// characters for which lowercasing the whole text would differ from lowercasing each token (a
// growing İ, a final Σ, cased letters outside the BMP) next to ordinary ones.
const awkward = [
  'The minister’s aide said “no”.',
  'İstanbul officials said the İzmir road reopened.',
  'ΟΔΟΣ ΑΘΗΝΑΣ was closed, the ΠΑΣΟΚ office said.',
  'The 𐐀𐐁 script and 𞤀𞤢 letters appear; O’NEILL SAID SO.',
  'Ünal and ÉLODIE met ǅemal in Köln.',
  'No letters at all: 12, 3.5 — 7%.',
];

const expectedLower = (surface: string): string => surface.toLowerCase().replace(/’/g, "'");

describe('tokenView', () => {
  for (const text of awkward) {
    it(`gives each token its own lowercase form: ${text.slice(0, 24)}`, () => {
      const view = sentenceStage.run(text, {}, {}).tokenView;
      assert.ok(view.toks.length > 3);
      for (const t of view.toks) {
        assert.equal(t.text, text.slice(t.start, t.end));
        assert.equal(t.lower, expectedLower(t.text), `token ${JSON.stringify(t.text)}`);
      }
    });
  }

  it('lowercases a final sigma as the token alone would, not as the whole text would', () => {
    // Across the full stop the whole text reads Σ as inside a word (σ); the token alone ends in ς.
    const text = 'ΟΔΟΣ.Α';
    assert.notEqual(text.toLowerCase().slice(0, 4), 'ΟΔΟΣ'.toLowerCase());
    const token = { span: { start: 0, end: 4 }, pos: 'NOUN' };
    assert.equal(tokenView(text, [], [token]).toks[0]?.lower, 'οδο\u03c2');
  });
});
