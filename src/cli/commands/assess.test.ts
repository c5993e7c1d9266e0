import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../core/index.js';
import { belarusCorpus, skipWithoutShared } from '../../test-support/shared.js';
import type { Io } from '../io.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-assess-'));
const db = join(dir, 'test.db');
const questionFile = join(projectRoot, 'examples', 'belarus', 'question.yaml');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, stdin: new PassThrough() };
  const code = await main(['node', 'sitrep', ...args], io);
  return { code, out: out.join('\n'), err };
}

describe('sitrep assess / decide', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names file and line of each problem in a question file, and exits 2', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'question: Will it?\nhorizon: soon\nhypotheses:\n  - id: a\n    label: A\nindicators: []\n',
    );
    const r = await run('assess', bad, '--db', db);
    assert.equal(r.code, 2);
    assert.ok(r.err.length >= 2, r.err.join('\n'));
    for (const line of r.err)
      assert.match(line, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
    assert.ok(r.err.some((l) => l.includes(':2: horizon')));
  });

  it('refuses an unknown grade or an unknown hypothesis', async () => {
    assert.equal(
      (await run('decide', 'ach-cell', 'public-opposition', 'ground-offensive', 'maybe', '--db', db)).code,
      2,
    );
    const r = await run(
      'decide',
      'ach-cell',
      'public-opposition',
      'nope',
      'I',
      '--question',
      questionFile,
      '--db',
      db,
    );
    assert.equal(r.code, 2);
    assert.match(r.err.join('\n'), /no hypothesis "nope"/);
  });

  it('prints the board, matrix and forecast as JSON with spans, and applies recorded decisions', {
    skip: skipWithoutShared('corpus', 'belarus-2022-12'),
  }, async () => {
    assert.equal((await run('ingest', belarusCorpus(), '--db', db)).code, 0);
    const first = JSON.parse((await run('assess', questionFile, '--db', db, '--json')).out);
    assert.deepEqual(
      Object.keys(first).filter((k) => k !== 'question'),
      ['indicators', 'matrix', 'bottomLines', 'forecast'],
    );
    for (const r of first.indicators)
      for (const p of r.evidence) assert.ok(p.span.end > p.span.start && p.document);
    for (const b of first.bottomLines) assert.ok(b.end > b.start && typeof b.probability === 'number');

    const decided = await run(
      'decide',
      'ach-cell',
      'public-opposition',
      'ground-offensive',
      'N',
      '--who',
      'ana',
      '--question',
      questionFile,
      '--db',
      db,
    );
    assert.equal(decided.code, 0, decided.err.join('\n'));
    assert.match(decided.out, /public-opposition:ground-offensive II -> N by ana at \d{4}-/);
    const second = JSON.parse((await run('assess', questionFile, '--db', db, '--json')).out);
    const score = (a: { matrix: { scores: { hypothesis: string; inconsistency: number }[] } }) =>
      a.matrix.scores.find((s) => s.hypothesis === 'ground-offensive')?.inconsistency ?? 0;
    assert.ok(score(second) < score(first));

    const text = await run('assess', questionFile, '--db', db);
    assert.equal(text.code, 0);
    assert.match(text.out, /== ACH matrix/);
    assert.match(text.out, /Forecast: \w+/);
  });
});
