import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../../core/index.js';
import { mentionStage } from '../stages/mention.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const mentions = (text: string): readonly Mention[] =>
  mentionStage.run(text, sentenceStage.run(text, {}, {}), {}).mentions ?? [];
const find = (text: string, surface: string): Mention | undefined =>
  mentions(text).find((m) => m.text === surface);

describe('mention stage: kinds', () => {
  // [sentence, surface, expected kind]
  const table: [string, string, Mention['kind']][] = [
    ['Talks in Kiev resumed on Tuesday.', 'Kiev', 'place'],
    ['The convoy left Homel before dawn.', 'Homel', 'place'],
    ['Refinery workers in Mazyr went on strike.', 'Mazyr', 'place'],
    ['A Belarusian delegation arrived.', 'Belarusian', 'demonym'],
    ['Observers watched Belarus closely.', 'Belarus', 'place'],
    ['Satellite images showed T-90M tanks near the border.', 'T-90M', 'equipment'],
    ['Crews trained on the Tor-M2 for weeks.', 'Tor-M2', 'equipment'],
    ['Two MiG-31K jets took off.', 'MiG-31K', 'equipment'],
    ['Officials feared a Kinjal strike.', 'Kinjal', 'equipment'],
    ['A battery of S-400 launchers moved west.', 'S-400', 'equipment'],
    ['Elements of the 1st Guards Tank Army redeployed.', '1st Guards Tank Army', 'unit'],
    ['They formed a regional grouping of forces last autumn.', 'regional grouping of forces', 'unit'],
    ['The Ministry of Internal Affairs denied it.', 'Ministry of Internal Affairs', 'organisation'],
    ['Diplomats from NATO met in the capital.', 'NATO', 'organisation'],
    ['A source in the Kremlin declined to comment.', 'Kremlin', 'organisation'],
    ['The bill stalled in Texas last spring.', 'Texas', 'place'],
    ['Her cousin moved from Florida to California.', 'California', 'place'],
    ['Pilgrims crowded into Mecca for the feast.', 'Mecca', 'place'],
    ['Rents in LA rose again.', 'LA', 'place'],
    ['The US imposed new tariffs.', 'US', 'place'],
    ['Voters in Southern Indiana were split.', 'Southern Indiana', 'place'],
    ['Fans gathered outside Fisht Stadium.', 'Fisht Stadium', 'place'],
    ['Microsoft shipped the patch late.', 'Microsoft', 'organisation'],
    ['Engineers from Google joined the panel.', 'Google', 'organisation'],
    ['The WHO issued a warning on Friday.', 'WHO', 'organisation'],
    ['A NASA probe reached orbit.', 'NASA', 'organisation'],
    ['She wrote a column for LA Weekly.', 'LA Weekly', 'organisation'],
    ['Critics of the Church of Scientology protested.', 'Church of Scientology', 'organisation'],
    ['Reporters at Wikinews checked the claim.', 'Wikinews', 'organisation'],
    ['Leaders of the FTU walked out.', 'FTU', 'organisation'],
  ];
  for (const [text, surface, kind] of table) {
    it(`${surface} is ${kind}`, () =>
      assert.equal(find(text, surface)?.kind, kind, JSON.stringify(mentions(text))));
  }
});

describe('mention stage: people', () => {
  it('strips the possessive from span and name', () => {
    const m = find('Nobody expected Putin’s envoy to stay.', 'Putin');
    assert.equal(m?.kind, 'person');
    assert.equal(m?.name, 'Putin');
    assert.ok(!mentions('Nobody expected Putin’s envoy to stay.').some((x) => x.text.includes('’s')));
  });

  it('keeps the title as a role and the nationality as a country, outside the span', () => {
    const m = find('Visiting Ukrainian Foreign Minister Dmytro Kuleba spoke first.', 'Dmytro Kuleba');
    assert.equal(m?.kind, 'person');
    assert.equal(m?.role, 'Foreign Minister');
    assert.equal(m?.country, 'Ukraine');
  });

  it('reads a lowercase role before a name', () => {
    const m = find('The claim came from military analyst Ihar Tyshkevich on Friday.', 'Ihar Tyshkevich');
    assert.equal(m?.role, 'military analyst');
  });

  it('links a surname to the full name given later, across spellings, with the fullest name', () => {
    const text = 'Lukashenka spoke for an hour. Later, Aliaksandr Lukashenka met reporters. Lukashenko left.';
    const people = mentions(text).filter((m) => m.kind === 'person');
    assert.equal(people.length, 3);
    assert.equal(new Set(people.map((m) => m.entity)).size, 1);
    assert.ok(people.every((m) => m.name === 'Aliaksandr Lukashenka'));
  });

  it('keeps the particles of a family name inside it', () => {
    const text = 'Minister Greta van der Molen met Karim bin Tarek, and officials said de Brouckere agreed.';
    const people = mentions(text)
      .filter((m) => m.kind === 'person')
      .map((m) => m.text);
    assert.deepEqual(people, ['Greta van der Molen', 'Karim bin Tarek', 'de Brouckere']);
  });

  it('keeps two people with one surname apart', () => {
    const text = 'Mykola Azarov and Alexander Azarov are not related.';
    const keys = mentions(text)
      .filter((m) => m.kind === 'person')
      .map((m) => m.entity);
    assert.equal(new Set(keys).size, 2);
  });

  it('finds names in a headline set in capitals', () => {
    const m = mentions('KREMLIN ENVOY SERGEI LAVROV LANDS IN MINSK');
    assert.ok(m.some((x) => x.kind === 'person' && x.text === 'SERGEI LAVROV'));
    assert.ok(m.some((x) => x.kind === 'place' && x.text === 'MINSK'));
    assert.ok(!m.some((x) => x.text === 'LANDS'));
  });

  it('does not take sentence-opening words for names', () => {
    const text =
      'However, the plan stalled. Moreover, Nevertheless and Meanwhile open clauses. Firstly, nobody came.';
    assert.deepEqual(mentions(text), []);
  });

  it('takes no holiday or other name WordNet files as no person for a person by its shape', () => {
    const text = 'Crowds gathered before Independence Day in the capital. Valeska Ormond greeted them.';
    assert.notEqual(find(text, 'Independence Day')?.kind, 'person');
    assert.equal(find(text, 'Valeska Ormond')?.kind, 'person');
  });

  it('reads a name an article governs as no person, there and wherever else its document uses it', () => {
    // Invented names: neither word is a given name.
    const text =
      'Gas moved through the Ostra Varn 2 line in May. Ostra Varn said repairs were due. ' +
      'Crowds came to see the Valeska Ormond exhibit.';
    const all = mentions(text).filter((m) => m.name === 'Ostra Varn');
    assert.equal(all.length, 2);
    for (const m of all) assert.equal(m.kind, 'organisation');
    assert.equal(find(text, 'Valeska Ormond')?.kind, 'person', 'before a noun the article is the noun’s');
  });

  it('takes an unknown surname for a person when a speech verb follows', () => {
    assert.equal(find('On the radio, Hrytsenko said the border was quiet.', 'Hrytsenko')?.kind, 'person');
  });

  it('reads a known organisation of several words as the organisation when a speech verb follows', () => {
    const text = 'The head of the United Nations warned on Friday that the harvest would fail.';
    assert.equal(find(text, 'United Nations')?.kind, 'organisation');
    assert.ok(!mentions(text).some((m) => m.kind === 'person'), JSON.stringify(mentions(text)));
  });

  it('reads a place name hyphened to a number as a channel or brand, not the place', () => {
    const text = 'The minister said on Lisbon-2 television that the bridge was safe.';
    assert.equal(find(text, 'Lisbon-2')?.kind, 'organisation');
    assert.ok(!mentions(text).some((m) => m.kind === 'place'), JSON.stringify(mentions(text)));
  });

  it('reads the short form of foreign minister as a role, not an organisation', () => {
    const text =
      'Ruritanian FM Ivan Petrenko said on Monday that the talks would go on, according to the FM.';
    assert.equal(find(text, 'Ivan Petrenko')?.role, 'FM');
    assert.ok(!mentions(text).some((m) => m.kind === 'organisation'), JSON.stringify(mentions(text)));
  });

  it('ends a name at a line break: a headline closing on a capitalised word is no given name', () => {
    const text = 'Ostrava Picks New Coach\nDale Orwin will take over the club in May.';
    assert.equal(find(text, 'Dale Orwin')?.kind, 'person');
    assert.ok(!mentions(text).some((m) => m.text.includes('\n')));
  });
});

describe('mention stage: acronyms and demonyms', () => {
  it('links an acronym to its expansion under one key', () => {
    const text = 'The Center for Eastern Policy Analysis (CEPA) wrote a memo. Later CEPA withdrew it.';
    const acr = mentions(text).filter((m) => m.text === 'CEPA');
    const full = find(text, 'Center for Eastern Policy Analysis');
    assert.equal(acr.length, 2);
    assert.ok(
      acr.every((m) => m.expansion === 'Center for Eastern Policy Analysis' && m.kind === 'organisation'),
    );
    assert.equal(full?.entity, acr[0]?.entity);
  });

  it('splits a hyphenated pair of nationalities into two demonyms', () => {
    const m = mentions('A Polish-Lithuanian brigade exercised.').filter((x) => x.kind === 'demonym');
    assert.deepEqual(
      m.map((x) => x.country),
      ['Poland', 'Lithuania'],
    );
  });

  it('keeps every span faithful to the text', () => {
    const text =
      'President Zelensky’s aide Mykhailo Podolyak met EU envoys in Brussels and the Kremlin objected.';
    for (const m of mentions(text)) assert.equal(text.slice(m.span.start, m.span.end), m.text);
  });
});

describe('mention stage: general news', () => {
  it('reads a pronoun in capitals as a place only when it is an abbreviation', () => {
    assert.equal(find('They told us the US would pay.', 'us'), undefined);
    assert.equal(find('They told us the US would pay.', 'US')?.kind, 'place');
  });

  it('leaves common capitalised short forms alone', () => {
    assert.deepEqual(mentions('He watched TV with the CEO at the DNA lab.'), []);
  });

  it('reads a one-word place that is a named person’s surname as that person', () => {
    const text = 'The author Valeska Paris spoke first. Later Paris said she had left.';
    const ms = mentions(text).filter((m) => m.text.endsWith('Paris'));
    assert.deepEqual(
      ms.map((m) => m.kind),
      ['person', 'person'],
    );
    assert.equal(ms[0]?.entity, ms[1]?.entity);
  });

  it('keeps a country a place when a person merely shares its name elsewhere', () => {
    const text = 'The author Valeska Paris spoke. Canada sent aid to Chile.';
    assert.equal(find(text, 'Canada')?.kind, 'place');
  });

  it('reads countries as teams in a match report, but not after a locative', () => {
    const text =
      'Sweden defeated Panama in the tournament. The referee gave a penalty and the goalkeeper saved it. The match was played in Russia.';
    assert.equal(find(text, 'Sweden')?.kind, 'organisation');
    assert.equal(find(text, 'Panama')?.kind, 'organisation');
    assert.equal(find(text, 'Russia')?.kind, 'place');
  });

  it('does not read an event name as a person', () => {
    assert.equal(find('Tickets for the World Cup sold out.', 'World Cup'), undefined);
    assert.equal(find('Crowds filled the streets for the Lantern Festival.', 'Lantern Festival'), undefined);
  });

  it('keeps a demonym after a direction word', () => {
    assert.equal(find('Speakers of Northern Kurdish live there.', 'Kurdish')?.kind, 'demonym');
  });

  it('keeps countries as places outside sports reports', () => {
    const text = 'Sweden defeated the proposal in the council.';
    assert.equal(find(text, 'Sweden')?.kind, 'place');
  });
});
