import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedPath } from '../../core/index.js';
import { skipWithoutShared } from '../../test-support/shared.js';
import { readGum } from './gum-news-read.js';

// A hand-made document in GUM's format (CorefUD brackets, a multiword token, a nested mention).
const conllu = [
  '# newdoc id = toy',
  '# newpar',
  "# text = Anna Berg's team met in Oslo.",
  '1\tAnna\tAnna\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(2-organization-new-sssss-cf3-3-coref(1-person-new-sssss-cf1-2-coref-Anna_Berg',
  "2-3\tBerg's\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tBerg\tBerg\tPROPN\tNNP\t_\t4\tnmod:poss\t_\tEntity=1)',
  "3\t's\t's\tPART\tPOS\t_\t2\tcase\t_\t_",
  '4\tteam\tteam\tNOUN\tNN\t_\t5\tnsubj\t_\tEntity=2)',
  '5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_',
  '6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_',
  '7\tOslo\tOslo\tPROPN\tNNP\t_\t5\tobl\t_\tEntity=(3-place-new-sssss-cf2-1-coref-Oslo)|SpaceAfter=No',
  '8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_',
  '',
].join('\n');

describe('readGum', () => {
  it('rebuilds offsets and nests mentions, telling named from nominal by the head', () => {
    const [doc] = readGum(conllu);
    assert.ok(doc);
    const seen = doc.mentions.map((m) => [
      doc.text.slice(m.start, m.end),
      m.type,
      m.named,
      m.identity ?? null,
    ]);
    assert.deepEqual(seen, [
      ['Anna Berg', 'person', true, 'Anna_Berg'],
      ["Anna Berg's team", 'organization', false, null],
      ['Oslo', 'place', true, 'Oslo'],
    ]);
  });

  it('reads every dev mention to a span that matches its words', {
    skip: skipWithoutShared('benchmarks', 'gum-news'),
  }, () => {
    const file = sharedPath('benchmarks', 'gum-news', 'dev', 'GUM_news_iodine.conllu');
    const [doc] = readGum(readFileSync(file, 'utf8'));
    assert.ok(doc && doc.mentions.length > 100);
    for (const m of doc.mentions)
      assert.ok(m.end > m.start && doc.text.slice(m.start, m.end).trim() === doc.text.slice(m.start, m.end));
    const named = doc.mentions
      .filter((m) => m.named && m.type === 'place')
      .map((m) => doc.text.slice(m.start, m.end));
    assert.ok(named.includes('New South Wales'));
  });
});
