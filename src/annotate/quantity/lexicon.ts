import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, type Qualifier, type QuantityKind } from '../../core/index.js';

/** The word lists of the quantities stage, read once from `model/quantity-*.json`. */
const load = <T>(name: string): T => JSON.parse(readFileSync(join(projectRoot, 'model', name), 'utf8')) as T;

interface NumbersFile {
  cardinals: Record<string, number>;
  tens: Record<string, number>;
  multipliers: Record<string, number>;
  scales: Record<string, number>;
  scaleAbbreviations: Record<string, number>;
  moneyScaleAbbreviations: Record<string, number>;
  ordinals: Record<string, number>;
  ordinalSuffixes: string[];
  fractions: Record<string, number>;
  vague: Record<string, [number, number]>;
  vagueWithoutValue: string[];
}
interface UnitEntry {
  unit: string;
  kind: QuantityKind;
  surfaces: string[];
}
interface UnitsFile {
  units: UnitEntry[];
  calibreCues: string[];
  ageUnits: Record<string, string>;
  ageCues: string[];
  rateLinks: string[];
  unitModifiers: string[];
  frequencyWords: string[];
  notRateAfter: string[];
}
type CurrencyPair = [string, string];
interface CurrenciesFile {
  prefixes: Record<string, CurrencyPair>;
  suffixes: Record<string, CurrencyPair>;
}
interface ContextFile {
  months: string[];
  timeSuffixes: string[];
  labels: string[];
  idioms: string[];
  yearCues: string[];
  streetSuffixes: string[];
  countCues: string[];
  thingModifiers: string[];
  thingStopWords: string[];
  thingLinks: string[];
  measureKeySynonyms: Record<string, string>;
  measureKeyModifiers: string[];
  irregularPlurals: Record<string, string>;
}

const numbers = load<NumbersFile>('quantity-numbers.json');
const units = load<UnitsFile>('quantity-units.json');
const currencies = load<CurrenciesFile>('quantity-currencies.json');
const context = load<ContextFile>('quantity-context.json');
const qualifiers = load<{ qualifiers: Record<string, Qualifier> }>('quantity-qualifiers.json').qualifiers;

export interface UnitInfo {
  readonly unit: string;
  readonly kind: QuantityKind;
}

/** Exact surfaces, plus lower-cased word surfaces (three letters or more, written lower case). */
const unitExact = new Map<string, UnitInfo>();
const unitLower = new Map<string, UnitInfo>();
for (const entry of units.units) {
  for (const surface of entry.surfaces) {
    const info = { unit: entry.unit, kind: entry.kind };
    if (!unitExact.has(surface)) unitExact.set(surface, info);
    if (surface.length >= 3 && surface === surface.toLowerCase() && !unitLower.has(surface))
      unitLower.set(surface, info);
  }
}

export const lookupUnit = (surface: string): UnitInfo | undefined =>
  unitExact.get(surface) ?? unitLower.get(surface.toLowerCase());

export interface CurrencyInfo {
  readonly code: string;
  readonly name: string;
}
const toCurrency = (table: Record<string, CurrencyPair>): Map<string, CurrencyInfo> =>
  new Map(Object.entries(table).map(([k, [code, name]]) => [k, { code, name }]));

const lowerSet = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.map((w) => w.toLowerCase()));

export const lexicon = {
  cardinals: new Map(Object.entries(numbers.cardinals)),
  tens: new Map(Object.entries(numbers.tens)),
  multipliers: new Map(Object.entries(numbers.multipliers)),
  scales: new Map(Object.entries(numbers.scales)),
  scaleAbbreviations: new Map(Object.entries(numbers.scaleAbbreviations)),
  moneyScaleAbbreviations: new Map(Object.entries(numbers.moneyScaleAbbreviations)),
  ordinals: new Map(Object.entries(numbers.ordinals)),
  ordinalSuffixes: new Set(numbers.ordinalSuffixes),
  fractions: new Map(Object.entries(numbers.fractions)),
  vague: new Map(Object.entries(numbers.vague)),
  vagueWithoutValue: new Set(numbers.vagueWithoutValue),
  qualifiers: new Map(Object.entries(qualifiers)),
  currencyPrefixes: toCurrency(currencies.prefixes),
  currencySuffixes: toCurrency(currencies.suffixes),
  calibreCues: lowerSet(units.calibreCues),
  ageUnits: new Map(Object.entries(units.ageUnits)),
  ageCues: lowerSet(units.ageCues),
  rateLinks: lowerSet(units.rateLinks),
  unitModifiers: lowerSet(units.unitModifiers),
  frequencyWords: lowerSet(units.frequencyWords),
  notRateAfter: lowerSet(units.notRateAfter),
  months: new Set(context.months),
  timeSuffixes: lowerSet(context.timeSuffixes),
  labels: lowerSet(context.labels),
  idioms: lowerSet(context.idioms),
  yearCues: lowerSet(context.yearCues),
  streetSuffixes: new Set(context.streetSuffixes),
  countCues: lowerSet(context.countCues),
  thingModifiers: lowerSet(context.thingModifiers),
  thingStopWords: lowerSet(context.thingStopWords),
  thingLinks: context.thingLinks,
  measureKeySynonyms: new Map(Object.entries(context.measureKeySynonyms)),
  measureKeyModifiers: lowerSet(context.measureKeyModifiers),
  irregularPlurals: new Map(Object.entries(context.irregularPlurals)),
} as const;

/** True when `word` (lower case) is a number word the words parser reads. */
export const isNumberWord = (word: string): boolean =>
  lexicon.cardinals.has(word) ||
  lexicon.tens.has(word) ||
  lexicon.multipliers.has(word) ||
  lexicon.scales.has(word);
