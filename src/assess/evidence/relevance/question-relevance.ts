import type { Question } from '../../question/index.js';
import { type RelevanceContext, relevanceWords } from './features.js';
import { vectorsOfTexts } from './similarity.js';

/**
 * What the relevance model compares a question's candidate sentences with: each indicator's words
 * (and its siblings'), and the word vectors of the question, its indicators and the documents, read
 * once for all of them.
 */
export function relevanceContexts(question: Question, texts: readonly string[]): RelevanceContext[] {
  const words = question.indicators.map((i) => relevanceWords(i, question.question));
  const vectors = vectorsOfTexts([
    question.question,
    ...question.indicators.flatMap((i) => [i.name, i.description ?? '']),
    ...texts,
  ]);
  return words.map((w) => ({ words: w, siblings: words, vectors }));
}
