import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assess } from '../assess/index.js';
import { projectRoot } from '../core/index.js';
import { readQuestionFile } from '../jobs/question-file.js';
import { reconcile } from '../resolve/index.js';
import { memoryCorpus } from '../resolve/memory-corpus.js';
import { buildBrief } from './build-brief.js';

/** The first line of the brief's answer for invented reports on the example question. */
const firstAnswer = (texts: readonly { text: string; outlet: string }[]) => {
  const corpus = memoryCorpus(texts);
  const question = readQuestionFile(join(projectRoot, 'examples', 'belarus', 'question.yaml'));
  const reconciliation = reconcile(corpus);
  const brief = buildBrief({ corpus, reconciliation, assessment: assess(question, corpus, reconciliation) });
  return brief.bottomLine?.answer[0]?.text ?? '';
};

describe('the outcome reported as done, on the first screen', () => {
  it('says how many independent sources report it, and quotes the act', () => {
    const line = firstAnswer([
      {
        text: 'Belarusian troops joined the war against Ukraine on Tuesday, officials in Kyiv said.',
        outlet: 'Ledger A',
      },
      { text: 'Belarus joined the war against Ukraine this week with two brigades.', outlet: 'Courier B' },
    ]);
    assert.match(
      line,
      /^Reported as done by 2 independent sources, the first dated [^:]+: “.*joined the war/,
    );
  });

  it('marks a report from one source only as not corroborated', () => {
    const line = firstAnswer([
      {
        text: 'Belarusian troops joined the war against Ukraine on Tuesday, officials in Kyiv said.',
        outlet: 'Ledger A',
      },
    ]);
    assert.match(line, /^Reported as done by one source only, not corroborated \(dated [^)]+\): “/);
  });

  it('says nothing of the kind where no source reports the act done', () => {
    const line = firstAnswer([
      {
        text: 'Belarus could join the war against Ukraine if Moscow insists, analysts said.',
        outlet: 'Ledger A',
      },
    ]);
    assert.doesNotMatch(line, /Reported as done/);
  });
});
