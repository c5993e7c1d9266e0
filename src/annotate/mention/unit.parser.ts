import type { Candidate } from './candidate.js';
import { lexicon } from './lexicon.js';
import { escapeRegExp } from './pattern.js';

const heads = [...lexicon.unitHeads].sort((a, b) => b.length - a.length);
const capitalisedHeads = heads.map((h) => h.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()));

// "the 1st Guards Tank Army", "38th Separate Air Assault Brigade": an ordinal, up to five capitalised words, a head.
const numbered = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,4}(?:st|nd|rd|th)\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+){0,5}(?:${capitalisedHeads.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
// Lowercase groupings: "regional grouping of forces", "battalion tactical groups".
const phrases = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...lexicon.unitPhrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

/** Military units and groupings found by pattern over the text. */
export function parseUnits(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(numbered)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'unit', name: m[0], rule: 'unit:numbered' });
  }
  for (const m of text.matchAll(phrases)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'unit', name: m[0], rule: 'unit:phrase' });
  }
  return out;
}
