import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceStage } from '../stages/sentence.stage.js';
import { retagVerbs } from './verb-retag.js';

/** The tags `retagVerbs` gives the words of a sentence, as `word/TAG`. */
function tagsOf(text: string): Map<string, string> {
  const toks = sentenceStage.run(text, {}, {}).tokenView?.toks ?? [];
  return new Map(retagVerbs(toks).map((t) => [t.lower, t.pos]));
}

describe('nouns read as verbs where the clause needs one', () => {
  for (const [text, word] of [
    ['The harbour board plans to dredge the channel.', 'plans'],
    ['The mayor charges that the ferry company lied.', 'charges'],
    ['Norway and Sweden support the new treaty.', 'support'],
    ['The ferry sank at dawn, The Harbour Gazette reports.', 'reports'],
    ['The Harbour Gazette reports: the ferry sank at dawn.', 'reports'],
    ['Leaked minutes show they ignored the warning.', 'show'],
  ] as const) {
    it(`"${word}" in "${text}" is a verb`, () => assert.equal(tagsOf(text).get(word), 'VERB'));
  }
  for (const [text, word] of [
    ['The port police Chief Anna Berg resigned.', 'police'],
    ['A veterans group that met on Monday disbanded.', 'group'],
    ['The plans for the bridge were dropped.', 'plans'],
    ['The ferry sank, citing Harbour Gazette reports.', 'reports'],
  ] as const) {
    it(`"${word}" in "${text}" stays what the tagger read`, () =>
      assert.notEqual(tagsOf(text).get(word), 'VERB'));
  }
});
