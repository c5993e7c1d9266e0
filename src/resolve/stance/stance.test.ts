import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openWordVectors } from '../../core/word-vectors.js';
import { stanceCues } from './cues.js';
import { featureNames, stanceFeatures } from './features.js';
import { prepareStanceText, stanceOf } from './index.js';
import { prepareText } from './prepared.js';
import { readStanceText } from './text.js';

const prepare = (text: string) => prepareText(readStanceText(text), stanceCues());
const feature = (claim: string, text: string, name: string): number => {
  const at = featureNames(0).indexOf(name);
  return stanceFeatures(prepare(claim), prepare(text), 0)[at] ?? Number.NaN;
};

describe('stance cues', () => {
  it('widens the denial seeds through WordNet to their synonyms and derived nouns', () => {
    const { deny, hedge, report, confirm } = stanceCues();
    for (const w of ['deny', 'denial', 'refute', 'hoax', 'false']) assert.ok(deny.has(w), w);
    for (const w of ['reportedly', 'allegedly', 'rumor']) assert.ok(hedge.has(w), w);
    for (const w of ['say', 'said', 'claim']) assert.ok(report.has(w), w);
    assert.ok(confirm.has('confirm'));
    assert.ok(!deny.has('confirm') && !confirm.has('deny'));
  });
});

describe('stance features (invented sentences, no word vectors)', () => {
  const claim = 'The mayor of Tillbury resigned over the bridge contract.';
  it('covers a claim that the text repeats, and not one it never mentions', () => {
    assert.ok(feature(claim, 'Tillbury mayor resigns after bridge contract row.', 'cover') > 0.6);
    assert.ok(feature(claim, 'A new bakery opened downtown on Friday.', 'cover') < 0.1);
  });
  it('reads a claim word under a negation as negated in the text only', () => {
    assert.ok(feature(claim, 'The mayor of Tillbury has not resigned, aides insist.', 'negated-cover') > 0);
    assert.equal(feature(claim, 'The mayor of Tillbury resigned on Monday.', 'negated-cover'), 0);
  });
  it('counts denial, hedging and questions where the text is closest to the claim', () => {
    assert.ok(feature(claim, 'Report of mayor resigning over bridge is a hoax.', 'near-deny') > 0);
    assert.ok(feature(claim, 'Tillbury mayor reportedly resigned over bridge deal.', 'near-hedge') > 0);
    assert.ok(feature(claim, 'Did the Tillbury mayor resign over the bridge?', 'near-question') > 0);
    assert.equal(feature(claim, 'Tillbury mayor resigned over bridge deal.', 'near-deny'), 0);
  });
});

describe('stance with the shipped models', () => {
  const vectors = openWordVectors();
  const read = (text: string) => prepareStanceText(text, vectors);
  const claim = read('The mayor of Tillbury resigned over the bridge contract.');
  it('FNC-1: a body about something else is unrelated; one that retells the claim is related', () => {
    const other = read('The orchestra will play three new works this spring. Tickets go on sale next week.');
    assert.equal(stanceOf('fnc1', claim, other).label, 'unrelated');
    const same = read(
      'The mayor of Tillbury resigned on Monday. Her resignation followed weeks of questions about the bridge contract. The council will choose a successor.',
    );
    assert.notEqual(stanceOf('fnc1', claim, same).label, 'unrelated');
  });
  it('Emergent: a headline calling the claim a hoax is against it; one asserting it is for it', () => {
    assert.equal(
      stanceOf('emergent', claim, read('Tillbury mayor resignation story is a hoax')).label,
      'against',
    );
    assert.equal(
      stanceOf('emergent', claim, read('Tillbury mayor resigns over bridge contract')).label,
      'for',
    );
  });
});
