import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';

const words = z.array(z.string());
const wordOf = z.record(z.string(), z.string());
const measureKeysFile = z.object({
  nationWords: z.object({ words: wordOf }),
  forceSynonyms: z.object({ heads: wordOf }),
  forceBodies: z.object({ words, heads: words }),
  anaphora: z.object({ pronouns: words, forceNouns: words }),
  moneyNouns: z.object({ window: z.number(), nouns: wordOf }),
  pollShare: z.object({ key: z.string(), respondents: words, people: words, cues: words }),
  reservists: z.object({ key: z.string(), cues: words, heads: words }),
  noMeasure: z.object({ units: words, window: z.number() }),
  unitKeys: z.object({ units: wordOf }),
});
/** Shared with the mention stage's gazetteer. */
export const demonymsFile = z.object({ demonyms: wordOf });

const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

/** The context word lists of the measure key, built on first use from model/quantity-measure-keys.json. */
function build() {
  const file = loadModel('quantity-measure-keys', measureKeysFile);
  const { demonyms } = loadModel('gazetteer-demonyms', demonymsFile);
  /** A country's adjective as a key word: its first demonym in the gazetteer, lower-cased ("belarusian"). */
  const adjectiveOf = new Map<string, string>();
  for (const [demonym, country] of Object.entries(demonyms))
    if (country && !adjectiveOf.has(country)) adjectiveOf.set(country, demonym.toLowerCase());

  /** Lower-cased word -> nation adjective: demonyms ("Belorussian"), countries ("Belarus"), heads of state. */
  const nations = new Map<string, string>();
  for (const [country, adjective] of adjectiveOf) nations.set(country.toLowerCase(), adjective);
  for (const [word, country] of Object.entries({ ...demonyms, ...file.nationWords.words })) {
    const adjective = adjectiveOf.get(country);
    if (adjective) nations.set(word.toLowerCase(), adjective);
  }

  return {
    nations,
    forceSynonyms: new Map(Object.entries(file.forceSynonyms.heads)),
    forceBodies: lowerSet(file.forceBodies.words),
    forceBodyHeads: lowerSet(file.forceBodies.heads),
    pronouns: lowerSet(file.anaphora.pronouns),
    forceNouns: lowerSet(file.anaphora.forceNouns),
    moneyWindow: file.moneyNouns.window,
    moneyNouns: new Map(Object.entries(file.moneyNouns.nouns)),
    pollKey: file.pollShare.key,
    respondents: lowerSet(file.pollShare.respondents),
    pollPeople: lowerSet(file.pollShare.people),
    pollCues: lowerSet(file.pollShare.cues),
    reservistsKey: file.reservists.key,
    reservistCues: file.reservists.cues.map((c) => c.toLowerCase()),
    reservistHeads: lowerSet(file.reservists.heads),
    calibreUnits: new Set(file.noMeasure.units),
    calibreWindow: file.noMeasure.window,
    unitKeys: new Map(Object.entries(file.unitKeys.units)),
  };
}

export const keyLexicon: () => ReturnType<typeof build> = once(build);
