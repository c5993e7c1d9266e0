import { baseForms, wn } from '../meaning/word-forms.js';
import type { Topic, TopicTerm } from './topic.js';

/** How far up WordNet's hypernyms a noun may lie below the outcome's noun ("deal" is an agreement, one level up). */
const DEPTH = 2;
/** The senses of a noun read: its two main ones. */
const SENSES = 2;

/** Per question: its outcome nouns by first sense, and the answer for each lemma asked about. */
const known = new WeakMap<
  Topic,
  { targets: Map<number, TopicTerm>; byLemma: Map<string, TopicTerm | undefined> }
>();

/** The question's own nouns of an act or event, by their first sense ("agreement", "mobilisation"). */
function outcomeNouns(topic: Topic): Map<number, TopicTerm> {
  const net = wn();
  const out = new Map<number, TopicTerm>();
  if (!net) return out;
  for (const [key, term] of topic.terms) {
    if (term.kind !== 'event' || term.verb || term.hypothesis || !term.eventNoun || key !== term.word)
      continue;
    const lemma = baseForms(term.word, net).find(([, pos]) => pos === 'n')?.[0];
    const first = lemma === undefined ? undefined : net.senses(lemma, 'n')[0];
    if (first !== undefined) out.set(first, term);
  }
  return out;
}

/**
 * The outcome's noun of an act or event that a noun is a kind of, by one of its main senses a
 * level or two below the outcome noun's first sense in WordNet ("deal" and "pact" are kinds of
 * "agreement"). Undefined for a noun that is none.
 */
export function kindOfOutcome(topic: Topic, lemma: string): TopicTerm | undefined {
  let cache = known.get(topic);
  if (!cache) {
    cache = { targets: outcomeNouns(topic), byLemma: new Map() };
    known.set(topic, cache);
  }
  if (cache.byLemma.has(lemma)) return cache.byLemma.get(lemma);
  const net = wn();
  const { targets } = cache;
  let found: TopicTerm | undefined;
  if (net && targets.size > 0) {
    let level = net.senses(lemma, 'n').slice(0, SENSES);
    for (let depth = 0; depth <= DEPTH && level.length > 0 && !found; depth++) {
      found = level.map((offset) => targets.get(offset)).find(Boolean);
      level = level.flatMap(
        (offset) =>
          net
            .synset(offset, 'n')
            ?.pointers.filter((p) => p.symbol === '@')
            .map((p) => p.offset) ?? [],
      );
    }
  }
  cache.byLemma.set(lemma, found);
  return found;
}
