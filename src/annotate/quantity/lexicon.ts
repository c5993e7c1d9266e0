import { z } from 'zod';
import { loadModel, once, type QuantityKind, qualifierValues, quantityKinds } from '../../core/index.js';

const words = z.array(z.string());
const numberOf = z.record(z.string(), z.number());
const wordOf = z.record(z.string(), z.string());
const numbersFile = z.object({
  cardinals: numberOf,
  tens: numberOf,
  multipliers: numberOf,
  scales: numberOf,
  scaleAbbreviations: numberOf,
  moneyScaleAbbreviations: numberOf,
  millionContextFiles: z.array(z.number().int().min(0).max(44)),
  ordinals: numberOf,
  ordinalSuffixes: words,
  fractions: numberOf,
  vague: z.record(z.string(), z.tuple([z.number(), z.number()])),
  vagueWithoutValue: words,
});
const unitsFile = z.object({
  units: z.array(
    z.object({
      unit: z.string(),
      kind: z.enum(quantityKinds),
      dimension: z.literal('length').optional(),
      surfaces: words,
    }),
  ),
  calibreCues: words,
  slashNumerators: wordOf,
  ageUnits: wordOf,
  ageCues: words,
  ageClauseCues: words,
  rateLinks: words,
  unitModifiers: words,
  frequencyWords: words,
  notRateAfter: words,
});
const generalFile = z.object({ units: unitsFile.shape.units });
const currencyPairs = z.record(z.string(), z.tuple([z.string(), z.string()]));
const currenciesFile = z.object({ prefixes: currencyPairs, suffixes: currencyPairs });
const contextFile = z.object({
  months: words,
  timeSuffixes: words,
  labels: words,
  identifierNouns: words,
  idioms: words,
  yearCues: words,
  streetSuffixes: words,
  countCues: words,
  thingModifiers: words,
  thingStopWords: words,
  thingLinks: words,
  measureKeySynonyms: wordOf,
  measureKeyModifiers: words,
  deathNouns: words,
  irregularPlurals: wordOf,
});
const qualifiersFile = z.object({
  qualifiers: z.record(z.string(), z.enum(qualifierValues)),
  particleVerbFiles: z.array(z.number().int().min(29).max(43)),
});

export interface UnitInfo {
  readonly unit: string;
  readonly kind: QuantityKind;
}

type UnitEntry = z.output<typeof unitsFile>['units'][number];

/** "square foot", "sq ft", "ft²", "cubic metre", "m3": the area and volume units of a length unit. */
const powersOf = (entry: UnitEntry): UnitEntry[] =>
  entry.dimension !== 'length'
    ? []
    : (
        [
          ['square', ['square', 'sq'], ['2', '²']],
          ['cubic', ['cubic', 'cu'], ['3', '³']],
        ] as const
      ).map(([name, words, exponents]) => ({
        unit: `${name} ${entry.unit}`,
        kind: entry.kind,
        surfaces: entry.surfaces.flatMap((s) => [
          ...words.map((w) => `${w} ${s}`),
          ...(s.length <= 3 ? exponents.map((e) => `${s}${e}`) : []),
        ]),
      }));

/** Exact surfaces, plus lower-cased word surfaces (three letters or more, written lower case). */
const unitTables = once(() => {
  const exact = new Map<string, UnitInfo>();
  const lower = new Map<string, UnitInfo>();
  // The hand list first (its names win), then the general units table (scripts/general-units.mjs).
  const listed = [
    ...loadModel('quantity-units', unitsFile).units,
    ...loadModel('quantity-units-general', generalFile).units,
  ];
  for (const entry of [...listed, ...listed.flatMap(powersOf)]) {
    for (const surface of entry.surfaces) {
      const info = { unit: entry.unit, kind: entry.kind };
      if (!exact.has(surface)) exact.set(surface, info);
      if (surface.length >= 3 && surface === surface.toLowerCase() && !lower.has(surface))
        lower.set(surface, info);
    }
  }
  return { exact, lower };
});

export const lookupUnit = (surface: string): UnitInfo | undefined =>
  unitTables().exact.get(surface) ?? unitTables().lower.get(surface.toLowerCase());

export interface CurrencyInfo {
  readonly code: string;
  readonly name: string;
}
const toCurrency = (table: z.output<typeof currencyPairs>): Map<string, CurrencyInfo> =>
  new Map(Object.entries(table).map(([k, [code, name]]) => [k, { code, name }]));

const lowerSet = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.map((w) => w.toLowerCase()));

/**
 * Fraction words: the listed ones ("half", "quarter") and every ordinal from three on as a
 * denominator, singular and plural ("a fifth", "two-fifths", "one eighth").
 */
const fractionWords = (
  listed: Readonly<Record<string, number>>,
  ordinals: Readonly<Record<string, number>>,
): ReadonlyMap<string, number> => {
  const out = new Map(Object.entries(listed));
  for (const [word, n] of Object.entries(ordinals)) {
    if (n < 3) continue;
    if (!out.has(word)) out.set(word, 1 / n);
    if (!out.has(`${word}s`)) out.set(`${word}s`, 1 / n);
  }
  return out;
};

function build() {
  const numbers = loadModel('quantity-numbers', numbersFile);
  const units = loadModel('quantity-units', unitsFile);
  const currencies = loadModel('quantity-currencies', currenciesFile);
  const context = loadModel('quantity-context', contextFile);
  const { qualifiers, particleVerbFiles } = loadModel('quantity-qualifiers', qualifiersFile);
  return {
    cardinals: new Map(Object.entries(numbers.cardinals)),
    tens: new Map(Object.entries(numbers.tens)),
    multipliers: new Map(Object.entries(numbers.multipliers)),
    scales: new Map(Object.entries(numbers.scales)),
    scaleAbbreviations: new Map(Object.entries(numbers.scaleAbbreviations)),
    moneyScaleAbbreviations: new Map(Object.entries(numbers.moneyScaleAbbreviations)),
    millionContextFiles: new Set(numbers.millionContextFiles),
    ordinals: new Map(Object.entries(numbers.ordinals)),
    ordinalSuffixes: new Set(numbers.ordinalSuffixes),
    fractions: fractionWords(numbers.fractions, numbers.ordinals),
    vague: new Map(Object.entries(numbers.vague)),
    vagueWithoutValue: new Set(numbers.vagueWithoutValue),
    qualifiers: new Map(Object.entries(qualifiers)),
    particleVerbFiles: new Set(particleVerbFiles),
    currencyPrefixes: toCurrency(currencies.prefixes),
    currencySuffixes: toCurrency(currencies.suffixes),
    calibreCues: lowerSet(units.calibreCues),
    slashNumerators: new Map(Object.entries(units.slashNumerators)),
    ageUnits: new Map(Object.entries(units.ageUnits)),
    ageCues: lowerSet(units.ageCues),
    ageClauseCues: lowerSet(units.ageClauseCues),
    rateLinks: lowerSet(units.rateLinks),
    unitModifiers: lowerSet(units.unitModifiers),
    frequencyWords: lowerSet(units.frequencyWords),
    notRateAfter: lowerSet(units.notRateAfter),
    months: new Set(context.months),
    timeSuffixes: lowerSet(context.timeSuffixes),
    labels: lowerSet(context.labels),
    identifierNouns: lowerSet(context.identifierNouns),
    idioms: lowerSet(context.idioms),
    yearCues: lowerSet(context.yearCues),
    streetSuffixes: new Set(context.streetSuffixes),
    countCues: lowerSet(context.countCues),
    thingModifiers: lowerSet(context.thingModifiers),
    thingStopWords: lowerSet(context.thingStopWords),
    /** Each link as its words, split once (the thing refiner tries them all for every figure). */
    thingLinks: context.thingLinks.map((link) => link.split(' ')),
    measureKeySynonyms: new Map(Object.entries(context.measureKeySynonyms)),
    measureKeyModifiers: lowerSet(context.measureKeyModifiers),
    deathNouns: lowerSet(context.deathNouns),
    irregularPlurals: new Map(Object.entries(context.irregularPlurals)),
  } as const;
}

/** The word lists of the quantities stage, built on first use from `model/quantity-*.json`. */
export const lexicon: () => ReturnType<typeof build> = once(build);

/** True when `word` (lower case) is a number word the words parser reads. */
export const isNumberWord = (word: string): boolean =>
  lexicon().cardinals.has(word) ||
  lexicon().tens.has(word) ||
  lexicon().multipliers.has(word) ||
  lexicon().scales.has(word);
