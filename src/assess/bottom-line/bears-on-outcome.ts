import type { CorpusDocument } from '../../resolve/types.js';
import type { Question } from '../question/index.js';
import { relevanceOf } from './relevance.js';
import { sentenceTokens } from './sentence-tokens.js';
import { topicOf } from './topic.js';
import { withCommonWords } from './topic-frequency.js';

/**
 * Which of the sentences `keys` (`document:sentenceStart`) speak of the question's outcome itself,
 * in the question's own words, as a view's judged clause must: a specific word of it ("halt",
 * "mobilisation"), or a common one with its subject or a second word of it. Evidence matched on one cue word of an indicator
 * ("sanctions") often does not.
 */
export function bearingOnOutcome(
  question: Question,
  corpus: readonly CorpusDocument[],
  keys: ReadonlySet<string>,
): Set<string> {
  const starts = new Map<string, Set<number>>();
  for (const key of keys) {
    const at = key.lastIndexOf(':');
    const doc = key.slice(0, at);
    const set = starts.get(doc) ?? new Set<number>();
    set.add(Number(key.slice(at + 1)));
    starts.set(doc, set);
  }
  const out = new Set<string>();
  if (starts.size === 0) return out;
  // The question's own words: a hypothesis lends its acts to views ("strikes stop the sailings"),
  // but a strike is no news of the sailing.
  const full = topicOf(question);
  const own = { ...full, terms: new Map([...full.terms].filter(([, t]) => !t.hypothesis)) };
  const topic = withCommonWords(own, corpus);
  for (const cd of corpus) {
    const wanted = starts.get(cd.doc.id);
    if (!wanted) continue;
    for (const s of sentenceTokens(cd.doc.text, cd.annotations)) {
      if (!wanted.has(s.span.start)) continue;
      if (relevanceOf(s, s.span, topic).onTopic) out.add(`${cd.doc.id}:${s.span.start}`);
    }
  }
  return out;
}
