import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';
import { fold } from './fold.js';

const words = z.array(z.string());
const worldCountries = z.array(
  z.object({
    name: z.object({ common: z.string(), official: z.string() }),
    altSpellings: words,
    capital: words,
    demonyms: z.object({ eng: z.object({ f: z.string(), m: z.string() }).optional() }).optional(),
  }),
);
const placesFile = z.object({
  places: z.record(z.string(), words),
  regionHeads: words,
  notPlaces: words,
  regionPrefixes: words,
  cuesBefore: words,
  weakCuesBefore: words,
});
const demonymsFile = z.object({ demonyms: z.record(z.string(), z.string()) });
const regionsFile = z.object({
  regions: words,
  cities: words,
  nations: words,
  abbreviations: z.record(z.string(), z.string()),
});

function build() {
  const countries = loadModel('world-countries/countries.json', worldCountries);
  const local = loadModel('gazetteer-places', placesFile);
  const demonymFile = loadModel('gazetteer-demonyms', demonymsFile);
  const regions = loadModel('gazetteer-regions', regionsFile);
  const notPlaces = new Set(local.notPlaces.map(fold));
  const places = new Map<string, string>();
  const demonyms = new Map<string, string>();
  /** Demonyms as world-countries gives them: the only ones that tie a word to its country. */
  const countryDemonyms = new Map<string, string>();
  const addPlace = (surface: string, canonical: string): void => {
    const key = fold(surface);
    if (!notPlaces.has(key) && !places.has(key)) places.set(key, canonical);
  };

  for (const [canonical, variants] of Object.entries(local.places)) {
    addPlace(canonical, canonical);
    for (const v of variants) addPlace(v, canonical);
  }
  const countryNames = new Set<string>();
  const capitals = new Map<string, string>();
  for (const c of countries) {
    // A country keeps the spelling the local list gives it ("Turkey", where world-countries has
    // "Türkiye"): its capital, demonyms and other names point at that one place.
    addPlace(c.name.common, c.name.common);
    const name = places.get(fold(c.name.common)) ?? c.name.common;
    countryNames.add(name);
    addPlace(c.name.official, name);
    // Alternative spellings hold two-letter codes and native scripts: keep only longer Latin names.
    for (const alt of c.altSpellings)
      if (alt.length > 3 && /^[\p{Script=Latin}\s.'-]+$/u.test(alt)) addPlace(alt, name);
    for (const cap of c.capital) {
      addPlace(cap, cap);
      capitals.set(places.get(fold(cap)) ?? cap, name);
    }
    const dem = c.demonyms?.eng;
    if (dem)
      for (const d of [dem.m, dem.f]) {
        if (d && !demonyms.has(fold(d))) demonyms.set(fold(d), name);
        if (d && !countryDemonyms.has(fold(d))) countryDemonyms.set(fold(d), name);
      }
  }
  for (const name of [...regions.regions, ...regions.cities]) addPlace(name, name);
  /** Case-sensitive short forms: "US" is a place, "us" is not. */
  const abbreviations = new Map(Object.entries(regions.abbreviations));
  for (const [word, country] of Object.entries(demonymFile.demonyms)) demonyms.set(fold(word), country);

  const folded = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(fold));
  return {
    places,
    demonyms,
    countryDemonyms,
    countryNames,
    capitals,
    nations: new Set(regions.nations),
    abbreviations,
    placeMaxWords: Math.max(...[...places.keys()].map((k) => k.split(/\s+/).length)),
    regionHeads: folded(local.regionHeads),
    regionPrefixes: folded(local.regionPrefixes),
    placeCues: folded(local.cuesBefore),
    weakPlaceCues: folded(local.weakCuesBefore),
  };
}

/** The gazetteer, built on first use from world-countries and model/gazetteer-*.json. */
const gazetteer = once(build);

/** The longest place name (in words) the gazetteer holds. */
export const placeMaxWords = (): number => gazetteer().placeMaxWords;

/** Canonical place for a surface ("Kiev" -> "Kyiv"), or undefined. */
export const lookupPlace = (surface: string): string | undefined =>
  gazetteer().abbreviations.get(surface) ?? gazetteer().places.get(fold(surface));

/** Every spelling the gazetteer knows for a canonical place, folded ("Sievierodonetsk" -> sievierodonetsk, severodonetsk). */
export const placeSpellings = (canonical: string): readonly string[] =>
  spellingsByPlace().get(canonical) ?? [];

const spellingsByPlace = once(() => {
  const out = new Map<string, string[]>();
  for (const [surface, canonical] of gazetteer().places)
    out.set(canonical, [...(out.get(canonical) ?? []), surface]);
  return out;
});

/** Is this exact surface a place abbreviation (US, U.K., LA)? */
export const isPlaceAbbreviation = (surface: string): boolean => gazetteer().abbreviations.has(surface);

/** The country a demonym belongs to ("Belarusian" -> "Belarus"; "" for groups like "Kurdish"). */
export const lookupDemonym = (surface: string): string | undefined => gazetteer().demonyms.get(fold(surface));

/**
 * Whether world-countries names this word, or its singular ("Russians"), as a demonym of the
 * country: "British" is the United Kingdom's, "English" is no country's there.
 */
export const isCountryDemonym = (surface: string, country: string): boolean => {
  const key = fold(surface);
  const of = gazetteer().countryDemonyms;
  return of.get(key) === country || (key.endsWith('s') && of.get(key.slice(0, -1)) === country);
};

export const isRegionHead = (word: string): boolean => gazetteer().regionHeads.has(fold(word));

/** Words that open a place name: Lake Tharthar, Fort Campbell, Wadi Barada. */
export const isRegionPrefix = (word: string): boolean => gazetteer().regionPrefixes.has(fold(word));

/** Is this canonical place a country ("Sweden", not "Stockholm")? */
export const isCountry = (canonical: string): boolean => gazetteer().countryNames.has(canonical);

/** A country, or a nation inside one that fields its own team ("England", "Wales"). */
export const isNation = (canonical: string): boolean =>
  isCountry(canonical) || gazetteer().nations.has(canonical);

/** The country whose capital this canonical place is ("Kyiv" -> "Ukraine"), or undefined. */
export const countryOfCapital = (canonical: string): string | undefined =>
  gazetteer().capitals.get(canonical);

/** The country a place name stands for: a country itself, or the country of its capital ("Moscow" -> Russia). */
export const countryOfPlace = (surface: string): string | undefined => {
  const place = lookupPlace(surface);
  if (place === undefined) return undefined;
  return isCountry(place) ? place : countryOfCapital(place);
};

/** Lowercase words that make the unknown name after them a place: "near", "the village of". */
export const isPlaceCue = (phrase: string): boolean => gazetteer().placeCues.has(fold(phrase));
/** Cues that say "place" only when the name closes a phrase: "in Dabiq," but not "in Batman: The Animated Series". */
export const isWeakPlaceCue = (word: string): boolean => gazetteer().weakPlaceCues.has(fold(word));
