import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';

/** The resolved entities of invented texts, by the names they hold. */
function entitiesOf(texts: readonly string[]) {
  const { entities } = resolveEntities(
    memoryCorpus(texts.map((text, i) => ({ text, outlet: `Outlet ${i}` }))),
  );
  return entities.map((e) => [e.name, ...e.aliases]);
}

describe('merges that structure forbids (invented sentences)', () => {
  it('a ship named after a city is the ship, in every sentence of its document', () => {
    const found = entitiesOf([
      'The frigate Kherson sank on Friday. Officials said the Kherson had been hit twice.',
      'Residents of Kherson were told to stay at home.',
    ]);
    assert.equal(found.filter((names) => names[0] === 'Kherson').length, 2);
  });

  it('two peoples of one state stay apart; a demonym and its plural merge', () => {
    const found = entitiesOf([
      'British fans filled the stadium, and Russians watched on television.',
      'English fans sang outside, and a Russian reporter filmed them.',
    ]);
    assert.ok(!found.some((names) => names.includes('British') && names.includes('English')));
    assert.ok(found.some((names) => names.includes('Russian') && names.includes('Russians')));
  });

  it('a name with a number after a country word is a channel, not the country', () => {
    const found = entitiesOf([
      'Footage aired by Rossiya 24 showed the convoy.',
      'Russia said the convoy was moving west.',
    ]);
    assert.ok(!found.some((names) => names.includes('Russia') && names.some((n) => /24/.test(n))));
  });

  it('a count after a country name stays a count', () => {
    const found = entitiesOf(['In Peru 24 people were hurt.', 'Peru closed the road.']);
    assert.ok(found.some((names) => names.includes('Peru')));
  });

  it("an acronym qualified by two countries is two organisations: the UK's MoD and the Russian MOD", () => {
    const found = entitiesOf([
      "The UK's Ministry of Defence (MoD) said the bridge was damaged. The MoD added that repairs would take weeks.",
      'The Russian MOD said the bridge was intact.',
    ]);
    assert.ok(!found.some((names) => names.includes('MoD') && names.includes('MOD')));
  });

  it('one country qualifying an acronym keeps its bare mentions with it', () => {
    const found = entitiesOf([
      "Chile's Ministry of Defence (MoD) said the port was closed.",
      'The MoD said the port would reopen.',
    ]);
    assert.ok(found.some((names) => names.includes('MoD') && names.includes('Ministry of Defence')));
  });

  it('a capitalised common word is no misspelling of a place', () => {
    const found = entitiesOf(['The Secretary of State met officials in the United States on Monday.']);
    assert.ok(!found.some((names) => names.includes('State')));
  });

  it('a given name alone is someone in its own document, not a namesake in another', () => {
    const found = entitiesOf([
      'Dmytro stayed on to guard the farm. Dmytro said the road was mined.',
      'His brother Dmitry has been missing for a week, neighbours said.',
    ]);
    assert.ok(!found.some((names) => names.includes('Dmytro') && names.includes('Dmitry')));
  });
});
