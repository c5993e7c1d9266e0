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
  let misread: ReadonlySet<number> | undefined;
  const guarded: RawIts<string | null> = (index, rdd, addons) => {
    const { tokens } = rdd;
    misread ??= misreadLemmas(rdd.cache);
    if (misread.has(tokens[index * TOKEN_SIZE] ?? -1) && (tokens[index * TOKEN_SIZE + 1] ?? 0) <= EXPANDED)
      return null;
    return raw(index, rdd, addons);
  };
  allowedTokenFunctions.add(guarded);
  return guarded as unknown as ItsFunction<string>;
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
