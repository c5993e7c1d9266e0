/** wink-nlp's lexeme table: word -> index, and the words in index order. */
export interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
  readonly intrinsicSize: number;
}

/** wink's cache as its tokenizer calls it: `add` learns a word (with its kind of token) and gives its index. */
export interface LearningCache {
  add(text: string, category: number): number;
}

/** What one `add` that made `text` new left: the word's index, and its normal's (lower case) index. */
interface Learned {
  readonly index: number;
  readonly norm: number | undefined;
  /** The same add made the normal new too (it was unknown then). */
  readonly normNew: boolean;
}

/**
 * Learning a word costs wink its entry's features (shape, affixes, case, part of speech). Each
 * document forgets the words earlier ones taught (wink-stateless.ts), and a word met again in a
 * later document was learned again into a new entry with the very same features: names and places
 * recur, so most of wink's learning was this. Instead the earlier entry is put back in the
 * lexicon's hash where a new one would be equal to it: same word, same kind of token, and its
 * normal the same entry (or new now as it was then). The features are a function of the word, its
 * kind and the shipped vocabulary, so the document reads exactly as before. Returns the list of the
 * words put back, which the caller forgets with the learned ones (and empties). One per instance.
 */
export function reviveLearned(cache: LearningCache, lexeme: LexemeTable): string[] {
  const add = cache.add;
  const learned = new Map<string, Learned>();
  const revived: string[] = [];
  const hash = lexeme.hash;
  cache.add = (text, category) => {
    if (hash[text] !== undefined) return add(text, category);
    const key = `${category}\u0000${text}`;
    const norm = text.toLowerCase();
    const was = learned.get(key);
    if (was) {
      const now = norm === text ? undefined : hash[norm];
      if (norm === text || (now === undefined ? was.normNew : now === was.norm)) {
        hash[text] = was.index;
        revived.push(text);
        if (norm !== text && now === undefined && was.norm !== undefined) {
          hash[norm] = was.norm;
          revived.push(norm);
        }
        return was.index;
      }
    }
    const normBefore = norm === text ? undefined : hash[norm];
    const index = add(text, category);
    learned.set(key, { index, norm: hash[norm], normNew: norm !== text && normBefore === undefined });
    return index;
  };
  return revived;
}
