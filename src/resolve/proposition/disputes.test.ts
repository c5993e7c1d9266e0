import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from '../entities.js';
import { memoryCorpus } from '../memory-corpus.js';
import { statementClusters } from '../statement-clusters.js';

/** Conflicts found between two invented reports from two outlets. */
function conflictsOf(first: string, second: string, days?: readonly [string, string]) {
  const corpus = memoryCorpus([
    { text: first, outlet: 'Daily One', ...(days ? { published: days[0] } : {}) },
    { text: second, outlet: 'Weekly Two', ...(days ? { published: days[1] } : {}) },
  ]);
  const { byLocal } = resolveEntities(corpus);
  return statementClusters(corpus, byLocal).conflicts.filter((c) => c.verdict === 'conflict');
}

/**
 * [accusation or assertion, denial, disputed?]: an accusation is the accuser asserting the act of
 * the accused, and the accused denying the act (in other words) disputes it; a denial of another
 * act, or by someone else, does not.
 */
const cases: readonly (readonly [string, string, boolean])[] = [
  [
    'Moldova accused Romania of carrying out the raid on the depot.',
    'The Romanian army denied making any raids on the depot near Galati.',
    true,
  ],
  [
    'Norway blamed Iceland for the attack on the trawler fleet.',
    'Iceland denied attacking the trawler fleet.',
    true,
  ],
  [
    'Chile accused Peru of planning to close its border with Bolivia.',
    'Peru denied that it plans to close its border with Bolivia.',
    true,
  ],
  [
    'Chile accused Peru of planning to close its border with Bolivia.',
    'Peru denied that it plans to open its border with Bolivia.',
    false,
  ],
  ['Chile accused Peru of carrying out the raid.', 'Bolivia denied making any raids.', false],
  ['Chile accused Peru of carrying out the raid.', 'Peru denied closing the border crossing.', false],
  [
    'Chile accused Peru of carrying out the raid.',
    'Peru said it would open talks with Chile next week.',
    false,
  ],
  // Two sides blaming each other for one act dispute who did it.
  [
    'Moldova accused Romania of shelling the depot near Galati.',
    'Romania accused Moldova of shelling the depot near Galati.',
    true,
  ],
  ['Moldova accused Romania of shelling the depot.', 'Romania accused Moldova of closing the border.', false],
  // The actor as a modifier of the subject, a gerund read as its verb, a pronoun opening the denial.
  [
    'Moldova said Romanian troops shelled the depot near Galati.',
    'Romania denied shelling the depot near Galati.',
    true,
  ],
  [
    'Moldova blamed Romania for the killings of civilians in Vadu.',
    'Romania denied killing civilians in Vadu.',
    true,
  ],
  [
    'Moldova said Romanian forces shelled the depot near Galati.',
    'Romania denied it had shelled the depot near Galati.',
    true,
  ],
  [
    'Moldova said Romanian forces carried out the strike on Galati.',
    'Romania denied being responsible for the strike on Galati.',
    true,
  ],
  // A denial of something said about the act, or of the act having happened at all.
  [
    'Moldova said Romanian forces struck the depot near Galati.',
    "Romania's defence ministry said statements about an alleged Romanian strike on the depot near Galati were a provocation and untrue.",
    true,
  ],
  [
    'Moldova said Romanian forces carried out a strike on the depot in Galati.',
    'Romania said there was no Romanian strike on the depot in Galati.',
    true,
  ],
  // Coordinated verbs and nouns keep the negation ("did not conduct or plan", "missile and artillery").
  [
    'Moldova accused Romanian forces of shelling the depot in Galati.',
    'Romania said its forces did not conduct or plan any shelling of the depot in Galati.',
    true,
  ],
  [
    'Moldova said Romanian forces launched artillery strikes on Galati.',
    'The Romanian defence ministry said its forces did not launch missile and artillery strikes on Galati.',
    true,
  ],
  // The same kind of thing in two named places is two things.
  [
    'Romanian forces captured the city of Galati.',
    'Romania said its forces did not capture the city of Braila.',
    false,
  ],
  // The same act on things of different kinds ("shopping mall" / "shopping street") is no dispute.
  [
    'Romanian forces struck a shopping mall.',
    'Romania said its forces did not strike a shopping street.',
    false,
  ],
  // An act named by its aim ("targeted") and by its blow ("hit", "struck") on one thing is one act.
  [
    'Moldova said Romanian forces hit the grain terminal in Galati.',
    'Romania denied that its forces targeted the grain terminal in Galati.',
    true,
  ],
  ['Romanian forces struck a grain terminal.', 'Romania denied targeting the grain terminal.', true],
  [
    'Romanian forces hit the grain terminal in Galati.',
    'Romania denied targeting the port of Braila.',
    false,
  ],
  ['Romanian troops guarded the grain terminal.', 'Romania denied targeting the grain terminal.', false],
  ['Romanian forces hit the grain terminal.', 'Bulgaria denied targeting the grain terminal.', false],
  // One act on another thing, or a prospect against a deed, is no dispute; one thing however
  // its phrase is built ("Serbian-made drones" / "Serbian drones") is.
  [
    'Romania denied that its forces hit the grain terminal.',
    'Romanian forces hit the coastal strongholds near the border.',
    false,
  ],
  [
    'Romania said it will not use chemical weapons.',
    'Romanian forces used chemical weapons near Galati.',
    false,
  ],
  [
    'Moldova accused Romania of using Serbian-made drones.',
    'Romania denied it was using Serbian drones.',
    true,
  ],
  ['Tehran denied it had sent Moldova its drones.', 'Moldova said Iran sent drones.', true],
  // Two denials agree: "does not believe it would" denies as "would not" does.
  [
    'The ambassador said Romania would not use chemical weapons in Moldova.',
    'The president said he does not believe that Romania would use chemical weapons in Moldova.',
    false,
  ],
  // Denying that an act was all there was ("only hit a site") leaves the act standing.
  [
    'Romania said its forces are targeting military sites.',
    'Video appears to refute claims that the Romanian army hit a military site near the terminal.',
    true,
  ],
  [
    'Romania said its forces are targeting military sites.',
    'Video appears to refute claims that the Romanian army only hit a military site near the terminal.',
    false,
  ],
];

describe('disputes read as who did what (invented sentences)', () => {
  for (const [first, second, disputed] of cases) {
    it(`${disputed ? 'disputes' : 'no dispute'}: ${first} / ${second}`, () => {
      const found = conflictsOf(first, second);
      assert.equal(found.length > 0, disputed, JSON.stringify(found.map((c) => c.explanation)));
    });
  }

  it('a denial of "the claims" denies what was said of the denier just before', () => {
    const found = conflictsOf(
      'Chile accused Peru of carrying out the raid on the port.',
      'Defence minister Ana Ruiz said Peru carried out the raid on the port. Peru rejected the claims.',
    );
    assert.ok(found.length > 0);
  });

  it('refusing a demand denies nothing said before', () => {
    const found = conflictsOf(
      'Chile accused Peru of carrying out the raid on the port.',
      'Defence minister Ana Ruiz said Peru carried out the raid on the port. Peru rejected the demand.',
    );
    assert.deepEqual(found, []);
  });

  it('one article may report a dispute itself: "A said X, which B denied"', () => {
    const found = conflictsOf(
      'Moldova said Romanian troops shelled the depot near Galati, which Romania denied.',
      'The weather was fine in Galati on Monday.',
    );
    assert.ok(found.length > 0);
  });

  it('"A and B accused each other of X" reports two sides blaming each other', () => {
    const found = conflictsOf(
      'Moldova and Romania accused each other of shelling the depot near Galati.',
      'The weather was fine in Galati on Monday.',
    );
    assert.deepEqual(
      found.map((c) => [c.a.origin.name, c.b.origin.name].sort()),
      [['Moldova', 'Romania']],
    );
  });

  it('a bare "denied responsibility" answers an accusation made just before', () => {
    const found = conflictsOf(
      'Chile blamed Peru for the raid on the port.',
      'Bolivia accused Peru of carrying out the raid on the port. Peru denied responsibility.',
    );
    assert.ok(found.length > 0);
  });

  it('an act neither side dates is one act only in reports published within two weeks', () => {
    const blame = 'Norway blamed Iceland for the attack on the trawler fleet.';
    const denial = 'Iceland denied the attack on the trawler fleet.';
    assert.ok(conflictsOf(blame, denial, ['2022-05-02', '2022-05-09']).length > 0);
    assert.deepEqual(conflictsOf(blame, denial, ['2022-05-02', '2022-06-20']), []);
  });

  it('a capital named as the speaker is its country (its government), not the outlet that reports it', () => {
    const found = conflictsOf(
      'Moldova accused Romania of shelling the depot near Galati.',
      'Bucharest denied shelling the depot near Galati.',
    );
    assert.deepEqual(
      found.map((c) => c.explanation),
      ['Romania denies what Moldova asserts'],
    );
  });

  it('a report that trails a claim ("A did X, with B denying its involvement") is not the claim denied', () => {
    const found = conflictsOf(
      "Peru's defence ministry said Russia used Chilean drones in strikes on Lima.",
      'Russia has been using drones imported from Chile to destroy Peruvian facilities, with Chile denying its involvement.',
    );
    assert.deepEqual(found, []);
  });

  it("a country's officials, unnamed, speak for its government, not for the outlet", () => {
    const found = conflictsOf(
      'Romanian officials blamed Moldova for shelling the depot near Galati. Romania has closed the crossing.',
      'Moldova denied shelling the depot near Galati.',
    );
    assert.deepEqual(
      found.map((c) => c.explanation),
      ['Moldova denies what Romania asserts'],
    );
  });
});
