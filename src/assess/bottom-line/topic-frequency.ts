import type { CorpusDocument } from '../../resolve/types.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { termAt } from './relevance.js';
import { sentenceTokens } from './sentence-tokens.js';
import type { Topic } from './topic.js';

/** Documents read for the shares of the outcome's words: every one of a smaller collection. */
const SAMPLE_DOCUMENTS = 600;

/**
 * The topic with the outcome's words that are common in this collection marked: those in more than
 * `commonShare` of its sentences ("war" in a war corpus). They still count, but only with the
 * question's subject or a second word of the outcome; one lent by a hypothesis is only related.
 */
export function withCommonWords(topic: Topic, corpus: readonly CorpusDocument[]): Topic {
  const counts = new Map<string, number>();
  let sentences = 0;
  // A share is a statistic: an evenly spread sample of documents gives it to a percent or two,
  // and a large collection is read once more for it, not twice.
  const stride = Math.max(1, Math.ceil(corpus.length / SAMPLE_DOCUMENTS));
  for (let d = 0; d < corpus.length; d += stride) {
    const cd = corpus[d];
    if (!cd) continue;
    for (const s of sentenceTokens(cd.doc.text, cd.annotations)) {
      sentences++;
      const seen = new Set<string>();
      for (let i = 0; i < s.tokens.length; i++) {
        const term = termAt(topic, s, i);
        if (term?.kind === 'event') seen.add(term.word);
      }
      for (const w of seen) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  if (sentences < lex().commonMinSentences) return topic;
  const common = new Set([...counts].filter(([, n]) => n > lex().commonShare * sentences).map(([w]) => w));
  // A common word a hypothesis lent the outcome ("war" in "war declared and general mobilisation")
  // is only related to it.
  const terms = new Map(
    [...topic.terms].map(([key, term]) => [
      key,
      term.hypothesis && common.has(term.word) ? { ...term, kind: 'related' as const } : term,
    ]),
  );
  return { ...topic, terms, common };
}
