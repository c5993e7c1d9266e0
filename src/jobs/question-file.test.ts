import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isSitrepError, projectRoot } from '../core/index.js';
import { readQuestionFile } from './question-file.js';

describe('readQuestionFile', () => {
  it('throws E_QUESTION_FILE with every located problem', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-question-')), 'bad.yaml');
    const yaml = [
      'question: Will the bridge reopen?',
      'horizon: 2023-03-31',
      'hypotheses:',
      '  - { id: h1, label: It reopens }',
      '  - { id: h2, label: It stays shut }',
      'indicators:',
      '  - id: repairs',
      '    name: Repair crews on site',
      '    match: { cues: [repair crews] }',
      '    direction: { h1: consistent, h5: neutral }',
    ];
    writeFileSync(path, yaml.join('\n'));
    assert.throws(
      () => readQuestionFile(path),
      (e) =>
        isSitrepError(e) && e.code === 'E_QUESTION_FILE' && e.message.includes(`${path}:10: indicators[0]`),
    );
  });

  it('throws E_QUESTION_FILE for a file that does not exist', () => {
    assert.throws(
      () => readQuestionFile(join(tmpdir(), 'sitrep-no-such-question.yaml')),
      (e) => isSitrepError(e) && e.code === 'E_QUESTION_FILE',
    );
  });

  it('reads the example', () => {
    assert.ok(
      readQuestionFile(join(projectRoot, 'examples', 'belarus', 'question.yaml')).indicators.length >= 6,
    );
  });
});
