import { cosine, vectorsOf } from '../../core/word-vectors-few.js';
import type { WordNet } from '../meaning/wordnet.js';

/** Word vectors put verbs of one act this close ("halt", "suspend", "stop"); their antonyms too. */
const KIN = 0.7;
/** Senses of the question's verb whose synonyms are its kin: the main ones, not every rare reading. */
const SENSES = 2;
/** Verbs rarer than this are read without vectors: reading that far costs seconds, and kin verbs are common. */
const MAX_RANK = 40_000;
/** A verb of more senses than this ("make", "get", "play") is too general to stand for one act. */
const MAX_SENSES = 15;

/**
 * Which of `lemmas` name the act of the verb `verb`: its synonyms in its main WordNet senses and
 * the verbs word vectors put close to it that are not too general, less its antonyms ("resume" is as close to "halt" as
 * "suspend" is: WordNet tells them apart, the vectors cannot).
 */
export function verbKin(net: WordNet, verb: string, lemmas: ReadonlySet<string>): Set<string> {
  const senses = net.senses(verb, 'v');
  const synonyms = new Set(senses.slice(0, SENSES).flatMap((o) => net.synset(o, 'v')?.words ?? []));
  const vectors = vectorsOf([verb, ...lemmas], MAX_RANK);
  const own = vectors.get(verb);
  const out = new Set<string>();
  for (const lemma of lemmas) {
    const v = vectors.get(lemma);
    const specific = net.senses(lemma, 'v').length <= MAX_SENSES;
    const close =
      synonyms.has(lemma) || (specific && own !== undefined && v !== undefined && cosine(own, v) >= KIN);
    if (close && !opposes(net, lemma, synonyms, senses)) out.add(lemma);
  }
  return out;
}

/**
 * Whether a verb is an antonym of the question's verb: one of its senses, or of their direct
 * hypernyms ("resume" is a way to "continue", the antonym of "stop"), points at a synset holding a
 * synonym of it, or one of the question verb's senses points at it.
 */
function opposes(
  net: WordNet,
  lemma: string,
  synonyms: ReadonlySet<string>,
  senses: readonly number[],
): boolean {
  for (const offset of net.senses(lemma, 'v')) {
    const synset = net.synset(offset, 'v');
    if (!synset) continue;
    const above = synset.pointers
      .filter((p) => p.symbol === '@')
      .map((p) => net.synset(p.offset, p.pos))
      .filter((s) => s !== undefined);
    for (const s of [synset, ...above])
      for (const p of s.pointers)
        if (p.symbol === '!' && (net.synset(p.offset, p.pos)?.words ?? []).some((w) => synonyms.has(w)))
          return true;
  }
  return senses.some((offset) =>
    (net.synset(offset, 'v')?.pointers ?? []).some(
      (p) => p.symbol === '!' && (net.synset(p.offset, p.pos)?.words ?? []).includes(lemma),
    ),
  );
}
