import { actKeys, sameActOf } from './act.js';
import type { Frame } from './frame.js';

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
  for (const v of x) if (y.has(v)) return true;
  return false;
};

/** Where a frame is looked up: each key of its actor with each sense of its act. */
export function frameKeys(f: Frame): string[] {
  if (f.anaphoric) return [];
  const acts = actKeys(f.act);
  return [...f.agent].flatMap((k) => acts.map((a) => `frame:${k}:${a}`));
}

/**
 * Do two frames state one act: the same actor, one act (the same word, a shared WordNet sense, or
 * a noun and its verb), the same aim, and the same things acted on. Where one side is a plain
 * clause, both must name what is acted on, and share it: an actor and a verb alone joined
 * unrelated events.
 */
export function sameFrame(a: Frame, b: Frame): boolean {
  if (a.anaphoric || b.anaphoric || !meets(a.agent, b.agent)) return false;
  if (!sameActOf(a.act, b.act)) return false;
  if ((a.aim === undefined) !== (b.aim === undefined)) return false;
  if (a.aim && b.aim && !sameActOf(a.aim, b.aim)) return false;
  // A plain clause names its act loosely ("they are attacking them"): it must name what is acted on.
  if (a.kind === 'stated' || b.kind === 'stated') return meets(a.objects, b.objects);
  return a.objects.size === 0 || b.objects.size === 0 || meets(a.objects, b.objects);
}
