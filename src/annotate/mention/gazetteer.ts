import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';
import { fold } from './fold.js';

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

const require = createRequire(import.meta.url);
const countries = JSON.parse(
  readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
) as WorldCountry[];
const local = JSON.parse(readFileSync(join(projectRoot, 'model', 'gazetteer-places.json'), 'utf8')) as {
  places: Record<string, string[]>;
  regionHeads: string[];
  notPlaces: string[];
  regionPrefixes: string[];
  cuesBefore: string[];
  weakCuesBefore: string[];
};
const demonymFile = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'gazetteer-demonyms.json'), 'utf8'),
) as {
  demonyms: Record<string, string>;
};

const notPlaces = new Set(local.notPlaces.map(fold));
const places = new Map<string, string>();
const demonyms = new Map<string, string>();
const addPlace = (surface: string, canonical: string): void => {
  const key = fold(surface);
  if (!notPlaces.has(key) && !places.has(key)) places.set(key, canonical);
};

for (const [canonical, variants] of Object.entries(local.places)) {
  addPlace(canonical, canonical);
  for (const v of variants) addPlace(v, canonical);
}
const countryNames = new Set<string>();
for (const c of countries) {
  const name = c.name.common;
  countryNames.add(name);
  addPlace(name, name);
  addPlace(c.name.official, name);
  // Alternative spellings hold two-letter codes and native scripts: keep only longer Latin names.
  for (const alt of c.altSpellings)
    if (alt.length > 3 && /^[\p{Script=Latin}\s.'-]+$/u.test(alt)) addPlace(alt, name);
  for (const cap of c.capital) addPlace(cap, cap);
  const dem = c.demonyms?.eng;
  if (dem) for (const d of [dem.m, dem.f]) if (d && !demonyms.has(fold(d))) demonyms.set(fold(d), name);
}
const regions = JSON.parse(readFileSync(join(projectRoot, 'model', 'gazetteer-regions.json'), 'utf8')) as {
  regions: string[];
  cities: string[];
  abbreviations: Record<string, string>;
};
for (const name of [...regions.regions, ...regions.cities]) addPlace(name, name);
/** Case-sensitive short forms: "US" is a place, "us" is not. */
const abbreviations = new Map(Object.entries(regions.abbreviations));
for (const [word, country] of Object.entries(demonymFile.demonyms)) demonyms.set(fold(word), country);

/** The longest place name (in words) the gazetteer holds. */
export const placeMaxWords = Math.max(...[...places.keys()].map((k) => k.split(/\s+/).length));

/** Canonical place for a surface ("Kiev" -> "Kyiv"), or undefined. */
export const lookupPlace = (surface: string): string | undefined =>
  abbreviations.get(surface) ?? places.get(fold(surface));

/** Is this exact surface a place abbreviation (US, U.K., LA)? */
export const isPlaceAbbreviation = (surface: string): boolean => abbreviations.has(surface);

/** The country a demonym belongs to ("Belarusian" -> "Belarus"; "" for groups like "Kurdish"). */
export const lookupDemonym = (surface: string): string | undefined => demonyms.get(fold(surface));

const regionHeads = new Set(local.regionHeads.map(fold));
export const isRegionHead = (word: string): boolean => regionHeads.has(fold(word));

const regionPrefixes = new Set(local.regionPrefixes.map(fold));
/** Words that open a place name: Lake Tharthar, Fort Campbell, Wadi Barada. */
export const isRegionPrefix = (word: string): boolean => regionPrefixes.has(fold(word));

/** Is this canonical place a country ("Sweden", not "Stockholm")? */
export const isCountry = (canonical: string): boolean => countryNames.has(canonical);

const placeCues = new Set(local.cuesBefore.map(fold));
/** Lowercase words that make the unknown name after them a place: "near", "the village of". */
export const isPlaceCue = (phrase: string): boolean => placeCues.has(fold(phrase));
const weakPlaceCues = new Set(local.weakCuesBefore.map(fold));
/** Cues that say "place" only when the name closes a phrase: "in Dabiq," but not "in Batman: The Animated Series". */
export const isWeakPlaceCue = (word: string): boolean => weakPlaceCues.has(fold(word));
