import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryOfCapital, countryOfPlace, isCountry, lookupPlace } from './gazetteer.js';

describe('gazetteer: countries', () => {
  it('is a country under the spelling the local list gives it, whatever world-countries calls it', () => {
    // world-countries names it Türkiye; the local list files both spellings under Turkey.
    assert.equal(lookupPlace('Türkiye'), 'Turkey');
    assert.equal(isCountry('Turkey'), true);
    assert.equal(countryOfCapital('Ankara'), 'Turkey');
  });

  it('reads a country or its capital as the country, and no other place', () => {
    assert.equal(countryOfPlace('Türkiye'), 'Turkey');
    assert.equal(countryOfPlace('Ankara'), 'Turkey');
    assert.equal(countryOfPlace('Kharkiv'), undefined);
  });

  it('keeps the nations of the United Kingdom apart from it, and Britain one of its names', () => {
    for (const nation of ['England', 'Scotland', 'Wales', 'Northern Ireland']) {
      assert.equal(lookupPlace(nation), nation);
      assert.equal(isCountry(nation), false, nation);
    }
    assert.equal(lookupPlace('Britain'), 'United Kingdom');
  });

  it('knows a capital under the spelling the local list gives it', () => {
    // world-countries writes Chișinău; the gazetteer's place is Chisinau.
    assert.equal(countryOfCapital(lookupPlace('Chișinău') ?? ''), 'Moldova');
  });

  it('keeps every other country of world-countries a country, and its capital its own', () => {
    for (const [name, capital] of [
      ['Sweden', 'Stockholm'],
      ['Ukraine', 'Kyiv'],
      ['Czechia', 'Prague'],
    ] as const) {
      assert.equal(isCountry(lookupPlace(name) ?? ''), true, name);
      assert.equal(countryOfCapital(lookupPlace(capital) ?? ''), name, capital);
    }
  });
});
