import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assess } from '../assess/index.js';
import { projectRoot } from '../core/index.js';
import { readQuestionFile } from '../jobs/question-file.js';
import { reconcile } from '../resolve/index.js';
import { memoryCorpus } from '../resolve/memory-corpus.js';
import { buildBrief } from './build-brief.js';

/** Own-words editorials, one per outlet, each with the same bottom line on the example question. */
const editorials = (n: number) =>
  memoryCorpus(
    Array.from({ length: n }, (_, i) => {
      const outlet = `Ledger ${String.fromCharCode(65 + (i % 26))}${i}`;
      return {
        text: `Belarus and the war\n\nIn our view it is unlikely that Belarus will join the war against Ukraine this winter, the editors of ${outlet} wrote.`,
        outlet,
      };
    }),
  );

const forecastJudgement = (n: number) => {
  const corpus = editorials(n);
  const question = readQuestionFile(join(projectRoot, 'examples', 'belarus', 'question.yaml'));
  const reconciliation = reconcile(corpus);
  const brief = buildBrief({ corpus, reconciliation, assessment: assess(question, corpus, reconciliation) });
  const judgement = brief.judgements.find((j) => j.basis === 'forecast');
  assert.ok(judgement, 'a forecast judgement');
  return judgement;
};

describe('the forecast judgement', () => {
  it('cites every view when there are few', () => {
    const j = forecastJudgement(5);
    assert.match(j.text, /independent origin \(5; 5 views in 5 documents\)/);
    assert.equal(j.notes.length, 5);
    assert.doesNotMatch(j.text, /are cited here/);
  });

  it('reports a single view as one, with no range of one value', () => {
    const j = forecastJudgement(1);
    assert.match(
      j.text,
      /^One independent origin states a view \(1 view in 1 document\): it puts the chance at \d+%/,
    );
    assert.doesNotMatch(j.text, /range/);
  });

  it('cites the first twelve of many views and says where the rest are', () => {
    const j = forecastJudgement(30);
    assert.match(j.text, /independent origin \(30; 30 views in 30 documents\)/);
    assert.equal(j.notes.length, 12);
    assert.match(
      j.text,
      /The first 12 of the 30 views are cited here; every view is in sitrep\.json \(assessment\.bottomLines\)\./,
    );
  });
});

describe('without views', () => {
  it('says there is no forecast rather than inventing one', () => {
    const corpus = memoryCorpus([
      {
        text: 'Harvest news\n\nThe wheat harvest was early this year, the ministry said.',
        outlet: 'Farm Weekly',
      },
    ]);
    const question = readQuestionFile(join(projectRoot, 'examples', 'belarus', 'question.yaml'));
    const reconciliation = reconcile(corpus);
    const brief = buildBrief({
      corpus,
      reconciliation,
      assessment: assess(question, corpus, reconciliation),
    });
    assert.equal(brief.forecast, undefined);
    const j = brief.judgements.find((x) => x.basis === 'forecast');
    assert.equal(j?.text, 'No forecast: none of the 1 document states a view on the question.');
  });
});
