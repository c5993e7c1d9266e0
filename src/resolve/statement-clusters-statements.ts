import type { Claim, Mention, Span } from '../core/index.js';
import type { Assessed } from './assessment-clusters.js';
import { resolvedProfile } from './clause-profile.js';
import { claimRefOf, evidenceOf } from './evidence.js';
import type { HandedFacts } from './handed-facts.js';
import { listedSet } from './listed-set.js';
import { originOf, outletOrigin, speakerOrigin } from './origin.js';
import { resolveAnaphoricDenials } from './proposition/anaphora.js';
import { type Frame, frameOf } from './proposition/frame.js';
import { reciprocalAccusation } from './proposition/reciprocal.js';
import { relativeDenial } from './proposition/relative-denial.js';
import { claimStance } from './stance/claim-stance.js';
import { withoutTrailingReport } from './stance/trailing-report.js';
import { statementFacts } from './statement-facts.js';
import type { ClaimRef, CorpusDocument, Origin, OriginStanceKind, ResolvedEntity } from './types.js';

export interface Statement {
  readonly id: string;
  readonly ref: ClaimRef;
  readonly words: ReadonlySet<string>;
  /** The resolved entities the clause names outside its attribution. */
  readonly entities: ReadonlySet<string>;
  readonly anchors: string[];
  /** The entity that acts: the subject, or a passive's "by" phrase ("deployed by Russia"). */
  readonly actor?: string;
  /** The main verb's lemma, with a copula's complement ("be ready"). */
  readonly lemma?: string;
  readonly hypothetical: boolean;
  readonly floor: boolean;
  readonly assessed?: Assessed;
  /** Who did what to whom, when the clause says it (an accusation, a denial, an actor's act). */
  readonly frame?: Frame;
}

/**
 * A named or qualified unit or model ("T-72", "38th brigade", "strike group") anchors; a bare
 * "division" does not, nor a class of equipment ("main battle tanks", "air defence systems"): two
 * claims naming tanks need not say the same thing.
 */
const specific = (m: Mention): boolean =>
  m.rule !== GENERIC_EQUIPMENT && (/[\p{Lu}\p{N}]/u.test(m.name) || /\s/.test(m.name.trim()));
const GENERIC_EQUIPMENT = 'equipment:class';

/**
 * The claims without figures as statements to cluster: the words of the clause each covers (as
 * lemmas), the units and models it names, the entity that acts and the verb, and its assessment.
 * `facts`, when given, holds each document's stored statement facts (computed here when missing),
 * each taken as it is read.
 */
export function statements(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
  facts?: HandedFacts,
): Statement[] {
  const out: Statement[] = [];
  const shared = sharedOrigins();
  corpus.forEach((cd, d) => {
    const { annotations, doc } = cd;
    for (const f of facts?.takeStatements(d) ?? statementFacts(cd)) {
      const ci = f.claim;
      const found = annotations.claims[ci];
      if (!found) continue;
      const c = withoutTrailingReport(doc.text, annotations, found);
      const time = c.time !== undefined ? annotations.times[c.time]?.value : undefined;
      // "A said X, which B denied": X as A said it, and B denying it.
      const relative = relativeDenial(cd, c);
      const said = relative ? { ...c, clause: relative.said } : c;
      const frame = frameOf(cd, d, said, resolved);
      const refOf = (span: Span, stance: OriginStanceKind, origin: Origin) =>
        claimRefOf(evidenceOf(doc.id, doc.text, annotations, span), {
          claim: ci,
          polarity: c.polarity,
          stance,
          probability: c.probability,
          time,
          origin: shared(origin),
          outlet: doc.meta.outlet?.value,
          published: doc.meta.published?.value,
        });
      const ref = refOf(
        said.clause ?? said.span,
        // An accuser asserts what it accuses of, however its cue's certainty reads.
        frame?.side ?? (relative ? claimStance(doc.text, annotations, said) : f.stance),
        relative
          ? firstSpeaker(cd, d, c, relative.attribution, resolved)
          : originOf(cd, d, c.span, resolved, c.attribution),
      );
      const profile = resolvedProfile({ words: new Set(f.words), entityKeys: f.entityKeys }, d, resolved);
      const anchors = (c.fragment ? [] : c.mentions).flatMap((i) => {
        const m = annotations.mentions[i];
        const e =
          m && (m.kind === 'unit' || m.kind === 'equipment') && specific(m)
            ? resolved.get(`${d}:${m.entity}`)
            : undefined;
        return e ? [`anchor:${e.id}`] : [];
      });
      const who = c.agentMention ?? c.subjectMention;
      const m = who === undefined ? undefined : annotations.mentions[who];
      const actor = m ? resolved.get(`${d}:${m.entity}`)?.id : undefined;
      out.push({
        id: `${d}:${ci}`,
        ref,
        words: listedSet(profile.words),
        entities: listedSet(profile.entities),
        anchors,
        ...(c.lemma && !c.fragment ? { lemma: c.lemma } : {}),
        ...(actor && c.lemma && !c.fragment ? { actor } : {}),
        hypothetical: f.hypothetical,
        floor: f.assessment === 'floor',
        ...(f.event ? { assessed: { ref, event: f.event, stance: f.assessment } } : {}),
        ...(frame ? { frame } : {}),
      });
      // "A and B accused each other of X": each side's accusation of the other.
      const main = out.at(-1);
      for (const [k, side] of (reciprocalAccusation(cd, d, c, resolved) ?? []).entries())
        if (main)
          out.push({
            ...main,
            id: `${d}:${ci}:side${k}`,
            ref: refOf(c.clause ?? c.span, 'asserts', side.origin),
            frame: side.frame,
          });
      const denier = relative && speakerOrigin(cd, d, relative.attribution, resolved);
      if (denier && main)
        out.push({
          ...main,
          id: `${d}:${ci}:denied`,
          ref: refOf(c.clause ?? c.span, 'denies', denier),
          ...(frame ? { frame: { ...frame, kind: 'denied' as const, side: 'denies' as const } } : {}),
        });
    }
  });
  return resolveAnaphoricDenials(out);
}

/**
 * One object for each origin (key, name and kind alike) across the statements: a collection's
 * statements are all alive while they are clustered, and most name their outlet, made anew each time.
 */
function sharedOrigins(): (origin: Origin) => Origin {
  const known = new Map<string, Origin>();
  return (origin) => {
    // Only the plain three fields: anything more is kept as it came.
    if (Object.keys(origin).join() !== 'key,name,kind') return origin;
    const id = `${origin.kind}\u0000${origin.key}\u0000${origin.name}`;
    const seen = known.get(id);
    if (seen) return seen;
    known.set(id, origin);
    return origin;
  };
}

/** Who said what a relative clause denies: the claim's own speaker, unless that is the denier. */
function firstSpeaker(
  cd: CorpusDocument,
  d: number,
  c: Claim,
  denier: number,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): Origin {
  const own = c.attribution === undefined || c.attribution === denier ? undefined : c.attribution;
  return (own === undefined ? undefined : speakerOrigin(cd, d, own, resolved)) ?? outletOrigin(cd);
}
