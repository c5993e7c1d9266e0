import type { Certainty } from '../../core/index.js';
import type { TokenView } from '../token-view.js';
import { parseMarkers } from './markers.parser.js';

/** Hedges and boosters mapped to ICD 203 bands, sentence by sentence, in text order. */
export function extractCertainty(text: string, view: TokenView): Certainty[] {
  return view.sentences.flatMap((s) => parseMarkers(text, view.toks, s));
}

export { certaintyLexicon } from './lexicon.js';
