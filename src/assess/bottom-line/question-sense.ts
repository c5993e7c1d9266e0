import { memoized } from '../../core/index.js';
import { cosine, vectorsOf } from '../../core/word-vectors-few.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { WordNet } from '../meaning/wordnet.js';
import { bottomLineLexicon as lex } from './lexicon.js';

/** Senses of the question's verb that the question itself may choose among: the main ones, not every rare reading. */
const SENSES = 6;
/** A synonym joins when the chosen sense is one of its own main senses ("seize": its third). */
const OWN_SENSES = 3;
/**
 * Another sense wins over the dominant one only by this much: close scores say the question does
 * not tell its senses apart ("order" a mobilisation: commanding or requesting).
 */
const MARGIN = 0.1;
/** A light verb is a general one, of more senses than this ("take", "hold"; not the modal "can"). */
const GENERAL = 15;
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
 * ("appropriate") or a function word ("can" of firing someone) would name other things. Nothing without WordNet, vectors or such a sense.
 */
export function questionSenseSynonyms(verb: string, context: readonly string[]): string[] {
  const net = wn();
  const chosen = questionSense(verb, context);
  if (!net || chosen === undefined) return [];
  return (net.synset(chosen, 'v')?.words ?? []).filter(
    (w) =>
      w !== verb &&
      !w.includes('_') &&
      net.senses(w, 'v').slice(0, OWN_SENSES).includes(chosen) &&
      net.senses(w, 'a').length === 0 &&
      !lex().questionStopwords.has(w),
  );
}

/**
 * The light verbs among `candidates` ("take", "hold") that name the act of the sense the question
 * chose for its verb: one of their senses is that sense or one or two levels above it, among acts
 * of its kind (its lexicographer file: "take" by force, above "seize" above "capture" a town, all
 * verbs of possession). Such a verb names the act only beside its object.
 */
export function questionSenseLightVerbs(
  verb: string,
  context: readonly string[],
  candidates: Iterable<string>,
): string[] {
  const net = wn();
  const chosen = questionSense(verb, context);
  if (!net || chosen === undefined) return [];
  // Only through acts of the same kind: "hold" of "declare to be" lies two levels above lifting sanctions, past cancelling.
  const file = net.synset(chosen, 'v')?.lexFile;
  const above = (offsets: readonly number[]) =>
    offsets.flatMap((o) =>
      (net.synset(o, 'v')?.pointers ?? [])
        .filter((p) => p.symbol === '@' && net.synset(p.offset, 'v')?.lexFile === file)
        .map((p) => p.offset),
    );
  const parents = above([chosen]);
  const within = new Set([chosen, ...parents, ...above(parents)]);
  return [...candidates].filter((w) => {
    const its = net.senses(w, 'v');
    return w !== verb && its.length > GENERAL && its.some((o) => within.has(o));
  });
}

/** The sense of the question's verb its other words choose, when it is not the dominant one (see questionSenseSynonyms). */
const questionSense = (verb: string, context: readonly string[]): number | undefined =>
  senseOfQuestion(`${verb}\t${context.join(' ')}`);

const senseOfQuestion = memoized((key: string): number | undefined => {
  const [verb = '', nearby = ''] = key.split('\t');
  const context = nearby.split(' ').filter(Boolean);
  const net = wn();
  if (!net) return undefined;
  const senses = net.senses(verb, 'v').slice(0, SENSES);
  if (senses.length < 2) return undefined;
  const words = senses.map((offset) => senseWords(net, offset, verb));
  const vectors = vectorsOf([...context, ...words.flat()], MAX_RANK);
  const around = context.flatMap((w) => vectors.get(w) ?? []);
  if (around.length === 0) return undefined;
  const scores = words.map((ws) => {
    const own = ws.flatMap((w) => vectors.get(w) ?? []);
    if (own.length === 0) return Number.NEGATIVE_INFINITY;
    const closest = around.map((c) => Math.max(...own.map((v) => cosine(v, c))));
    return closest.reduce((a, b) => a + b, 0) / closest.length;
  });
  const best = scores.indexOf(Math.max(...scores));
  if (best <= 0 || (scores[best] ?? 0) - (scores[0] ?? 0) < MARGIN) return undefined;
  return senses[best];
}, 100);

/**
 * The verbs among `candidates` (the words of the question and its labels) that WordNet glosses, in
 * one of their senses, as undergoing the act of one of `acts` ("fall": be captured): the outcome as
 * its object lives it ("the town falls").
 */
export function undergoneVerbs(acts: readonly string[], candidates: Iterable<string>): string[] {
  const net = wn();
  if (!net) return [];
  return [...candidates].filter((word) =>
    baseForms(word, net)
      .filter(([, pos]) => pos === 'v')
      .some(([lemma]) => undergoes(lemma, acts)),
  );
}

/**
 * Whether WordNet glosses one of a verb lemma's senses as undergoing one of `acts` ("fall": be
 * captured), whatever text it comes from: the outcome's object may "fall" in any article.
 */
export const undergoes = (lemma: string, acts: readonly string[]): boolean =>
  acts.length > 0 && undergoesKeyed(`${lemma}\t${acts.join(' ')}`);

const undergoesKeyed = memoized((key: string): boolean => {
  const net = wn();
  const [lemma = '', joined = ''] = key.split('\t');
  if (!net) return false;
  const own = new Set(joined.split(' '));
  return net.senses(lemma, 'v').some((offset) => {
    const done = /^be (\p{L}+)/u.exec(net.synset(offset, 'v')?.gloss ?? '')?.[1];
    return done !== undefined && baseForms(done, net).some(([b, pos]) => pos === 'v' && own.has(b));
  });
}, 5_000);
