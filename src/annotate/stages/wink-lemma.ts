import type { ItsFunction } from 'wink-nlp';
import { allowedTokenFunctions, type RawDoc, type RawIts } from './wink-raw.js';

/** Numbers per token in wink's token array; the second holds an expansion's pointer above 16 bits. */
const TOKEN_SIZE = 4;
const EXPANDED = 65535;

/**
 * wink-nlp's `its.lemma`, except where wink reads a contraction's expansion pointer as a lemma: a
 * contraction the tokenizer kept whole ("cannot" before a full stop) has, in the lemma field of its
 * lexicon entry, a pointer into the expansions, which wink looks up as a word. When that index lies
 * past the shipped vocabulary it names whichever word some earlier document taught wink (none in a
 * fresh process), so a document's lemma depended on the documents read before it. Such a lemma is no
 * lemma (null: the stage falls back to the lower-case word), whatever was read before.
 */
export function historyFreeLemma(lemma: ItsFunction<string>): ItsFunction<string> {
  const raw = lemma as unknown as RawIts<string | null>;
  let shipped: ShippedLemmas | undefined;
  const guarded: RawIts<string | null> = (index, rdd, addons) => {
    const { tokens } = rdd;
    if ((tokens[index * TOKEN_SIZE + 1] ?? 0) > EXPANDED) return raw(index, rdd, addons);
    shipped ??= shippedLemmas(rdd.cache);
    const word = tokens[index * TOKEN_SIZE] ?? -1;
    if (word < 0 || word >= shipped.lemmas.length) return raw(index, rdd, addons);
    let known = shipped.lemmas[word];
    if (known === undefined) {
      known = shipped.misread.has(word) ? null : (singleLemma(rdd.cache, word) ?? FROM_CONTEXT);
      shipped.lemmas[word] = known;
    }
    return known === FROM_CONTEXT ? raw(index, rdd, addons) : known;
  };
  allowedTokenFunctions.add(guarded);
  return guarded as unknown as ItsFunction<string>;
}

/** A word whose lemma depends on its part of speech (wink's lemmatizer reads it token by token). */
const FROM_CONTEXT = Symbol('from context');

/**
 * The lemma of each shipped word that has one lemma whatever its use, as wink reads it (null for
 * the misread contractions), found on first use: the vocabulary is the model's, the same in every
 * instance, so a token of such a word costs one look-up instead of wink's several.
 */
interface ShippedLemmas {
  readonly misread: ReadonlySet<number>;
  readonly lemmas: (string | null | typeof FROM_CONTEXT | undefined)[];
}

const shippedLemmas = (cache: RawDoc['cache']): ShippedLemmas => ({
  misread: misreadLemmas(cache),
  lemmas: new Array(cache.intrinsicSize()),
});

/** `its.lemma` of a shipped word outside a contraction, when the word has a single lemma in the vocabulary. */
function singleLemma(cache: RawDoc['cache'], word: number): string | undefined {
  const intrinsic = cache.intrinsicSize();
  const mapped = cache.mappedSpelling(word);
  if (mapped >= intrinsic || cache.property(mapped, 'isSLemma') !== 1) return undefined;
  const lemma = Number(cache.property(mapped, 'lemma'));
  return lemma < intrinsic ? cache.value(lemma) : undefined;
}

/**
 * The shipped words whose single lemma, as wink reads it, lies past the shipped vocabulary (some 900
 * contractions): found once, so each token costs one look-up. The vocabulary is the model's, the
 * same in every instance.
 */
function misreadLemmas(cache: RawDoc['cache']): Set<number> {
  const intrinsic = cache.intrinsicSize();
  const out = new Set<number>();
  for (let word = 0; word < intrinsic; word++) {
    const mapped = cache.mappedSpelling(word);
    if (
      mapped < intrinsic &&
      cache.property(mapped, 'isSLemma') === 1 &&
      Number(cache.property(mapped, 'lemma')) >= intrinsic
    )
      out.add(word);
  }
  return out;
}
