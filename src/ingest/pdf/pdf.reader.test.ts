import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makePdf, makeTextlessPdf } from '../../test-support/make-pdf.js';
import { runCli } from '../../test-support/run-cli.js';
import { belarusCorpus, skipWithoutShared } from '../../test-support/shared.js';
import { collectArticles } from '../collect.js';
import type { ReadOutcome } from '../reader.js';
import { isPdf, readPdf } from './pdf.reader.js';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const collect = async (inputs: string[]): Promise<ReadOutcome[]> => {
  const out: ReadOutcome[] = [];
  for await (const o of collectArticles(inputs)) out.push(o);
  return out;
};

const paragraphs = [
  'Satellite pictures taken on Friday show a column of trucks leaving the depot near the river crossing.',
  'Officials in the capital declined to comment, while two analysts said the movement looked routine.',
  'The ministry later published a short statement about exercises planned for the coming weeks.',
];

describe('reading PDF files', () => {
  it('reads the text layer with paragraphs, a mended hyphenation, and the document information', async () => {
    const bytes = await makePdf({
      paragraphs,
      title: 'Depot activity note',
      author: 'A. Analyst',
      created: new Date('2022-12-05T09:00:00Z'),
      hyphenate: 'analysts',
    });
    assert.ok(isPdf(bytes));
    const [outcome] = await readPdf('note.pdf', bytes);
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const { article } = outcome;
    assert.equal(article.format, 'pdf');
    assert.deepEqual(article.text.split('\n\n'), paragraphs);
    assert.deepEqual(article.meta.title, { value: 'Depot activity note', source: 'pdf-info' });
    assert.deepEqual(article.meta.author, { value: 'A. Analyst', source: 'pdf-info' });
    assert.equal(article.meta.published?.value, '2022-12-05');
    assert.equal(article.meta.published?.inferred, false);
  });

  it('leaves out running headers and page numbers of a long report', async () => {
    // Distinct paragraphs from the sample's words in a fixed pseudo-random order, as a long report has.
    const vocabulary = words(paragraphs.join(' '));
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const long = Array.from({ length: 40 }, () =>
      Array.from({ length: 25 + (next() % 40) }, () => vocabulary[next() % vocabulary.length]).join(' '),
    );
    const bytes = await makePdf({ paragraphs: long, header: 'Weekly situation digest', pageNumbers: true });
    const [outcome] = await readPdf('digest.pdf', bytes);
    assert.ok(outcome?.ok);
    assert.ok(!outcome.article.text.includes('Weekly situation digest'), 'header gone');
    assert.ok(!/\bPage \d+\b/.test(outcome.article.text), 'page numbers gone');
    assert.deepEqual(words(outcome.article.text), words(long.join(' ')));
  });

  it('names the file and the reason for a scan without text and for a broken file, and reads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-pdf-'));
    const good = await makePdf({ paragraphs });
    writeFileSync(join(dir, 'a-good.pdf'), good);
    writeFileSync(join(dir, 'b-truncated.pdf'), good.slice(0, Math.floor(good.length / 3)));
    writeFileSync(join(dir, 'c-scan.pdf'), await makeTextlessPdf());
    writeFileSync(join(dir, 'd-named-txt.txt'), good); // a PDF whatever its name says
    const outcomes = await collect([dir]);
    const failed = outcomes.flatMap((o) => (o.ok ? [] : [o.diagnostic]));
    const read = outcomes.flatMap((o) => (o.ok ? [o.article] : []));
    assert.deepEqual(
      read.map((a) => [a.origin.endsWith('a-good.pdf') || a.origin.endsWith('d-named-txt.txt'), a.format]),
      [
        [true, 'pdf'],
        [true, 'pdf'],
      ],
    );
    assert.equal(failed.length, 2, JSON.stringify(failed));
    const scan = failed.find((d) => d.source.endsWith('c-scan.pdf'));
    assert.equal(scan?.ruleId, 'ingest/pdf-no-text');
    const broken = failed.find((d) => d.source.endsWith('b-truncated.pdf'));
    assert.equal(broken?.ruleId, 'ingest/pdf-unreadable');
    assert.match(broken?.reason ?? '', /cannot read the PDF/);
  });

  it('round-trips the real articles laid out as PDF pages, word for word', {
    skip: skipWithoutShared('corpus', 'belarus-2022-12'),
  }, async () => {
    for (const file of readdirSync(belarusCorpus()).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(belarusCorpus(file), 'utf8');
      const paras = text
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      const bytes = await makePdf({ paragraphs: paras, header: 'Printed copy', pageNumbers: true });
      const [outcome] = await readPdf(file, bytes);
      assert.ok(outcome?.ok, file);
      // Helvetica cannot print every character: compare with what was printed ("?" stands for the rest).
      const printed = words(
        paras
          .join(' ')
          .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?'),
      );
      const read = words(outcome.article.text);
      assert.equal(read.length, printed.length, `${file}: word count`);
      assert.deepEqual(read, printed, file);
    }
  });

  it('is ingested by the CLI beside text files, and a broken PDF sets exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-pdf-cli-'));
    mkdirSync(join(dir, 'in'));
    const good = await makePdf({
      paragraphs,
      title: 'Depot activity note',
      created: new Date('2022-12-05T09:00:00Z'),
    });
    writeFileSync(join(dir, 'in', 'note.pdf'), good);
    writeFileSync(join(dir, 'in', 'broken.pdf'), good.slice(0, 400));
    writeFileSync(join(dir, 'in', 'plain.txt'), paragraphs.slice(1).join('\n\n'));
    const db = join(dir, 'sitrep.db');
    const r = runCli(['ingest', join(dir, 'in'), '--db', db, '--no-annotate']);
    assert.equal(r.code, 1, r.stderr);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0] ?? '', /broken\.pdf: cannot read the PDF/);
    const ls = JSON.parse(runCli(['ls', '--db', db, '--json']).stdout) as {
      format: string;
      title?: string;
      published?: { value: string; source: string };
    }[];
    const pdf = ls.find((d) => d.format === 'pdf');
    assert.equal(pdf?.title, 'Depot activity note');
    assert.deepEqual([pdf?.published?.value, pdf?.published?.source], ['2022-12-05', 'pdf-info']);
    assert.equal(ls.length, 2);
  });
});
