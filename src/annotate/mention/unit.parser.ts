import { escapeRegExp, once } from '../../core/index.js';
import type { Candidate, Parser } from './candidate.js';
import { lexicon } from './lexicon.js';
import { matchesNotAfter } from './pattern.js';

const patterns = once(() => {
  const heads = [...lexicon().unitHeads].sort((a, b) => b.length - a.length);
  const capitalisedHeads = heads.map((h) => h.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()));

  // "the 1st Guards Tank Army", "38th Separate Air Assault Brigade": an ordinal, up to five capitalised words, a head.
  const numbered = new RegExp(
    `\\d{1,4}(?:st|nd|rd|th)\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+){0,5}(?:${capitalisedHeads.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  // Lowercase groupings: "regional grouping of forces", "battalion tactical groups".
  const phrases = new RegExp(
    `(?:${[...lexicon().unitPhrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
      .join('|')})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  return { numbered, phrases };
});

// What may not come right before a match (the lookbehinds, checked by matchesNotAfter).
const WORD = /^[\p{L}\p{N}]$/u;
const WORD_OR_HYPHEN = /^[\p{L}\p{N}-]$/u;

/** Military units and groupings found by pattern over the text. */
export const unitParser: Parser = ({ text }) => {
  const { numbered, phrases } = patterns();
  const out: Candidate[] = [];
  for (const m of matchesNotAfter(text, numbered, WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'unit', name: m[0], rule: 'unit:numbered' });
  }
  for (const m of matchesNotAfter(text, phrases, WORD_OR_HYPHEN)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'unit', name: m[0], rule: 'unit:phrase' });
  }
  return out;
};
