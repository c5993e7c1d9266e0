import { fold } from './fold.js';
import { isRegionHead, isRegionPrefix, lookupDemonym, lookupPlace } from './gazetteer.js';
import { lexicon } from './lexicon.js';
import type { Word } from './word.js';

const f = (w: Word): string => fold(w.norm);

export const isFirstName = (w: Word | undefined): boolean =>
  w !== undefined && lexicon().firstNames.has(f(w));
/** Is this one word a given name ("Dmytro", "Olga")? */
export const isGivenName = (name: string): boolean => lexicon().firstNames.has(fold(name));
export const isKnownSurname = (w: Word | undefined): boolean =>
  w !== undefined && lexicon().knownSurnames.has(f(w));
export const isRoleWord = (w: Word | undefined): boolean => w !== undefined && lexicon().roleWords.has(f(w));
export const isOrgHead = (w: Word | undefined): boolean => w !== undefined && lexicon().orgHeads.has(f(w));
export const isDemonym = (w: Word | undefined): boolean =>
  w !== undefined && lookupDemonym(w.norm) !== undefined;
export const isPlaceWord = (w: Word | undefined): boolean =>
  w !== undefined && lookupPlace(w.norm) !== undefined;

/**
 * Could this word be part of a person's name (not a role, an institution, a place or a nationality)?
 * The answer depends only on the word's text and whether its sentence is in capitals (its `norm` and
 * `cap` follow from those), and the run parsers ask it many times of the same words: memoized on both.
 */
export const nameish = (w: Word): boolean => {
  const seen = w.shouting ? nameishShouting : nameishPlain;
  let answer = seen.get(w.text);
  if (answer === undefined) {
    if (seen.size >= 20_000) seen.clear();
    answer = nameishUncached(w);
    seen.set(w.text, answer);
  }
  return answer;
};
const nameishPlain = new Map<string, boolean>();
const nameishShouting = new Map<string, boolean>();

function nameishUncached(w: Word): boolean {
  if (!w.cap || !/^[\p{L}][\p{L}'’.-]*$/u.test(w.text)) return false;
  if (w.text.includes('-') && !hyphenatedName(w.norm)) return false;
  if (isFirstName(w) || isKnownSurname(w)) return true;
  // A middle initial: "Stephen J. Townsend".
  if (/^\p{Lu}\.$/u.test(w.text)) return true;
  if (
    lexicon().notNames.has(f(w)) ||
    lexicon().notNameParts.has(f(w)) ||
    isRoleWord(w) ||
    isOrgHead(w) ||
    isRegionHead(w.norm) ||
    isRegionPrefix(w.norm) ||
    lexicon().unitHeads.includes(f(w))
  )
    return false;
  if (isDemonym(w) || isPlaceWord(w)) return false;
  if (
    lexicon().orgAcronyms.has(w.text) ||
    lexicon().orgNames.has(f(w)) ||
    lexicon().equipmentAcronyms.has(w.text)
  )
    return false;
  // An acronym in a mixed-case sentence is not a name.
  return !(w.text.length > 1 && w.text === w.text.toUpperCase() && !w.shouting);
}

/**
 * The longest role phrase that ends exactly at `end` (exclusive), searching back at most the
 * longest role's length: "Deputy Prime Minister" in "Belarusian Deputy Prime Minister".
 * Returns the index where the role starts, or `end` when none.
 */
export function roleStartBefore(words: readonly Word[], from: number, end: number): number {
  let best = end;
  for (let start = end - 1; start >= from && end - start <= lexicon().roleMaxWords; start--) {
    const phrase = words
      .slice(start, end)
      .map((w) => f(w))
      .join(' ');
    if (lexicon().roles.has(phrase)) best = start;
  }
  return best;
}

/**
 * Does the run open with a whole role phrase ("Minister of Defence", "Deputy Commander ...")? A word
 * that is only part of a role elsewhere ("State" of Secretary of State, "Foreign" of Foreign
 * Minister) does not count, so "State Department" and "Foreign Office" stay organisations. A rank
 * does count, so "General Staff" is left to the attribution stage's speaker text.
 */
export function opensWithRole(ws: readonly Word[]): boolean {
  let phrase = '';
  for (const w of ws.slice(0, lexicon().roleMaxWords)) {
    phrase = phrase ? `${phrase} ${f(w)}` : f(w);
    if (lexicon().roles.has(phrase)) return true;
  }
  return false;
}

/** "Jean-Yves", "al-Assad", "Bin-Ali" are names; "London-based", "Russia-Ukraine" are not. */
function hyphenatedName(text: string): boolean {
  const parts = text.split('-');
  return parts.every(
    (p, i) =>
      (i === 0 && /^(?:al|el|ad|as|ash|an|ar|at|az)$/.test(p)) ||
      (/^\p{Lu}\p{Ll}/u.test(p) && lookupPlace(p) === undefined && lookupDemonym(p) === undefined),
  );
}

/** A lower-case particle of a family name ("von der" in "Ursula von der Leyen", "bin" in "Mohammed bin Salman"). */
export const isSurnameParticle = (w: Word | undefined): boolean =>
  w !== undefined && !w.cap && lexicon().surnameParticles.has(fold(w.text));
