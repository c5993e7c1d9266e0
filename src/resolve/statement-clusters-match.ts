import {
  NO_SALIENCE,
  type Salience,
  shareDistinctive,
  sharedSalience,
  weightedJaccard,
} from './clause-profile.js';
import { bandKeys } from './minhash.js';
import { attitude } from './proposition/act.js';
import { counterAccusation, disputable, frameKeys, sameFrame } from './proposition/frame-match.js';
import { sameAct } from './same-act.js';
import type { Statement } from './statement-clusters-statements.js';

/** Content-word Jaccard two statements naming a distinctive entity in common need... */
const SIMILAR = 0.25;
/** ...and two statements with no such entity: most of what they say must be the same. */
const SIMILAR_UNANCHORED = 0.45;
/** The same actor with the same verb ("Russia deployed", "deployed by Russia"): fewer shared words suffice. */
const SAME_ACT = 0.25;
/**
 * The same actor with another verb needs more: "sent troops" / "deployed troops" (a synonym) share
 * the rest, "met Putin in Sochi" / "called Putin from Minsk" and "opened a plant" / "closed a plant"
 * share half of it or less.
 */
const OTHER_ACT = 0.6;
/** What two statements must share at least, in units of the rarest word (`sharedSalience`). */
const SAME_SHARED = 1.5;
/** A unit or model named in both: the rest of the clause must still overlap. */
const SAME_ANCHOR = 0.2;

/** A copula's lemma, alone or with its complement ("be", "be ready"): a state, not an act. */
const isState = (lemma: string): boolean => lemma === 'be' || lemma.startsWith('be ');

/**
 * Where a statement is looked up: the units and models it names, its actor and verb, the
 * distinctive entities it names, and MinHash bands over its words. The actor key finds pairs the bands miss by chance (two bands of six in
 * twelve hashes catch only about half the pairs at a Jaccard of 0.3).
 */
export function blockingKeys(s: Statement, salience: Salience = NO_SALIENCE): string[] {
  const act = s.actor && s.lemma ? [`act:${s.actor}:${s.lemma}`] : [];
  const named = [...s.entities].filter((e) => salience.entities.has(e)).map((e) => `entity:${e}`);
  const frame = s.frame ? frameKeys(s.frame) : [];
  return [...s.anchors, ...act, ...named, ...frame, ...bandKeys(s.words)];
}

/**
 * Do two statements that share blocking key `key` state one proposition? Never for sharing a
 * speaker (the attribution's words are left out of `words`) or a few common words alone.
 */
export function sameProposition(
  a: Statement,
  b: Statement,
  key: string,
  salience: Salience = NO_SALIENCE,
): boolean {
  // One actor doing one act to one thing, however it is worded ("accused B of shelling X" / "B shelled X"),
  // put the same way: "will issue stamps" is a prospect, "issued a stamp" a deed.
  // A frame of seeing or thinking ("the US has observed X") holds its proposition in its complement:
  // one observer observing two things is matched by what is observed, as any clause is.
  const framed = key.startsWith('frame:') && !(attitudeFrame(a) || attitudeFrame(b));
  if (framed)
    return (
      a.frame !== undefined &&
      b.frame !== undefined &&
      sameFrame(a.frame, b.frame) &&
      (!twoTellings(a, b) ||
        (Boolean(a.frame.modal) === Boolean(b.frame.modal) &&
          sameNamedThing(a, b, salience) &&
          // An actor and a common act alone ("Russia withdrew", "made gains") are many events.
          sharedSalience(a.words, b.words, salience) >= SAME_SHARED))
    );
  if (key.startsWith('blame:'))
    return a.frame !== undefined && b.frame !== undefined && counterAccusation(a.frame, b.frame);
  // A prospect and a deed are two propositions, however many words they share.
  if (twoTellings(a, b) && Boolean(a.frame?.modal) !== Boolean(b.frame?.modal)) return false;
  // Two or three common words in a short clause ("it is a reality") say nothing in particular.
  if (sharedSalience(a.words, b.words, salience) < SAME_SHARED) return false;
  const j = weightedJaccard(a.words, b.words, salience);
  if (key.startsWith('anchor:')) return j >= SAME_ANCHOR;
  if (a.actor && a.actor === b.actor && a.lemma && b.lemma)
    return j >= (sameAct(a.lemma, b.lemma) ? SAME_ACT : OTHER_ACT);
  // A state and an act are different propositions, whatever entity they share ("the army did not
  // launch strikes" / "they are under the army's command").
  if (a.lemma && b.lemma && isState(a.lemma) !== isState(b.lemma)) return j >= OTHER_ACT;
  return j >= (shareDistinctive(a, b, salience) ? SIMILAR : SIMILAR_UNANCHORED);
}

const attitudeFrame = (s: Statement): boolean => s.frame !== undefined && attitude(s.frame.lemma);

/**
 * Two clauses that each tell an act (no accusation or denial between them), neither denying what
 * the other asserts: a hedged report ("has likely withdrawn") tells it too.
 */
const twoTellings = (a: Statement, b: Statement): boolean => {
  const [sa, sb] = [sideOf(a), sideOf(b)];
  return a.frame?.kind === 'stated' && b.frame?.kind === 'stated' && (sa === sb || !sa || !sb);
};

/**
 * A thing acted on that no entity names ("a stamp", "efforts") is told apart by the words around
 * it ("a stamp featuring the bridge" / "a stamp of the warship"): where neither side names an
 * entity acted on, the clauses must share as much as one actor's one act asks elsewhere.
 */
function sameNamedThing(a: Statement, b: Statement, salience: Salience): boolean {
  if ((a.frame?.objects.size ?? 0) > 0 && (b.frame?.objects.size ?? 0) > 0) return true;
  return weightedJaccard(a.words, b.words, salience) >= SAME_ACT;
}

/** Words two statements of opposite polarity must share to be one claim asserted and denied... */
const DISPUTED = 0.4;
const DISPUTED_ANCHORED = 0.25;
/** ...and how much they must share, in units of the rarest word (`sharedSalience`). */
const DISPUTED_SHARED = 1.5;
/** ...and to be one claim that held at one time and not at another (a change, not a dispute). */
const CHANGED = 0.5;

/**
 * The side a statement takes: its speaker asserts or denies it. A clause that reports without
 * taking a side ("reportedly", "could detonate", "may have moved") or asks takes none.
 */
export const sideOf = (s: Statement): 'asserts' | 'denies' | undefined =>
  s.ref.stance === 'asserts' || s.ref.stance === 'denies' ? s.ref.stance : undefined;

/**
 * One origin asserts what another denies only when the two clauses are the same proposition: read
 * as who did what to what where both say it (`framedDispute`); else the same actor doing one act
 * (the same verb or a WordNet sense in common), or one named unit or model, and most words shared.
 * `change` asks more, since the two stand for different times.
 */
export function disputes(a: Statement, b: Statement, salience: Salience, change = false): boolean {
  // A named unit or model in both ("a strike group") fixes the subject whatever the main verb
  // ("sees no signs of a strike group being formed" / "a strike group is forming").
  const anchored = a.anchors.some((k) => b.anchors.includes(k));
  // Else who did what to what, read on both sides, decides alone: shared words make no one act.
  if (a.frame && b.frame && !anchored) return !change && framedDispute(a, b);
  const [sa, sb] = [sideOf(a), sideOf(b)];
  if (!sa || !sb || sa === sb) return false;
  if (!anchored && (!a.lemma || !b.lemma || !sameAct(a.lemma, b.lemma))) return false;
  // Else one actor: an entity named in both is no common actor ("X denied Y" / "Y attacked Z").
  if (!anchored && (a.actor === undefined || a.actor !== b.actor)) return false;
  if (sharedSalience(a.words, b.words, salience) < DISPUTED_SHARED) return false;
  const need = change ? CHANGED : anchored ? DISPUTED_ANCHORED : DISPUTED;
  return weightedJaccard(a.words, b.words, salience) >= need;
}

/**
 * A dispute read from who did what: one side asserts an act another denies, whatever the words,
 * or two sides blame each other for it.
 */
export function framedDispute(a: Statement, b: Statement): boolean {
  if (!a.frame || !b.frame) return false;
  if (counterAccusation(a.frame, b.frame)) return true;
  const [sa, sb] = [sideOf(a), sideOf(b)];
  if (sa === undefined || sb === undefined || sa === sb) return false;
  // Denying "X only did A" leaves X doing A.
  const denying = sa === 'denies' ? a.frame : b.frame;
  return !denying.restricted && disputable(a.frame, b.frame);
}
