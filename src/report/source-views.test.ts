import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assess } from '../assess/index.js';
import { projectRoot } from '../core/index.js';
import { readQuestionFile } from '../jobs/question-file.js';
import { reconcile } from '../resolve/index.js';
import { memoryCorpus } from '../resolve/memory-corpus.js';
import { buildBrief } from './build-brief.js';
import { renderHtml } from './html/render-html.js';
import { renderMarkdown } from './render-markdown.js';

describe('the sources table of a brief on a question', () => {
  const corpus = memoryCorpus([
    {
      text: 'Belarus and the war\n\nIn our view it is unlikely that Belarus will join the war against Ukraine this winter, the editors wrote.',
      outlet: 'Ledger A',
    },
    {
      text: 'A parade in Minsk\n\nThousands watched a parade of veterans in Minsk on Sunday.',
      outlet: 'Ledger B',
    },
  ]);
  const question = readQuestionFile(join(projectRoot, 'examples', 'belarus', 'question.yaml'));
  const reconciliation = reconcile(corpus);
  const brief = buildBrief({ corpus, reconciliation, assessment: assess(question, corpus, reconciliation) });

  it('says of a source that states no view that it states none', () => {
    const row = renderMarkdown(brief)
      .split('\n')
      .find((line) => line.includes('A parade in Minsk'));
    assert.match(row ?? '', /\| no view stated \|$/);
    const tr = renderHtml(brief)
      .split('<tr>')
      .find((cells) => cells.includes('A parade in Minsk'));
    assert.match(tr ?? '', /<td>no view stated<\/td><\/tr>/);
  });
});
