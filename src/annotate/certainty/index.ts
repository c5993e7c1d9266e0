import type { Certainty, Sentence, Token } from '../../core/index.js';
import { tokenView } from '../attribution/token-view.js';
import { parseMarkers } from './markers.parser.js';

/** Hedges and boosters mapped to ICD 203 bands, sentence by sentence, in text order. */
export function extractCertainty(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): Certainty[] {
  const view = tokenView(text, sentences, tokens);
  return view.sentences.flatMap((s) => parseMarkers(text, view.toks, s));
}

export { certaintyLexicon } from './lexicon.js';
