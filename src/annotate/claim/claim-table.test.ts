import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Polarity } from '../../core/index.js';
import { annotate } from '../index.js';

/** [sentence, [subject, predicate, polarity] per expected claim]: invented news copy, awkward on purpose. */
type Row = readonly [string, readonly (readonly [string | undefined, string, Polarity])[]];

const rows: readonly Row[] = [
  // negation inside the verb group, before it, in the subject and in the object
  ['Minsk did not send its tanks to the front on Tuesday.', [['Minsk', 'send', 'negative']]],
  ["The brigade isn't ready for a winter campaign.", [['The brigade', 'be ready', 'negative']]],
  ['Lukashenko never ordered a mobilisation.', [['Lukashenko', 'order', 'negative']]],
  ['No Belarusian units crossed the border last week.', [['No Belarusian units', 'cross', 'negative']]],
  ['Neither country has confirmed the transfer.', [['Neither country', 'confirm', 'negative']]],
  [
    'Officials in Brest say nothing unusual is happening at the border.',
    [['nothing unusual', 'happen', 'negative']],
  ],
  [
    'Ukrainian intelligence said it had not detected any new Russian units in Belarus.',
    [['it', 'detect', 'negative']],
  ],
  // progressive, aspectual and modal groups
  [
    'A strike group is forming near Gomel, Ukrainian officers said.',
    [['A strike group', 'form', 'positive']],
  ],
  [
    'Convoys carrying fuel have started arriving at the airfield near Baranovichi.',
    [['Convoys', 'arrive', 'positive']],
  ],
  ['The Kremlin has been pressing Minsk to send troops.', [['The Kremlin', 'press', 'positive']]],
  ['If Minsk joins the war, Kyiv will open a second front.', [['Kyiv', 'open', 'positive']]],
  // passive voice
  ['Troops were deployed by Russia along the northern border.', [['Troops', 'deploy', 'positive']]],
  [
    'The exercises could not be observed by independent monitors.',
    [['The exercises', 'observe', 'negative']],
  ],
  [
    'Ammunition stored in Belarusian depots is being shipped to Russia by rail.',
    [['Ammunition', 'ship', 'positive']],
  ],
  // copula claims
  [
    'The Belarusian army is ready, the general told reporters.',
    [['The Belarusian army', 'be ready', 'positive']],
  ],
  [
    'Belarus is a co-aggressor, the Ukrainian parliament declared.',
    [['Belarus', 'be co-aggressor', 'positive']],
  ],
  // participles and relative clauses are not the main verb
  ['Trucks seen by local residents blocked the highway near the border.', [['Trucks', 'block', 'positive']]],
  [
    'The soldiers who arrived from Pskov in October are training at a range near Brest.',
    [['The soldiers', 'train', 'positive']],
  ],
  ['A Washington-based institute says an attack remains unlikely.', [['an attack', 'remain', 'positive']]],
  // the subject: after an opening phrase, before an apposition, not inside a prepositional phrase
  ['On Monday, Lukashenko met the Russian ambassador in Minsk.', [['Lukashenko', 'meet', 'positive']]],
  [
    'Sergei Shoigu, the Russian defence minister, visited Minsk on Saturday.',
    [['Sergei Shoigu', 'visit', 'positive']],
  ],
  ['Men across Belarus have been receiving summonses from Minsk.', [['Men', 'receive', 'positive']]],
  ['The foreign ministry in Warsaw denied the report.', [['The foreign ministry', 'deny', 'positive']]],
  // quantity claims keep the measure as predicate
  ['Russia has sent 9,000 soldiers to Belarus since October.', [['Russia', 'russian-troops', 'positive']]],
  // coordinated clauses: one claim each
  [
    'Poland closed a crossing, but Lithuania kept its checkpoints open.',
    [
      ['Poland', 'close', 'positive'],
      ['Lithuania', 'keep', 'positive'],
    ],
  ],
  [
    'Kyiv moved its reserves north and reinforced its positions near Chernihiv.',
    [
      ['Kyiv', 'move', 'positive'],
      ['Kyiv', 'reinforce', 'positive'],
    ],
  ],
  [
    'Minsk denied the report; Kyiv did not comment on it.',
    [
      ['Minsk', 'deny', 'positive'],
      ['Kyiv', 'comment', 'negative'],
    ],
  ],
  [
    'The Belarusian drills ended on Friday and the Russian troops returned to their barracks.',
    [
      ['The Belarusian drills', 'end', 'positive'],
      ['the Russian troops', 'return', 'positive'],
    ],
  ],
  // a list after "and" is no second clause
  ['Officials said troops and tanks arrived in Brest.', [['troops and tanks', 'arrive', 'positive']]],
  // negative cases: questions, headlines, fragments and credit lines make no claim
  ['Will Belarus enter the war?', []],
  ['Tanks Roll East As Winter Nears', []],
  ['More tanks, fewer soldiers.', []],
  ['Photo: Reuters.', []],
  ['(Reporting by Anna Kowalska; editing by Piotr Nowak)', []],
  ['Minsk, Warsaw and Vilnius.', []],
];

describe('claims: subject, predicate and polarity (table)', () => {
  for (const [sentence, want] of rows) {
    it(sentence, () => {
      const a = annotate(sentence, { referenceDate: '2022-12-07' });
      const got = a.claims.map((c) => [c.subject, c.predicate, c.polarity]);
      assert.deepEqual(got, want);
    });
  }
});
