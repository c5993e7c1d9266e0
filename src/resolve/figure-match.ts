import { cueLexicon } from '../annotate/attribution/cue-lexicon.js';
import { once } from '../core/index.js';
import {
  type ClauseProfile,
  type Salience,
  shareDistinctive,
  sharedSalience,
  weightedJaccard,
  weightedOverlap,
} from './clause-profile.js';
import { samePeriod } from './figure-period.js';
import { bandKeys } from './minhash.js';
import type { QuantityRef } from './quantity-refs.js';
import { centralOf } from './value-verdict.js';

/** The share of the shorter clause (weighted) two figures naming the same distinctive entity must share... */
const WITH_ENTITY = 0.4;
/** ...and without one: the rest of the sentence must say much the same... */
const WITHOUT_ENTITY = 0.6;
/** ...and at least this much, in units of the rarest word (a few common words are not enough). */
const SAME_SHARED = 1.5;
/** A figure for another period: the proposition retold, most of its clause the same. */
export const RETOLD = 0.45;
const RETOLD_SHARED = 2;

/** Keys that find figures of one proposition inside a measure's block: distinctive entities, word bands. */
export function figureKeys(r: QuantityRef, salience: Salience): string[] {
  const own = [
    ...(qualifiedOf(r) ? [`qualified:${r.place ?? ''}`] : []),
    ...(r.measure.includes('-') ? [`value:${centralOf(r.ref.quantity)}`] : []),
  ];
  return [
    ...own,
    ...[...r.profile.entities].filter((e) => salience.entities.has(e)),
    ...bandKeys(r.profile.words),
  ];
}

/**
 * A measure with its own qualifier ("russian-troops") in a known place, or one the sentence puts
 * somewhere in so many words ("tanks ... to Russia"), names its subject itself.
 */
const qualifiedOf = (r: QuantityRef): boolean =>
  (r.measure.includes('-') && r.place !== undefined) || r.placeStated !== undefined;

const sameValueOfQualified = (a: QuantityRef, b: QuantityRef): boolean =>
  a.measure.includes('-') && a.ref.polarity === b.ref.polarity;

/**
 * A part ("in October alone") beside a running total of one qualified measure in one place: the
 * part must fit in the total ("98 tanks to Russia in October alone", "at least 94 tanks to Russia
 * in total").
 */
export const partOfWhole = (a: QuantityRef, b: QuantityRef): boolean => {
  const [part, whole] = a.scope === 'partial' ? [a, b] : [b, a];
  if (part.scope !== 'partial' || part.kind === 'cumulative' || whole.kind !== 'cumulative') return false;
  if (part.place === undefined || part.place !== whole.place || !qualifiedOf(part) || !qualifiedOf(whole))
    return false;
  // The part must fall within the total's time: a month after the total was counted is no part of it.
  return !part.period || !whole.period || part.period.end <= whole.period.end;
};

const sameKind = (a: QuantityRef, b: QuantityRef): boolean => a.kind === b.kind || partOfWhole(a, b);

/** Verbs that frame a figure rather than name an event ("said", "estimated"): the reporting cues. */
const reporting: () => ReadonlySet<string> = once(
  () => new Set([...cueLexicon().verbs.values()].flatMap((phrases) => phrases.map((p) => p.lemma))),
);
const isEvent = (verb: string | undefined): boolean => verb !== undefined && !reporting().has(verb);
/** Two different event verbs ("killed", "injured") ask this much more of the clauses. */
const OTHER_EVENT = 0.2;

export const profileSimilar = (
  a: ClauseProfile,
  b: ClauseProfile,
  salience: Salience,
  stricter = 0,
): boolean =>
  weightedOverlap(a.words, b.words, salience) >=
    (shareDistinctive(a, b, salience) ? WITH_ENTITY : WITHOUT_ENTITY) + stricter &&
  sharedSalience(a.words, b.words, salience) >= SAME_SHARED;

/**
 * Two figures of one measure state the same proposition only with the same kind (level, change,
 * running total), the same direction of change, the same polarity, and clauses about the same
 * thing: "17 killed in strikes on Kharkiv" and "6 killed in an attack on Podilsk" count the same
 * measure of different events. A qualified measure in a stated place ("Russian troops" in Belarus)
 * names its subject itself: the same value is one figure, and two levels of it at one time are one
 * proposition unless both name different events.
 */
export function sameFigure(a: QuantityRef, b: QuantityRef, salience: Salience): boolean {
  const value = centralOf(a.ref.quantity) === centralOf(b.ref.quantity);
  // A figure whose place is not known joins one that has a place only with the very same value.
  if (a.place !== b.place)
    return a.place !== undefined && b.place !== undefined ? false : value && sameValueOfQualified(a, b);
  if (qualifiedOf(a) && value && a.ref.polarity === b.ref.polarity) return true;
  const qualified = qualifiedOf(a);
  if (!sameKind(a, b) || a.ref.polarity !== b.ref.polarity) return false;
  if (a.ref.quantity.direction !== b.ref.quantity.direction) return false;
  // One article giving two values ("£300 for pensioners, £150 for the disabled") counts two things.
  if (a.ref.document === b.ref.document && !value) return false;
  // Nor does a sentence listing several values of one measure, wherever it is copied.
  if ((a.siblings > 0 || b.siblings > 0) && !value) return false;
  // Figures for different periods are one proposition only when told in nearly the same words.
  if (!partOfWhole(a, b) && !samePeriod(a.kind, a.period, b.period))
    return (
      weightedJaccard(a.profile.words, b.profile.words, salience) >= RETOLD &&
      sharedSalience(a.profile.words, b.profile.words, salience) >= RETOLD_SHARED
    );
  const events = isEvent(a.verb) && isEvent(b.verb) && !partOfWhole(a, b);
  // Two stock levels of a qualified measure (no event verb on either side) are one proposition;
  // a level beside an event count ("has 40 million people" / "25 people killed") is not.
  if (qualified && ((!isEvent(a.verb) && !isEvent(b.verb)) || partOfWhole(a, b))) return true;
  return profileSimilar(a.profile, b.profile, salience, events && a.verb !== b.verb ? OTHER_EVENT : 0);
}
