import { contains, type Span } from '../core/index.js';
import { normalSpeaker } from './definite-speaker.js';
import { resolveSpeaker } from './resolve-speaker.js';
import { speakerPlan } from './speaker-plan.js';
import type { CorpusDocument, Origin, ResolvedEntity } from './types.js';

type Resolved = ReadonlyMap<string, ResolvedEntity>;

/** The outlet a document comes from, or the document itself when no outlet is known. */
export function outletOrigin(cd: Pick<CorpusDocument, 'doc'>): Origin {
  const outlet = cd.doc.meta.outlet?.value;
  if (outlet) return { key: `outlet:${normalSpeaker(outlet)}`, name: outlet, kind: 'outlet' };
  // No outlet known: the document stands for itself, shown by its title or file name, never its hash.
  const file = cd.doc.origin.split(/[\\/]/).at(-1) || cd.doc.id;
  return { key: `document:${cd.doc.id}`, name: cd.doc.meta.title?.value ?? file, kind: 'outlet' };
}

/** An attribution's speaker as an origin, undefined when vague ("analysts", "experts"). */
export const speakerOrigin = (
  cd: CorpusDocument,
  d: number,
  index: number,
  resolved: Resolved,
): Origin | undefined => resolveSpeaker((i) => speakerPlan(cd, i), d, index, resolved);

/** The outermost attribution whose content holds the span (a claim of "according to X, Y said" comes from X). */
export function attributionFor(cd: CorpusDocument, span: Span, hint?: number): number | undefined {
  const list = cd.annotations.attributions;
  let found =
    hint !== undefined && list[hint]
      ? hint
      : list.findIndex((a) => contains(a.content, span) || contains(a.span, span));
  if (found < 0) return undefined;
  for (let guard = 0; guard < 5; guard++) {
    const parent = list[found]?.parent;
    if (parent === undefined || !list[parent] || list[parent]?.speaker.vague) break;
    found = parent;
  }
  return found;
}

/** Who a span ultimately comes from: the cited speaker when there is one, else the outlet. */
export function originOf(
  cd: CorpusDocument,
  d: number,
  span: Span,
  resolved: Resolved,
  hint?: number,
): Origin {
  const index = attributionFor(cd, span, hint);
  return (index !== undefined ? speakerOrigin(cd, d, index, resolved) : undefined) ?? outletOrigin(cd);
}
