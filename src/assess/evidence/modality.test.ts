import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import { modalityAt, negatedAt } from './modality.js';

/** The modality and negation of the first occurrence of `word` in an invented sentence. */
function readOf(sentence: string, word: string): [string, boolean] {
  const ann = annotate(sentence);
  const start = sentence.indexOf(word);
  const at = { start, end: start + word.length };
  const whole = { start: 0, end: sentence.length };
  return [modalityAt(sentence, ann, whole, at), negatedAt(sentence, whole, at)];
}

describe('modality of a matched proposition', () => {
  const table: [string, string, string, boolean][] = [
    ['Engineers warned of the risk of a coolant leak at the dam.', 'leak', 'possibility', false],
    ['Fears of a new offensive grew in the capital.', 'offensive', 'possibility', false],
    ['The fire was put out with no risk of a coolant leak.', 'leak', 'report', true],
    ['The shelling raised the risk of an accident.', 'shelling', 'report', false],
    ['A coolant leak was found at the dam on Monday.', 'leak', 'report', false],
    ['The regent cannot order a general levy without the council.', 'levy', 'report', true],
    ['The dam could be hit, causing a coolant leak downstream.', 'leak', 'possibility', false],
    ['Crews will check the pumps in the event of a coolant leak.', 'leak', 'conditional', false],
    ['The town raised new recruits, who will train for a month.', 'recruits', 'report', false],
    ['The mayor did not name the unit which trained the recruits.', 'recruits', 'report', false],
    ['Officials named the recruits who will train next month.', 'train', 'forecast', false],
    ['Only a few voters think the town should build the bridge.', 'voters', 'report', false],
    ['The voters should decide on the bridge.', 'voters', 'proposal', false],
    ['But if the river stays calm, the ferry needs no escort.', 'escort', 'conditional', true],
    ['If the talks fail, then the ferry sails with an escort.', 'escort', 'conditional', false],
    // A marker in another predicate joined after the match, or in a clause of purpose, frames that one.
    ['The regent is sending reinforcements and will defend the fort.', 'reinforcements', 'report', false],
    ['The rebels said they had retaken the mill and that they could hold it.', 'retaken', 'report', false],
    ['The guild dug trenches so that any raid may be repelled.', 'trenches', 'report', false],
    ['The guild dug trenches that may hold the raid back.', 'trenches', 'possibility', false],
    // A definite act or event is taken as done by a marker after it; an indefinite one is not.
    ['The relocation will spare the villagers much hardship.', 'relocation', 'report', false],
    ["The regent's decree is unlikely to add many soldiers.", 'decree', 'report', false],
    ['A relocation will spare the villagers much hardship.', 'relocation', 'forecast', false],
    ['The regent will order the relocation next week.', 'relocation', 'forecast', false],
    ['The council ruled out evacuating the villagers.', 'evacuating', 'report', true],
    ['The council acts without ruling out evacuating the villagers.', 'evacuating', 'report', false],
    // An indirect question asks about its content; a phrase of purpose after a thing says what it is for.
    ['It is unclear whether the guild has shipped the grain yet.', 'shipped', 'question', false],
    ['The guild shipped the grain to the port on Monday.', 'shipped', 'report', false],
    ['The guild bought a hundred carts to haul the grain north.', 'haul', 'plan', false],
    ['The guild bought a hundred carts for use in the harvest.', 'use', 'plan', false],
    ['The guild urged the farmers to haul the grain north.', 'haul', 'report', false],
    ['The guild agreed to haul the grain north.', 'haul', 'report', false],
    ['The guild made an attempt to haul the grain north.', 'haul', 'report', false],
    ['The guild bought carts capable of hauling the grain north.', 'hauling', 'possibility', false],
    ['The guild is considering sending carts north.', 'carts', 'plan', false],
    ['The guild bought carts this month for use in the harvest.', 'use', 'plan', false],
    ['The envoy came to the city for talks on the harvest.', 'talks', 'report', false],
    ['The envoy came to Arland for talks on the harvest.', 'talks', 'report', false],
    ['The raid gave them an excuse for annexation.', 'annexation', 'report', false],
  ];
  for (const [sentence, word, modality, negated] of table) {
    it(`${word}: ${sentence}`, () => assert.deepEqual(readOf(sentence, word), [modality, negated]));
  }
});
