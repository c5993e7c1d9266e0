import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import { statementClusters } from './statement-clusters.js';

/**
 * Invented pairs of reports from two outlets: [first, second, same proposition?]. The paraphrases
 * change voice, tense and word form; the others share actor and words but not what happened.
 */
export const pairs: readonly (readonly [string, string, boolean])[] = [
  [
    'Russia deployed additional battalions to Belarus on Sunday.',
    'Additional battalions were deployed to Belarus by Russia over the weekend.',
    true,
  ],
  [
    'Minsk is forming a new territorial defence brigade near Brest.',
    'A new territorial defence brigade has been formed by Minsk close to Brest.',
    true,
  ],
  [
    'Shoigu inspected the joint grouping at a range near Borisov.',
    'The joint grouping was inspected by Shoigu at the Borisov range this week.',
    true,
  ],
  [
    'Poland closed the Kukuryki crossing to lorries.',
    'Lorries can no longer use the Kukuryki crossing after Poland shut it.',
    true,
  ],
  [
    'Lukashenko ordered an inspection of reservists in the western regions.',
    'Lukashenko has ordered reservists in western regions to be inspected.',
    true,
  ],
  [
    'Russia sent more troops to Belarus in November.',
    'In November Russia deployed more troops to Belarus.',
    true,
  ],
  ['Lukashenko met Putin in Sochi on Friday.', 'Lukashenko called Putin from Minsk on Friday.', false],
  [
    'Kyiv mined the roads near the northern border.',
    'Kyiv reopened the roads near the northern border for farmers.',
    false,
  ],
  [
    'Minsk opened a new ammunition plant in Borisov.',
    'Minsk closed an old ammunition plant near Borisov.',
    false,
  ],
  // A class of equipment named in both is no common subject: these say unrelated things.
  [
    'Warsaw ordered more main battle tanks from Seoul last spring.',
    'Heavy rain left main battle tanks stuck on the training ground near Brest.',
    false,
  ],
];

describe('statement clusters: paraphrases across outlets', () => {
  const together = (a: string, b: string): boolean => {
    const corpus = memoryCorpus([
      { text: a, outlet: 'First Wire' },
      { text: b, outlet: 'Second Courier' },
    ]);
    const { clusters } = statementClusters(corpus, resolveEntities(corpus).byLocal);
    return clusters.some((c) => new Set(c.claims.map((x) => x.document)).size === 2);
  };
  for (const [a, b, same] of pairs)
    it(`${same ? 'groups' : 'keeps apart'}: ${a} / ${b}`, () => assert.equal(together(a, b), same));
});
