import { sentenceStage } from '../../annotate/stages/sentence.stage.js';

/** One word of a text as stance reads it. */
export interface StanceToken {
  /** Lower case, curly apostrophes straightened. */
  readonly word: string;
  readonly lemma: string;
  readonly pos: string;
  readonly sentence: number;
}

/** A claim, headline or body read once, so that one body can be compared with many headlines. */
export interface StanceText {
  readonly tokens: readonly StanceToken[];
  readonly sentences: number;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/** Words that carry the proposition: nouns, names, verbs, adjectives, numbers, adverbs. */
export const isContent = (t: StanceToken): boolean => CONTENT.has(t.pos) && /\p{L}|\d/u.test(t.word);

/**
 * Headlines set in title case ("Mayor Denies Resigning") read as a run of names to a tagger, and
 * names keep their inflection ("denies", not "deny"): such a text is read in lower case.
 */
function titleCased(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.7;
}

export function readStanceText(raw: string): StanceText {
  const text = titleCased(raw) ? raw.toLowerCase() : raw;
  const layers = sentenceStage.run(text, {}, {});
  const sentences = layers.sentences ?? [];
  const tokens: StanceToken[] = [];
  let s = 0;
  for (const token of layers.tokens ?? []) {
    while (s < sentences.length - 1 && (sentences[s]?.span.end ?? 0) <= token.span.start) s++;
    const word = text.slice(token.span.start, token.span.end).toLowerCase().replace(/’/g, "'");
    tokens.push({ word, lemma: (token.lemma ?? word).toLowerCase(), pos: token.pos, sentence: s });
  }
  return { tokens, sentences: Math.max(1, sentences.length) };
}
