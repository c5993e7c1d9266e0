import type { Statement } from '../statement-clusters-statements.js';
import { sameActOf } from './act.js';

/** How far back (in characters) a "denied the claims" looks for what was claimed. */
const REACH = 1200;

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...x].some((k) => y.has(k));

const documentOf = (s: Statement): string => s.ref.document;

/**
 * "A said B did X. B denied the claims": a denial of something said takes the frame of the
 * nearest earlier claim of the same document that another origin asserts about the denier (one
 * denies what one is accused of). A denial with nothing such before it keeps no frame; a denial
 * of a bare noun ("denied responsibility") keeps its own.
 */
export function resolveAnaphoricDenials(all: Statement[]): Statement[] {
  return all.map((s, i) => {
    if (!s.frame?.anaphoric && !s.frame?.vague) return s;
    for (let j = i - 1; j >= 0; j--) {
      const before = all[j] as Statement;
      if (documentOf(before) !== documentOf(s) || s.ref.span.start - before.ref.span.end > REACH) break;
      const f = before.frame;
      if (!f || f.anaphoric || f.vague || before.ref.stance !== 'asserts') continue;
      // A bare "denied responsibility" answers an accusation, "denied the attack" also a report of
      // that act; "denied the claims", any cited claim.
      const answered = s.frame.vague
        ? f.kind === 'accused' || s.frame.lemma === f.lemma || sameActOf(s.frame.act, f.act)
        : f.kind === 'accused' || before.ref.origin.kind === 'cited';
      if (!answered) continue;
      if (before.ref.origin.key === s.ref.origin.key || !meets(f.agent, s.frame.agent)) continue;
      return { ...s, frame: { ...f, kind: 'denied', side: 'denies' } };
    }
    if (!s.frame.anaphoric) return s;
    const { frame: _, ...rest } = s;
    return rest;
  });
}
