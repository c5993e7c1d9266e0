import type { Candidate, Parser } from './candidate.js';
import { fold } from './fold.js';
import { lexicon } from './lexicon.js';
import { textAt } from './word.js';

/** A known organisation, by acronym (case kept) or capitalised name: "Hezbollah", never "shell". */
const knownOrg = (part: string): boolean =>
  (lexicon().orgAcronyms.has(part) && part.length > 1) ||
  (part.length > 2 && /^\p{Lu}/u.test(part) && lexicon().orgNames.has(fold(part)));

/**
 * Known organisations inside hyphenated words, whatever the case of the word: "ISIL-held",
 * "counter-ISIL", "Hezbollah-led". The word itself is no name; its organisation part is.
 */
export const hyphenPartParser: Parser = ({ words }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!hasHyphen(words.text, words.start[i] ?? 0, words.end[i] ?? 0)) continue;
    let at = words.start[i] ?? 0;
    for (const part of textAt(words, i).split('-')) {
      if (knownOrg(part)) {
        out.push({
          start: at,
          end: at + part.length,
          kind: 'organisation',
          name: part,
          rule: 'organisation:hyphen-part',
        });
      }
      at += part.length + 1;
    }
  }
  return out;
};

const hasHyphen = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
};
