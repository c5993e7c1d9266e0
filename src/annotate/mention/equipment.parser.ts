import { once } from '../../core/index.js';
import type { Candidate, Parser } from './candidate.js';
import { lexicon } from './lexicon.js';
import { alternation, matchesNotAfter } from './pattern.js';

const patterns = once(() => {
  // Designations: a known prefix and a number, with an optional model suffix (T-72A, Tor-M2, MiG-31K, Su-25SM).
  const designation = new RegExp(
    `(?:${alternation(lexicon().equipmentDesignations)})` +
      '(?:-[A-Z]{0,2}\\d{1,4}[A-Za-z0-9]{0,3}|\\d{2,4}[A-Z]{0,2})(?:-[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])',
    'gu',
  );
  // Named systems standing alone (Iskander, Kinzhal, Polonez), with an optional model suffix (Iskander-M).
  const named = new RegExp(
    `(?:${alternation(lexicon().equipmentNames)})(?:-[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const acronyms = new RegExp(`(?:${alternation(lexicon().namedEquipmentAcronyms)})(?![\\p{L}\\p{N}])`, 'gu');
  return { designation, named, acronyms };
});

/** None of the patterns starts right after a letter, digit or hyphen (checked by matchesNotAfter). */
const WORD_OR_HYPHEN = /^[\p{L}\p{N}-]$/u;

/** Equipment designations and system names found by pattern over the text (linear: one pass each). */
export const equipmentParser: Parser = ({ text }) => {
  const { designation, named, acronyms } = patterns();
  const out: Candidate[] = [];
  for (const [re, rule] of [
    [designation, 'equipment:designation'],
    [named, 'equipment:name'],
    [acronyms, 'equipment:acronym'],
  ] as const) {
    for (const m of matchesNotAfter(text, re, WORD_OR_HYPHEN)) {
      const start = m.index;
      out.push({ start, end: start + m[0].length, kind: 'equipment', name: m[0], rule });
    }
  }
  return out;
};
