import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import { asDocumentId } from '../../core/index.js';
import type { CorpusDocument } from '../types.js';
import { clusterEvents, type EventMention } from './event-clusters.js';

// Two invented earthquakes of one kind, two reports of each.
const texts = {
  a: 'An earthquake of magnitude 6.1 struck Velmora on Tuesday, killing 12 people.',
  b: 'The Velmora quake left 12 people dead and destroyed the old market of Velmora.',
  c: 'A magnitude 7.3 earthquake hit Ostrava Bay on Sunday, killing 40 fishermen.',
  d: 'Rescuers searched Ostrava Bay after the quake killed 40 fishermen.',
};
const corpus: CorpusDocument[] = Object.entries(texts).map(([id, text]) => ({
  doc: { id: asDocumentId(id), origin: id, format: 'text', text, meta: {}, ingestedAt: '' },
  annotations: annotate(text),
}));

const mention = (document: keyof typeof texts, word: string): EventMention => {
  const start = texts[document].indexOf(word);
  return { document, head: { start, end: start + word.length } };
};

describe('cross-document event coreference', () => {
  const mentions = [
    mention('a', 'earthquake'),
    mention('b', 'quake'),
    mention('c', 'earthquake'),
    mention('d', 'quake'),
    mention('a', 'killing'),
    mention('d', 'killed'),
    mention('c', 'killing'),
  ];
  const [quakeA, quakeB, quakeC, quakeD, killA, killD, killC] = clusterEvents(corpus, mentions);

  it('joins one event told with synonym words in two reports of one story', () => {
    assert.equal(quakeA, quakeB);
    assert.equal(quakeC, quakeD);
    assert.equal(killC, killD);
  });
  it('keeps the same kind of event apart across stories', () => {
    assert.notEqual(quakeA, quakeC);
    assert.notEqual(killA, killD);
  });
  it('keeps different events of one story apart', () => {
    assert.notEqual(quakeA, killA);
  });
  it('leaves a mention of a document it was not given on its own', () => {
    const [known, unknown] = clusterEvents(corpus, [
      mention('a', 'earthquake'),
      { document: 'zz', head: { start: 0, end: 3 } },
    ]);
    assert.notEqual(known, unknown);
  });
});
