import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCues } from './cue-matcher.js';

// [text, cue, expected matched surfaces]
const table: [string, string, string[]][] = [
  ['all must attend military enlistment offices by December', 'enlistment office', ['enlistment offices']],
  ['reservists are receiving summonses and summons alike', 'summons', ['summonses', 'summons']],
  ['a strike-group is said to form', 'strike group', ['strike-group']],
  ['the Strike  Group near Mozyr', 'strike group', ['Strike  Group']],
  ["Russia\u2019s war and Russia's war", "Russia's war", ['Russia\u2019s war', "Russia's war"]],
  ['demobilization is not mobilization', 'mobilization', ['mobilization']],
  ['no polling data', 'poll', []],
  ['the mobilisation-era law', 'mobilisation', ['mobilisation']],
];

describe('cue phrases match whole words, plurals and spelling variants of spacing', () => {
  for (const [text, cue, surfaces] of table) {
    it(`${cue} in "${text}"`, () => {
      const hits = findCues(text, [cue]);
      assert.deepEqual(
        hits.map((h) => text.slice(h.span.start, h.span.end)),
        surfaces,
      );
    });
  }
  it('offsets hits into the enclosing text', () => {
    const [hit] = findCues('a summons', ['summons'], 100);
    assert.deepEqual(hit?.span, { start: 102, end: 109 });
  });
});
