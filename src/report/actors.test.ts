import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reconcile } from '../resolve/index.js';
import { memoryCorpus } from '../resolve/memory-corpus.js';
import { actors } from './actors.js';
import { Footnotes } from './footnotes.js';
import { furnitureSentences } from './furniture.js';

// Invented reports: a headline with its byline run into it, a credit line, a verbless dateline,
// and the outlet naming itself by its last word.
const title = 'Harbour authority reopens the northern pier after storm repairs';
const report = [
  `${title} By Oskar Lindqvist, Tidewater Vindur Oslo, 3 March 2023`,
  '',
  'Bergen.',
  '',
  'Port director Ingrid Haugen said the northern pier reopened on Monday after two weeks of repairs.',
  'A harbour spokesman told Vindur that Ingrid Haugen had ordered new fenders for the quay.',
  'Mayor Per Solberg praised the crews who worked through the storm.',
  '',
  'This story was first published on 3 March 2023.',
  '(Reporting by Oskar Lindqvist; editing by Maren Dahl)',
].join('\n');

const corpus = () => {
  const [c] = memoryCorpus([{ text: report, outlet: 'Tidewater Vindur' }]);
  assert.ok(c);
  return [
    { ...c, doc: { ...c.doc, meta: { ...c.doc.meta, title: { value: title, source: 'sidecar' as const } } } },
  ];
};

describe('actors of a brief', () => {
  it('reads the headline, the credit line and a verbless dateline as furniture, and reported sentences not', () => {
    const [c] = corpus();
    assert.ok(c);
    const starts = furnitureSentences(c);
    const furniture = c.annotations.sentences
      .filter((s) => starts.has(s.span.start))
      .map((s) => c.doc.text.slice(s.span.start, s.span.end));
    assert.ok(
      furniture.some((s) => s.startsWith(title)),
      'the headline with its byline',
    );
    assert.ok(
      furniture.some((s) => s.startsWith('(Reporting by')),
      'the credit line',
    );
    assert.ok(furniture.includes('Bergen.'), 'the dateline');
    assert.ok(
      furniture.some((s) => s.startsWith('This story was first published')),
      'the editorial note',
    );
    assert.ok(!furniture.some((s) => s.includes('Ingrid Haugen')), 'no reported sentence');
  });

  it('leaves out reporters named only in bylines and credit lines, and types the outlet as an organisation', () => {
    const docs = corpus();
    const list = actors(docs, reconcile(docs).entities, new Footnotes(docs)).actors;
    const names = list.map((a) => a.name);
    assert.ok(names.includes('Ingrid Haugen'), names.join(', '));
    assert.ok(names.includes('Per Solberg'), names.join(', '));
    for (const reporter of ['Oskar Lindqvist', 'Maren Dahl'])
      assert.ok(!names.includes(reporter), names.join(', '));
    assert.equal(list.find((a) => a.name === 'Vindur')?.kind, 'organisation', 'the outlet naming itself');
  });
});
