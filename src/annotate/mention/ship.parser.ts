import { once } from '../../core/index.js';
import type { Candidate, Parser } from './candidate.js';
import { lexicon } from './lexicon.js';
import { alternation, matchesNotAfter } from './pattern.js';

// A ship prefix and a capitalised name, particles allowed inside: "USS Mahan", "FS Charles de Gaulle".
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
const patterns = once(() => [
  new RegExp(
    `(?:${alternation(lexicon().shipPrefixes)})\\s+${NAME_WORD}(?:\\s+(?:(?:de|la|du|del|of|the)\\s+)?${NAME_WORD}){0,3}(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  // A hull classification and number: "DDG 70", "CVN-77".
  new RegExp(`(?:${alternation(lexicon().hullCodes)})[\\s-]?\\d{1,3}(?![\\p{L}\\p{N}])`, 'gu'),
]);
const WORD = /^[\p{L}\p{N}-]$/u;

/** Warships by name and by hull number, rule `equipment:ship`. */
export const shipParser: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const re of patterns()) {
    for (const m of matchesNotAfter(text, re, WORD)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'equipment',
        name: m[0],
        rule: 'equipment:ship',
      });
    }
  }
  return out;
};
