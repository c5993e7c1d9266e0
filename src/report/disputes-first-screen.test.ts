import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { readBrief, runBrief } from '../test-support/run-brief.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import type { Brief } from './brief-model.js';

const skip = skipWithoutShared('corpus', 'belarus-2022-12');

// A question the Belarus articles do not speak to: their disputes (troop figures, a strike group)
// bear on it in no way.
const unrelated = `question: Will Portugal and Spain sign a water treaty before the horizon?
horizon: 2023-03-31
hypotheses:
  - id: signed
    label: The treaty is signed
  - id: stalled
    label: Talks stall
indicators:
  - id: talks-held
    name: Negotiators meet
    match:
      entities: [Portugal, Spain]
      cues: [treaty, negotiators]
    direction:
      signed: consistent
      stalled: inconsistent
`;

describe('disputes on the first screen bear on the watch question (real corpus)', { skip }, () => {
  let brief: Brief;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-unrelated-'));
    const question = join(dir, 'question.yaml');
    writeFileSync(question, unrelated);
    const { out } = runBrief('disputes-first-screen', [belarusCorpus(), '--question', question]);
    brief = await readBrief(out);
  });

  it('keeps disputes that bear on the question in no way off the bottom line', () => {
    assert.ok(brief.contested.length >= 1, 'the collection has real disputes');
    assert.ok(brief.contested.every((c) => !c.relevant));
    assert.deepEqual(brief.bottomLine?.disputes, []);
  });
});
