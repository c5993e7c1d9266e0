import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import { lshKeys, minhash, shingles, similarity } from './near-duplicate.js';

const corpus = (): string[] =>
  readdirSync(belarusCorpus())
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(belarusCorpus(f), 'utf8'));

/** A syndicated copy: a new first line, one sentence dropped, a few words changed, and a footer. */
const syndicate = (text: string): string => {
  const sentences = text.split(/(?<=\.)\s+/);
  sentences.splice(Math.floor(sentences.length / 2), 1);
  return `Republished with permission.\n\n${sentences
    .join(' ')
    .replace(/\bthe\b/, 'this')
    .replace(/\bBelarus\b/, 'BELARUS')}\n\nThis story first ran elsewhere.`;
};

const exactJaccard = (a: string, b: string): number => {
  const [sa, sb] = [new Set(shingles(a)), new Set(shingles(b))];
  const inter = [...sa].filter((x) => sb.has(x)).length;
  return inter / (sa.size + sb.size - inter);
};

describe('near-duplicate', () => {
  it('makes 5-word shingles, case-folded, punctuation ignored', () => {
    assert.deepEqual(shingles('One, two THREE four five six.'), [
      'one two three four five',
      'two three four five six',
    ]);
    assert.deepEqual(shingles('too short'), ['too short']);
    assert.deepEqual(shingles(' … '), []);
  });

  it('gives the same signature for the same words whatever the spacing and case', () => {
    assert.deepEqual(
      minhash('Shoigu arrived in Minsk on Saturday morning'),
      minhash('shoigu  ARRIVED in\nMinsk, on Saturday morning.'),
    );
  });

  it('tells a syndicated copy from a different article', {
    skip: skipWithoutShared('corpus', 'belarus-2022-12'),
  }, () => {
    const texts = corpus();
    for (const [i, text] of texts.entries()) {
      const sig = minhash(text);
      const copy = minhash(syndicate(text));
      assert.ok(similarity(sig, copy) >= 0.6, `doc ${i} vs its copy: ${similarity(sig, copy)}`);
      assert.ok(
        lshKeys(sig).some((k) => lshKeys(copy).includes(k)),
        `doc ${i}: copy shares no LSH key`,
      );
      for (const [j, other] of texts.entries()) {
        if (j === i) continue;
        assert.ok(similarity(sig, minhash(other)) <= 0.15, `docs ${i} and ${j} look alike`);
        assert.ok(
          !lshKeys(sig).some((k) => lshKeys(minhash(other)).includes(k)),
          `docs ${i} and ${j} share an LSH key`,
        );
      }
    }
  });

  it('estimates Jaccard similarity within sampling error', {
    skip: skipWithoutShared('corpus', 'belarus-2022-12'),
  }, () => {
    for (const text of corpus()) {
      const half = text.slice(0, Math.floor(text.length * 0.6));
      const estimate = similarity(minhash(text), minhash(half));
      assert.ok(
        Math.abs(estimate - exactJaccard(text, half)) < 0.2,
        `${estimate} vs ${exactJaccard(text, half)}`,
      );
    }
  });

  it('gives 16 band keys and similarity 1 for identical signatures', () => {
    const sig = minhash('a text of some words that repeat a text of some words');
    assert.equal(lshKeys(sig).length, 16);
    assert.equal(similarity(sig, minhash('a text of some words that repeat a text of some words')), 1);
  });
});
