import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assess } from '../assess/index.js';
import { projectRoot } from '../core/index.js';
import { readQuestionFile } from '../jobs/question-file.js';
import { reconcile } from '../resolve/index.js';
import { memoryCorpus } from '../resolve/memory-corpus.js';
import { buildBrief } from './build-brief.js';

/** The first screen's latest events for invented reports on the example question. */
const latestEvents = (texts: readonly { text: string; outlet: string }[]) => {
  const corpus = memoryCorpus(texts);
  const question = readQuestionFile(join(projectRoot, 'examples', 'belarus', 'question.yaml'));
  const reconciliation = reconcile(corpus);
  const assessment = assess(question, corpus, reconciliation);
  const brief = buildBrief({ corpus, reconciliation, assessment, question });
  return (brief.bottomLine?.latest ?? []).map((s) => s.text);
};

describe('the latest events on the first screen', () => {
  it('shows the events that speak of the outcome before later ones that share a cue word', () => {
    const shown = latestEvents([
      {
        text: 'On 3 March 2022, Belarusian troops joined the war against Ukraine, officials said.',
        outlet: 'Ledger A',
      },
      ...[9, 10, 11].map((day, k) => ({
        text: `On ${day} March 2022, Belarus sent old T-72 tanks from its depots to Russia by rail, a monitoring group said.`,
        outlet: `Courier ${k}`,
      })),
    ]);
    assert.equal(shown.length, 3);
    assert.match(shown.at(-1) ?? '', /joined the war/);
    assert.equal(shown.filter((t) => /T-72/.test(t)).length, 2);
  });
});
