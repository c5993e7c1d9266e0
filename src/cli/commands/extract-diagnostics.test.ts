import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../test-support/run-cli.js';

describe('sitrep extract --jsonl: the stages’ diagnostics', () => {
  it('carries each with its stage, rule, severity and span, and none for plain prose', () => {
    const run = 'x'.repeat(600);
    const lines = [
      {
        id: 'plain',
        text: 'The minister said on Monday that the road had reopened.',
        published: '2022-12-07',
      },
      { id: 'odd', text: `A code ${run} was printed.`, published: '2022-13-45' },
    ];
    const result = runCli(['extract', '--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n'));
    assert.equal(result.code, 0, result.stderr);
    const [plain, odd] = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(plain.diagnostics, []);
    const start = lines[1]?.text.indexOf(run) ?? -1;
    assert.deepEqual(
      odd.diagnostics.map((d: { stage: string; ruleId: string; severity: string }) => [
        d.stage,
        d.ruleId,
        d.severity,
      ]),
      [
        ['sentences', 'sentences/long-run', 'info'],
        ['times', 'times/reference-not-a-day', 'warning'],
      ],
    );
    assert.deepEqual([odd.diagnostics[0].start, odd.diagnostics[0].end], [start, start + run.length]);
  });
});
