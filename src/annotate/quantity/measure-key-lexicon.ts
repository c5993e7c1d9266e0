import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';

/** The context word lists of the measure key, read once from model/quantity-measure-keys.json. */
interface MeasureKeysFile {
  nationWords: { words: Record<string, string> };
  forceSynonyms: { heads: Record<string, string> };
  forceBodies: { words: string[]; heads: string[] };
  anaphora: { pronouns: string[]; forceNouns: string[] };
  moneyNouns: { window: number; nouns: Record<string, string> };
  pollShare: { key: string; respondents: string[]; people: string[]; cues: string[] };
  reservists: { key: string; cues: string[]; heads: string[] };
  noMeasure: { units: string[]; window: number };
  unitKeys: { units: Record<string, string> };
}

const load = <T>(name: string): T => JSON.parse(readFileSync(join(projectRoot, 'model', name), 'utf8')) as T;
const file = load<MeasureKeysFile>('quantity-measure-keys.json');
const demonyms = load<{ demonyms: Record<string, string> }>('gazetteer-demonyms.json').demonyms;
const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

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

export const keyLexicon = {
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
