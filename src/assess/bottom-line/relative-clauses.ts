import { bottomLineLexicon as lex } from './lexicon.js';
import type { SentenceTokens } from './sentence-tokens.js';

const describesNoun = new Set(['NOUN', 'PROPN', 'PRON', 'PUNCT']);
const closers = new Set([',', ';', ':', '—', '–', '--', '(', ')']);

/**
 * Each token's relative clause ("…, which includes Finland, …", "personnel who …"), numbered in
 * order, or -1 outside any: from a relative pronoun after the noun it describes (or its comma) to
 * the next comma, stop or bracket.
 */
export function relativeClauseOf(s: SentenceTokens): Int32Array {
  const out = new Int32Array(s.tokens.length).fill(-1);
  let clause = -1;
  let open = false;
  s.tokens.forEach((_, i) => {
    const w = s.lower[i] ?? '';
    if (open && closers.has(w)) open = false;
    if (!open && i > 0 && lex().relatives.has(w) && describesNoun.has(s.tokens[i - 1]?.pos ?? '')) {
      open = true;
      clause++;
    }
    if (open) out[i] = clause;
  });
  return out;
}
