import { actKeys, attitude, sameActOf } from './act.js';
import type { Frame } from './frame.js';
import { sameThing } from './same-thing.js';

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
  for (const v of x) if (y.has(v)) return true;
  return false;
};

/** Where a frame is looked up: each key of its actor with each sense of its act. */
export function frameKeys(f: Frame): string[] {
  if (f.anaphoric) return [];
  const acts = [...actKeys(f.act), `w:${f.lemma}`];
  // An aim and a blow share no sense: they meet on their actor and what they reach.
  const reached = f.act.reach
    ? [...[...f.objects].map((o) => `at:${o}`), ...[...f.things].map((t) => `at:w:${t}`)]
    : [];
  const own = [...f.agent].flatMap((k) => [...acts, ...reached].map((a) => `frame:${k}:${a}`));
  // An accusation is also looked up by the pair of sides, to meet the other side's accusation.
  const sides = [...(f.accuser ?? [])].flatMap((x) => [...f.agent].map((y) => [x, y].sort().join('~')));
  return [...own, ...sides.flatMap((s) => acts.map((a) => `blame:${s}:${a}`))];
}

/**
 * Two sides blaming each other for one act ("A blamed B for the strike on X", "B accused A of
 * striking X"): each accuses the other of what it does not own, so they dispute who did it. Both
 * must name what was acted on, and share it.
 */
export function counterAccusation(a: Frame, b: Frame): boolean {
  if (a.kind !== 'accused' || b.kind !== 'accused' || !a.accuser || !b.accuser) return false;
  if (meets(a.agent, b.agent) || !meets(a.accuser, b.agent) || !meets(b.accuser, a.agent)) return false;
  return sameActOf(a.act, b.act) && (meets(a.objects, b.objects) || meets(a.things, b.things));
}

/**
 * Do two frames state one act: the same actor, one act (the same word, a shared WordNet sense, or
 * a noun and its verb), the same aim, and the same things acted on. Where one side is a plain
 * clause, both must name what is acted on, and share it: an actor and a verb alone joined
 * unrelated events.
 */
export function sameFrame(a: Frame, b: Frame): boolean {
  if (a.anaphoric || b.anaphoric || !meets(a.agent, b.agent)) return false;
  // One word read as a verb and as a noun ("struck" / "a strike") names one act.
  if (a.lemma !== b.lemma && !sameActOf(a.act, b.act)) return false;
  if ((a.aim === undefined) !== (b.aim === undefined)) return false;
  if (a.aim && b.aim && !sameActOf(a.aim, b.aim)) return false;
  // A plain clause names its act loosely ("they are attacking them"): it must name what is acted on,
  // the same entity where both name one ("captured the city of X" is not "captured the city of Y").
  if (a.kind === 'stated' || b.kind === 'stated')
    return a.objects.size > 0 && b.objects.size > 0 ? meets(a.objects, b.objects) : meets(a.things, b.things);
  return a.objects.size === 0 || b.objects.size === 0 || meets(a.objects, b.objects);
}

/**
 * Can one frame deny what the other asserts: one act (`sameFrame`), put the same way (a modal on
 * both or on neither: "will not use X" answers no report that X was used) and done to the same
 * thing (the head of what is acted on: "targeted the country's strongholds" is not "invaded the
 * country"), and no attitude of thinking or seeing (whose content is a claim of its own). A bare
 * act ("denied responsibility", "carried out the attack") names no thing and is matched by its act.
 */
export function disputable(a: Frame, b: Frame): boolean {
  if (!sameFrame(a, b) || Boolean(a.modal) !== Boolean(b.modal)) return false;
  // "does not believe X" and "believes Y" hold two attitudes to two things, X and Y.
  if (attitude(a.lemma) || attitude(b.lemma)) return false;
  if (a.head && b.head) return sameThing(a.head, b.head);
  // A thing named on one side only: the other must name nothing at all ("carried out the attack").
  const other = a.head ? b : b.head ? a : undefined;
  return other === undefined || bare(other);
}

const bare = (f: Frame): boolean => Boolean(f.vague) || (f.things.size === 0 && f.objects.size === 0);
