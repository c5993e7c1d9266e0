import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';
import { cosine, vectorsOf } from '../../core/word-vectors-few.js';
import type { WordNet } from '../meaning/wordnet.js';

/** Word vectors put verbs of one act this close ("halt", "suspend", "stop"); their antonyms too. */
const KIN = 0.7;
/** Senses of the question's verb whose synonyms are its kin: the main ones, not every rare reading. */
const SENSES = 2;
/** Verbs rarer than this are read without vectors: reading that far costs seconds, and kin verbs are common. */
const MAX_RANK = 40_000;
/** Senses of the question's verb whose lexicographer files a kin verb's two main senses must share. */
const FILED_SENSES = 4;
/** A verb of more senses than this ("make", "get", "play", "hold") is too general to stand for one act. */
const MAX_SENSES = 15;

const attitudeFiles = once(
  () =>
    new Set(
      loadModel('assess-outcome', z.object({ attitudeVerbFiles: z.array(z.number().int()) }))
        .attitudeVerbFiles,
    ),
);

/**
 * Which of `lemmas` name the act of the verb `verb`: its synonyms in its main WordNet senses (a
 * general verb only where that synonym is its own first sense: "hold" of "agree, hold, concur" is
 * no agreement), and the verbs word vectors put close to it that are specific acts of the kind the
 * question's verb is filed under, less its antonyms. Vectors put verbs of saying and weighing close
 * to any act ("propose", "discuss", "fail" for "agree"; "resume" is as close to "halt" as "suspend"
 * is): WordNet tells them apart, the vectors cannot.
 */
export function verbKin(net: WordNet, verb: string, lemmas: ReadonlySet<string>): Set<string> {
  const senses = net.senses(verb, 'v');
  const main = senses.slice(0, SENSES);
  const synonyms = new Set(main.flatMap((o) => net.synset(o, 'v')?.words ?? []));
  const files = new Set(senses.slice(0, FILED_SENSES).map((o) => net.synset(o, 'v')?.lexFile));
  const vectors = vectorsOf([verb, ...lemmas], MAX_RANK);
  const own = vectors.get(verb);
  const out = new Set<string>();
  for (const lemma of lemmas) {
    const its = net.senses(lemma, 'v');
    const specific = its.length <= MAX_SENSES;
    const synonym = synonyms.has(lemma) && (specific || main.includes(its[0] ?? -1));
    const v = vectors.get(lemma);
    const close =
      synonym ||
      (specific &&
        actOfKind(net, its, files) &&
        own !== undefined &&
        v !== undefined &&
        cosine(own, v) >= KIN);
    if (close && !opposes(net, lemma, synonyms, senses)) out.add(lemma);
  }
  return out;
}

/**
 * A verb that acts (its first sense is no thinking, saying, feeling or being) and is filed, in one
 * of its two main senses, where the question's verb is in one of its four main ones ("suspend" and "halt" both
 * under verbs of change).
 */
function actOfKind(net: WordNet, senses: readonly number[], files: ReadonlySet<number | undefined>): boolean {
  const first = net.synset(senses[0] ?? -1, 'v')?.lexFile;
  if (first === undefined || attitudeFiles().has(first)) return false;
  return senses.slice(0, 2).some((o) => files.has(net.synset(o, 'v')?.lexFile));
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
