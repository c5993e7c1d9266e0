import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfDate } from './pdf-date.js';
import { linesOf, type PdfRun, textOfPages } from './pdf-layout.js';

const run = (text: string, y: number, endOfLine = false): PdfRun => ({ text, y, height: 11, endOfLine });
const eol = (y: number): PdfRun => ({ text: '', y, height: 0, endOfLine: true });

describe('rebuilding text from PDF runs', () => {
  it('groups runs into lines by end-of-line marks and by a moved baseline', () => {
    const lines = linesOf([
      run('Troops ', 700),
      run('moved', 700),
      eol(700),
      run('north', 686),
      run('today', 672),
    ]);
    assert.deepEqual(
      lines.map((l) => l.text),
      ['Troops moved', 'north', 'today'],
    );
  });

  it('runs close lines together, mends a hyphenated word, and keeps a paragraph gap', () => {
    const page = [run('The column was seen near the bor-', 700, true), run('der on Monday.', 686, true)];
    const next = [run('A second paragraph.', 650, true)];
    assert.equal(
      textOfPages([[...page, ...next]]),
      'The column was seen near the border on Monday.\n\nA second paragraph.',
    );
  });

  it('keeps the hyphen of a compound broken before a capital', () => {
    assert.equal(
      textOfPages([[run('the Russian-', 700, true), run('Belarusian drills', 686, true)]]),
      'the Russian-Belarusian drills',
    );
  });

  it('drops page numbers and a header repeated on most pages', () => {
    const page = (n: number, body: string): PdfRun[] => [
      run('Quarterly Review of Things', 800, true),
      run(body, 700, true),
      run(`Page ${n}`, 30, true),
    ];
    const text = textOfPages([page(1, 'One.'), page(2, 'Two.'), page(3, 'Three.')]);
    assert.equal(text, 'One.\n\nTwo.\n\nThree.');
  });

  it('keeps a line repeated in the middle of pages, and any repeat when there is one page only', () => {
    const page = (n: number): PdfRun[] => [
      run(`Top ${n}`, 800, true),
      run(`Under the top ${n}`, 750, true),
      run('Same words', 700, true),
      run(`Mid ${n}`, 600, true),
      run(`Foot ${n}`, 30, true),
    ];
    const text = textOfPages([page(1), page(2), page(3)]);
    assert.equal((text.match(/Same words/g) ?? []).length, 3);
    assert.equal(textOfPages([[run('Again', 700, true), run('Again', 650, true)]]), 'Again\n\nAgain');
  });

  it('drops a header at the top of both pages of a two-page article', () => {
    const page = (body: string): PdfRun[] => [run('Printed copy', 800, true), run(body, 700, true)];
    assert.equal(textOfPages([page('One.'), page('Two.')]), 'One.\n\nTwo.');
  });

  it('gives nothing for pages without text', () => {
    assert.equal(textOfPages([[], [eol(0)]]), '');
  });
});

describe('PDF dates', () => {
  const cases: readonly [unknown, string | undefined, string | undefined][] = [
    ["D:20221207093000+01'00'", '2022-12-07', 'day'],
    ['D:202212', '2022-12', 'month'],
    ['D:2022', '2022', 'year'],
    ['20221207', '2022-12-07', 'day'],
    ['D:20221307', '2022', 'year'],
    ['D:18991231', undefined, undefined],
    ['yesterday', undefined, undefined],
    [42, undefined, undefined],
  ];
  for (const [raw, value, precision] of cases)
    it(`${String(raw)} -> ${value ?? 'none'}`, () => {
      const d = pdfDate(raw);
      assert.equal(d?.value, value);
      assert.equal(d?.precision, precision);
      if (d) assert.equal(d.source, 'pdf-info');
    });
});
