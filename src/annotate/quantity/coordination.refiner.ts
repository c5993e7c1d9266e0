import { type Candidate, isFigure, type Refiner, withRule } from './candidate.js';
import { directionOf } from './direction.js';
import { lexicon } from './lexicon.js';
import { fromBefore } from './range-link.js';
import { isWord, lower, near, type ScanContext, surface } from './scan-context.js';

/** Words after which a bare figure repeats what the figure before it counted. */
const elidingLinks = new Set(['and', 'or', 'including', 'with', 'plus', 'against', 'versus']);
/** Words between a hanging figure and the next one: "5 or 6 per cent". */
const hangingLinks = new Set(['and', 'or']);
/** Words before "from" that make the figure after it an earlier level of the same measure. */
const directions = new Set(['up', 'down']);
/** Clause ends: no figure carries its unit across them. */
const stops = new Set(['.', ';', ':', '!', '?', '(', ')']);
const MAX_GAP = 8;

/**
 * A bare figure (nothing counted, no unit) in a coordination shares what its neighbour measures:
 * - elided after "and", "or", "including", ...: "120 flats at auction and 45 by private treaty", "2
 *   million voters, including 300,000 in the capital", or after "to" when the earlier figure
 *   follows "from" ("from 14-18 mpg to 24"), or after "from" right after the earlier figure or after
 *   "up" / "down" ("to 3.9 percent from 4.1", "up from 85"); the earlier figure, at most eight tokens back and in
 *   the same clause, gives its kind, unit, currency and thing;
 * - left hanging before "or" / "and": "5 or 6 per cent", "3 and 4 tanks" (the next figure gives them),
 *   and so each figure of a list: "10, 20 or 30 percent";
 * - closing a clause set against the figure's own by "while", "whilst" or "whereas": "Russia lost 30
 *   tanks while Ukraine lost 12.", or opening one ahead of it: "Russia lost 30 while Ukraine lost 12 tanks.";
 * - the level a change in a measure reached, after "to": "fell 5 points to 320", "lost 12 points, or
 *   0.4%, to close at ... to 3,010" (a percentage between is the change again, not the level's unit).
 * The bare figure must be written like its neighbour (both digits or both words) and not be followed
 * by a noun of its own.
 */
export const coordinationRefiner: Refiner = (ctx, candidates) => {
  const out = candidates;
  // Right to left, so that each figure of a list hangs on the next one: "10, 20 or 30 percent".
  for (let k = out.length - 2; k >= 0; k--) {
    const c = out[k];
    const next = out[k + 1];
    if (!c || !next || !isBare(c) || nounAfter(ctx, c) || nameBefore(ctx, c)) continue;
    if (shares(c, next) && hanging(ctx, c, next))
      out[k] = inherit(scaledLike(c, next), next, 'coordination.hanging');
  }
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (!c || !isBare(c) || nounAfter(ctx, c) || nameBefore(ctx, c)) continue;
    const prev = out[k - 1];
    if (prev && shares(c, prev) && elided(ctx, prev, c)) out[k] = inherit(c, prev, 'coordination.elided');
    else if (prev && shares(c, prev) && contrasted(ctx, prev, c))
      out[k] = inherit(c, prev, 'coordination.contrast');
    else {
      const later = nextFigure(out, k);
      if (later && shares(c, later) && contrastedAfter(ctx, c, later))
        out[k] = inherit(c, later, 'coordination.contrast');
      else {
        const changed = changeBeforeLevel(ctx, out, k);
        if (changed) out[k] = inherit(c, changed, 'coordination.level');
      }
    }
  }
  return out;
};

const contrastLinks = new Set(['while', 'whilst', 'whereas']);
const clauseEnds = new Set(['.', ',', ';', ')', '!', '?']);
const CONTRAST_GAP = 8;

/** "30 tanks while Ukraine lost 12.": a contrast word soon after the figure, the bare one ending the clause. */
function contrasted(ctx: ScanContext, prev: Candidate, c: Candidate): boolean {
  const after = c.last + 1;
  const ends = after >= ctx.toks.length || !near(ctx, after) || clauseEnds.has(surface(ctx, after));
  // "while Anna, 33, said": a figure set off by commas is an aside (an age), not the clause's figure.
  if (!ends || !near(ctx, c.first) || surface(ctx, c.first - 1) === ',') return false;
  if (c.first - prev.last > CONTRAST_GAP + 2) return false;
  let link = -1;
  for (let i = prev.last + 1; i < c.first; i++) {
    if (stops.has(surface(ctx, i)) || !near(ctx, i)) return false;
    if (contrastLinks.has(lower(ctx, i))) link = i;
  }
  return link > prev.last && link <= prev.last + 2;
}

/** The first figure after candidate `k` (ordinals and years are none), if any. */
function nextFigure(out: readonly Candidate[], k: number): Candidate | undefined {
  for (let j = k + 1; j < out.length; j++) {
    const c = out[j];
    if (c && isFigure(c)) return c;
  }
  return undefined;
}

/**
 * "at 2,480 while the runner-up had 1,380 strikes.": the bare figure, in digits, right before the
 * contrast word, the counted one closing the clause the word opens.
 */
function contrastedAfter(ctx: ScanContext, c: Candidate, next: Candidate): boolean {
  const link = c.last + 1;
  // In digits only: a word before the contrast is more often a level ("savings dwindle to zero while").
  if (
    c.words ||
    !near(ctx, link) ||
    !contrastLinks.has(lower(ctx, link)) ||
    surface(ctx, c.first - 1) === ','
  )
    return false;
  if (next.first - link > CONTRAST_GAP) return false;
  for (let i = link + 1; i < next.first; i++) if (stops.has(surface(ctx, i)) || !near(ctx, i)) return false;
  const after = next.last + 1;
  return after >= ctx.toks.length || !near(ctx, after) || clauseEnds.has(surface(ctx, after));
}

const LEVEL_GAP = 12;

/**
 * The measured change whose level figure `k` is: "to" before it, right after that change or after a
 * verb of change ("to fall to"), the change a measure (points, barrels; not a percentage, whose level
 * is no percentage) within twelve tokens of the same clause, and any figure between a percentage.
 */
function changeBeforeLevel(ctx: ScanContext, out: readonly Candidate[], k: number): Candidate | undefined {
  const c = out[k];
  const link = (c?.first ?? 0) - 1;
  if (!c || lower(ctx, link) !== 'to' || !near(ctx, c.first)) return undefined;
  for (let p = k - 1; p >= 0; p--) {
    const prev = out[p];
    if (!prev || c.first - prev.last > LEVEL_GAP) return undefined;
    if (prev.kind === 'percent') continue;
    if (prev.kind !== 'measure' || !shares(c, prev)) return undefined;
    for (let i = prev.last + 1; i < link; i++) if (stops.has(surface(ctx, i))) return undefined;
    const verb = directionOf(lower(ctx, link - 1)) !== undefined;
    return (link === prev.last + 1 || verb) && changeWordBefore(ctx, prev) ? prev : undefined;
  }
  return undefined;
}

/** A verb of change within two words before the figure ("fell 5 points", "was down by 3 points"). */
const changeWordBefore = (ctx: ScanContext, c: Candidate): boolean =>
  [c.first - 1, c.first - 2].some((i) => i >= 0 && directionOf(lower(ctx, i)) !== undefined);

const isBare = (c: Candidate): boolean =>
  c.kind === 'count' &&
  c.value !== undefined &&
  c.unit === undefined &&
  c.thing === undefined &&
  c.currency === undefined &&
  c.qualifier === undefined &&
  !c.rules[0]?.startsWith('vague');

/** The neighbour measures something and is written the same way. */
const shares = (c: Candidate, other: Candidate): boolean =>
  isFigure(other) &&
  other.kind !== 'age' &&
  (other.unit !== undefined || other.thing !== undefined || other.currency !== undefined) &&
  Boolean(c.words) === Boolean(other.words);

/** "3 or 4 million rubles": a hanging figure without a scale word takes the next one's. */
const scaledLike = (c: Candidate, next: Candidate): Candidate =>
  next.scale === undefined || c.scale !== undefined || c.value === undefined
    ? c
    : { ...c, value: Number((c.value * next.scale).toPrecision(15)), scale: next.scale };

const inherit = (c: Candidate, from: Candidate, rule: string): Candidate =>
  withRule(c, rule, {
    kind: from.kind,
    ...(from.unit !== undefined ? { unit: from.unit } : {}),
    ...(from.currency !== undefined ? { currency: from.currency } : {}),
    ...(from.thing !== undefined ? { thing: from.thing } : {}),
  });

/**
 * "5 or 6 per cent", "3 and 4 tanks"; a comma alone joins a figure to the next one of a list when
 * that one hangs too ("10, 20 or 30 percent"), and a comma before "or" / "and" only inside a list
 * ("10, 20, or 30 percent"; "rose by 137,000, or 13%" restates the figure).
 */
function hanging(ctx: ScanContext, c: Candidate, next: Candidate): boolean {
  let link = c.last + 1;
  if (!near(ctx, link)) return false;
  if (surface(ctx, link) === ',') {
    if (next.first === link + 1) return next.rules.at(-1) === 'coordination.hanging';
    // ", or" after a first figure restates it ("by 137,000, or 13%"); only a list goes on so.
    if (surface(ctx, c.first - 1) !== ',') return false;
    link++;
  }
  return next.first === link + 1 && near(ctx, link) && hangingLinks.has(lower(ctx, link));
}

function elided(ctx: ScanContext, prev: Candidate, c: Candidate): boolean {
  const link = c.first - 1;
  // "from 14-18 mpg to 24": the end of a change written from a measured figure.
  const toAfterFrom = lower(ctx, link) === 'to' && fromBefore(ctx, prev.first);
  // "fell to 3.9 percent from 4.1", "$90 a barrel, up from 85": the level it changed from.
  const fromAfter =
    lower(ctx, link) === 'from' && (link === prev.last + 1 || directions.has(lower(ctx, link - 1)));
  if (!near(ctx, c.first) || !(elidingLinks.has(lower(ctx, link)) || toAfterFrom || fromAfter)) return false;
  if (c.first - prev.last > MAX_GAP) return false;
  for (let i = prev.last + 1; i < link; i++) if (stops.has(surface(ctx, i))) return false;
  return true;
}

/** A name right before the figure, inside a sentence: "MiG 21 and 23 jets" names models. */
function nameBefore(ctx: ScanContext, c: Candidate): boolean {
  const before = c.first - 1;
  if (!near(ctx, c.first) || !isWord(ctx, before) || !/^\p{Lu}/u.test(surface(ctx, before))) return false;
  const earlier = surface(ctx, before - 1);
  return earlier !== '' && !/^[.!?;:"“]$/.test(earlier);
}

/** A word that could be counted follows the figure ("45 were sold" is fine, "45 units" has its own). */
function nounAfter(ctx: ScanContext, c: Candidate): boolean {
  const next = c.last + 1;
  if (!near(ctx, next)) return false;
  const word = lower(ctx, next);
  return /^\p{L}/u.test(word) && !lexicon().thingStopWords.has(word) && /^\p{Lu}/u.test(surface(ctx, next));
}
