import { lexicon } from './lexicon.js';

/**
 * A rough English singular for counted nouns and units ("countries" -> "country", "bosses" -> "boss",
 * "CDs" -> "CD"). Give it the word as written: an acronym's plural is known by its capitals.
 */
export function singular(word: string): string {
  const irregular =
    lexicon().irregularPlurals.get(word) ?? lexicon().irregularPlurals.get(word.toLowerCase());
  if (irregular) return irregular;
  if (/^\p{Lu}{2,}s$/u.test(word)) return word.slice(0, -1);
  if (word.endsWith('men') && word.length > 4) return `${word.slice(0, -3)}man`;
  if (word.length <= 3 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
