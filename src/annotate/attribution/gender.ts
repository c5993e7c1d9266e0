import type { Mention } from '../../core/index.js';
import { antecedentLexicon, type Gender } from './antecedent-lexicon.js';

const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .filter((w) => w.length > 0);

/**
 * The gender a person mention marks, from a title or role ("Mrs", "spokeswoman"), a title just
 * before it ("Ms. Ruiz"), or its given name ("Olga Sirko"); undefined when nothing tells.
 */
export function genderOf(text: string, m: Mention): Gender | undefined {
  const { gendered } = antecedentLexicon();
  for (const w of wordsOf(m.role ?? '')) {
    const g = gendered.get(w);
    if (g) return g;
  }
  const before = wordsOf(text.slice(Math.max(0, m.span.start - 12), m.span.start)).at(-1);
  const title = before ? gendered.get(before) : undefined;
  if (title) return title;
  const words = wordsOf(m.text);
  // The given name opens the name; a title may open the surface ("Mr Lind").
  for (const w of words.slice(0, 2)) {
    const g = gendered.get(w);
    if (g) return g;
  }
  return undefined;
}
