import { cosine, vectorsOf } from '../../core/word-vectors-few.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { WordNet } from '../meaning/wordnet.js';

/** Senses of the question's verb that the question itself may choose among: the main ones, not every rare reading. */
const SENSES = 6;
/** A synonym joins when the chosen sense is one of its own main senses ("seize": its third). */
const OWN_SENSES = 3;
/**
 * Another sense wins over the dominant one only by this much: close scores say the question does
 * not tell its senses apart ("order" a mobilisation: commanding or requesting).
 */
const MARGIN = 0.1;
/** Vectors of words rarer than this cost seconds to read; the words that tell a sense are common. */
const MAX_RANK = 40_000;

/** The words of a sense: its synonyms and the content words of its gloss ("take possession of by force"). */
function senseWords(net: WordNet, offset: number, verb: string): string[] {
  const synset = net.synset(offset, 'v');
  const gloss = (synset?.gloss ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 3 && baseForms(w, net).length > 0);
  return [...new Set([...(synset?.words ?? []), ...gloss])].filter((w) => !w.includes('_') && w !== verb);
}

/**
 * The synonyms the question's own words give its verb: the sense among the verb's main ones whose
 * synonyms and gloss word vectors put closest to the question's other words (on average, each
 * word's closest), when it is not the dominant sense and is clearly closer than it ("capture" a
 * town with forces: take possession by force, not represent or charm), lends its synonyms for
 * which it is a main sense too ("seize", "conquer"). A synonym that is also an adjective
 * ("appropriate") would name other things. Nothing without WordNet, vectors or such a sense.
 */
export function questionSenseSynonyms(verb: string, context: readonly string[]): string[] {
  const net = wn();
  if (!net) return [];
  const senses = net.senses(verb, 'v').slice(0, SENSES);
  if (senses.length < 2) return [];
  const words = senses.map((offset) => senseWords(net, offset, verb));
  const vectors = vectorsOf([...context, ...words.flat()], MAX_RANK);
  const around = context.flatMap((w) => vectors.get(w) ?? []);
  if (around.length === 0) return [];
  const scores = words.map((ws) => {
    const own = ws.flatMap((w) => vectors.get(w) ?? []);
    if (own.length === 0) return Number.NEGATIVE_INFINITY;
    const closest = around.map((c) => Math.max(...own.map((v) => cosine(v, c))));
    return closest.reduce((a, b) => a + b, 0) / closest.length;
  });
  const best = scores.indexOf(Math.max(...scores));
  if (best <= 0 || (scores[best] ?? 0) - (scores[0] ?? 0) < MARGIN) return [];
  const chosen = senses[best] ?? -1;
  return (net.synset(chosen, 'v')?.words ?? []).filter(
    (w) =>
      w !== verb &&
      !w.includes('_') &&
      net.senses(w, 'v').slice(0, OWN_SENSES).includes(chosen) &&
      net.senses(w, 'a').length === 0,
  );
}
