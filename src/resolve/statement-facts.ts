import { assessedEvent, type Stance, stanceOf } from './assessment-clusters.js';
import { endsWithPictureDate, isCaption } from './caption.js';
import { clauseFacts } from './clause-profile.js';
import { creditLine, readerInvitation } from './credit-line.js';
import { firstPhrase, resolveLexicon } from './lexicon.js';
import { outletCaveat } from './outlet-caveat.js';
import { claimStance } from './stance/claim-stance.js';
import { withoutTrailingReport } from './stance/trailing-report.js';
import type { CorpusDocument, OriginStanceKind } from './types.js';

/**
 * What one claim without figures says, read from its own document alone: everything the statement
 * clustering needs that does not depend on the rest of the collection (which entity a mention is,
 * who an origin is, how rare a word is). The costly part of reconciling a statement, done once.
 */
export interface StatementFact {
  /** Index into the document's `claims`. */
  readonly claim: number;
  readonly stance: OriginStanceKind;
  /** The clause's content words, in the order first seen. */
  readonly words: readonly string[];
  /** The annotate layer's entity keys of the mentions in the clause, outside its attribution. */
  readonly entityKeys: readonly string[];
  readonly hypothetical: boolean;
  /** Where the clause stands as an assessment ("cannot rule out", "unlikely"). */
  readonly assessment: Stance;
  /** The event the sentence assesses, on the first claim of the sentence that states one. */
  readonly event?: string;
}

/** The statement facts of one document: its claims without figures, in order, credit lines and captions left out. */
export function statementFacts(cd: CorpusDocument): StatementFact[] {
  const { annotations, doc } = cd;
  const out: StatementFact[] = [];
  // A sentence of several clauses makes several claims, but states one assessment.
  const assessedSentences = new Set<number>();
  annotations.claims.forEach((claim, ci) => {
    const c = withoutTrailingReport(doc.text, annotations, claim);
    // Figures cluster by measure; credit lines ("reporting by ...", "... contributed to this
    // report"), invitations to the reader and pictures' captions are the page around the report,
    // no claims at all.
    if (c.quantity !== undefined || creditLine(c.text) || readerInvitation(c.text) || isCaption(c.text))
      return;
    if (endsWithPictureDate(doc.text, c.span, annotations.times)) return;
    // Nor is the outlet's own caveat ("CNN could not verify the claim") a claim about the world.
    const own = c.clause ?? c.span;
    if (outletCaveat(doc.text.slice(own.start, own.end), doc.meta.outlet?.value)) return;
    // The clause the claim covers: its words, not its sibling clauses', make it similar to others.
    // A verbless fragment ("More likely no than yes.") is no proposition to match others by.
    const clause = c.fragment ? undefined : clauseFacts(cd, c.clause ?? c.span);
    const event = c.band && !assessedSentences.has(c.span.start) ? assessedEvent(c.text) : undefined;
    if (event) assessedSentences.add(c.span.start);
    out.push({
      claim: ci,
      stance: claimStance(doc.text, annotations, c),
      words: clause ? [...clause.words] : [],
      entityKeys: clause?.entityKeys ?? [],
      hypothetical: firstPhrase(c.text, resolveLexicon().hypotheticalCues) !== undefined,
      assessment: stanceOf(c.text, c.probability),
      ...(event ? { event } : {}),
    });
  });
  return out;
}
