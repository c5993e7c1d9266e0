import { memoized } from '../../core/memoized.js';
import { sharedWordNet } from '../../core/wordnet.js';
import { filterInPlace } from '../in-place.js';
import type { Candidate, Refiner } from './candidate.js';
import { lexicon } from './lexicon.js';
import { glued, isNum, isWord, lower, near, posOf, type ScanContext, surface } from './scan-context.js';
import { singular } from './singular.js';

/**
 * Drops figures that name rather than count:
 * - a number after a name, with nothing counted after it or only a name or a singular noun ("S&P 500
 *   fell", "Fortune 100", "the 787 Dreamliner", "Stoxx 600 index", "Kick Six"); a plural noun after it
 *   still counts ("Russia Sends 9,000 Troops");
 * - a number before a singular name ("the 787 Dreamliner") or a singular noun naming an identifier
 *   ("a 10001 ZIP code", "the 212 area code");
 * - house numbers before a street ("575 Wilbraham Road", "9 E 71st St");
 * - a lone number in brackets ("Prescott (4)");
 * - "one" or "zero" written in words with no thing or unit ("not zero");
 * - a figure in digits with nothing counted that a name goes on after ("the 11 Pro Max").
 */
export const bareRefiner: Refiner = (ctx, candidates) =>
  filterInPlace(
    candidates,
    (c) =>
      !(
        (unitless(c) &&
          (afterName(ctx, c) || nameAfter(ctx, c) || identifier(c) || street(ctx, c) || bracketed(ctx, c))) ||
        (bare(c) && (pronounLike(ctx, c) || nameGoesOn(ctx, c)))
      ),
  );

const unitless = (c: Candidate): boolean =>
  c.kind === 'count' && c.unit === undefined && c.qualifier === undefined && !c.rules[0]?.startsWith('vague');

const bare = (c: Candidate): boolean => unitless(c) && c.thing === undefined && c.value !== undefined;

function afterName(ctx: ScanContext, c: Candidate): boolean {
  if (c.first !== c.n0 || !near(ctx, c.first)) return false;
  if (c.words && !/^\p{Lu}/u.test(surface(ctx, c.n0))) return false;
  if (!/\p{Lu}/u.test(surface(ctx, c.first - 1)) || !isWord(ctx, c.first - 1)) return false;
  const earlier = surface(ctx, c.first - 2);
  if (earlier === '' || /^[.!?;"“]$/.test(earlier)) return false;
  return c.thing === undefined || !countsPlural(c.thing);
}

/** A model or product name right after the number: "the 787 Dreamliner", "a 2 Series" (but "1 Tank" counts). */
const nameAfter = (ctx: ScanContext, c: Candidate): boolean =>
  c.thing !== undefined &&
  c.value !== 1 &&
  /^\p{Lu}\p{Ll}/u.test(c.thing) &&
  !countsPlural(c.thing) &&
  !isNum(ctx, c.last + 1);

const identifier = (c: Candidate): boolean =>
  c.thing !== undefined && lexicon().identifierNouns.has(c.thing.split(/\s+/).at(-1)?.toLowerCase() ?? '');

/** The thing ends on a plural noun ("troops", "e-minis", "people"). */
const countsPlural = (thing: string): boolean => {
  const last = thing.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return singular(last) !== last || lexicon().irregularPlurals.get(last) === last || /\ds$/.test(last);
};

/** Capitalized words, initials and ordinals after the number, up to a street word ("Road", "St", "Ave"). */
function street(ctx: ScanContext, c: Candidate): boolean {
  if (c.words) return false;
  for (let j = c.n1 + 1; j <= c.n1 + 5 && near(ctx, j); j++) {
    const word = surface(ctx, j);
    if (lexicon().streetSuffixes.has(word)) return true;
    const ordinal = glued(ctx, j) && isNum(ctx, j - 1) && lexicon().ordinalSuffixes.has(word);
    if (!ordinal && !isNum(ctx, j) && !/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

const bracketed = (ctx: ScanContext, c: Candidate): boolean =>
  c.thing === undefined &&
  lower(ctx, c.first - 1) === '(' &&
  glued(ctx, c.first) &&
  lower(ctx, c.last + 1) === ')' &&
  glued(ctx, c.last + 1) &&
  Number.isInteger(c.value ?? c.high);

/**
 * A figure in digits inside a sentence that a name goes on after, with nothing counted: "the 11 Pro
 * Max" names a model. Not a day or a month after it ("killed 12 Tuesday"), nor a name before a plural
 * noun ("11 Pro models").
 */
function nameGoesOn(ctx: ScanContext, c: Candidate): boolean {
  const next = c.n1 + 1;
  if (c.words || !near(ctx, next) || glued(ctx, next) || !isWord(ctx, next)) return false;
  const pos = posOf(ctx, next);
  if ((pos !== 'PROPN' && pos !== 'X') || !/^\p{Lu}/u.test(surface(ctx, next))) return false;
  if (isTimeNoun(lower(ctx, next))) return false;
  // "11 Pro models" counts models: a plural noun after the name.
  let k = next;
  while (near(ctx, k + 1) && isWord(ctx, k + 1) && /^\p{Lu}/u.test(surface(ctx, k + 1))) k++;
  const after = surface(ctx, k + 1);
  return !(
    near(ctx, k + 1) &&
    posOf(ctx, k + 1) === 'NOUN' &&
    after === after.toLowerCase() &&
    countsPlural(after)
  );
}

/** WordNet's lexicographer file of time nouns (Tuesday, May, noon). */
const TIME_FILE = 28;
const isTimeNoun = memoized((word: string): boolean => {
  const net = sharedWordNet();
  return (net?.senses(word, 'n') ?? []).some((offset) => net?.synset(offset, 'n')?.lexFile === TIME_FILE);
});

const pronounLike = (ctx: ScanContext, c: Candidate): boolean =>
  c.words === true && c.n0 === c.n1 && (lower(ctx, c.n0) === 'one' || lower(ctx, c.n0) === 'zero');
