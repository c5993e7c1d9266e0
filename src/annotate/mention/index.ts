import type { Mention, Sentence, Token } from '../../core/index.js';
import { applyRules } from '../rules.js';
import type { Candidate } from './candidate.js';
import { mentionConfiguration } from './configuration.js';
import { groupPeople } from './person-coref.refiner.js';
import { textAt, toWords, type Words } from './word.js';

export { fold } from './fold.js';
export {
  countryOfCapital,
  countryOfPlace,
  isCountry,
  isCountryDemonym,
  isRegionHead,
  lookupDemonym,
  lookupPlace,
  placeSpellings,
} from './gazetteer.js';
export { isGivenName } from './name-shape.js';
export { isShapeOnlyPerson } from './thing-same-name.refiner.js';

/**
 * Mentions in one text: the parsers and refiners of configuration.ts, then people grouped into one
 * entity key per person (person-coref.refiner.ts) and every other mention keyed by its name.
 */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Mention[] {
  const words = toWords(text, tokens, sentences);
  const kept = applyRules({ text, words }, mentionConfiguration);
  const nextWord = (c: Candidate): string => {
    const i = lastEndingAt(words, c.end);
    return i < 0 || i + 1 >= words.length ? '' : textAt(words, i + 1);
  };
  return groupPeople(kept, nextWord).map(({ candidate: c, kind, rule, canonical, entity }) => {
    // Optional fields set one by one, in the same order as before: spreads cost more here.
    const mention: Writable<Mention> = {
      span: { start: c.start, end: c.end },
      text: text.slice(c.start, c.end),
      rule,
      kind: kind === 'unknown' ? 'person' : kind,
      name: kind === 'person' ? (canonical ?? c.name) : c.name,
      entity,
    };
    if (c.role) mention.role = c.role;
    if (c.country) mention.country = c.country;
    if (c.expansion) mention.expansion = c.expansion;
    return mention;
  });
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Index of the last word that ends at `end` (words are in text order), or -1: a binary search. */
function lastEndingAt(words: Words, end: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words.end[mid] ?? 0) <= end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && words.end[lo - 1] === end ? lo - 1 : -1;
}
