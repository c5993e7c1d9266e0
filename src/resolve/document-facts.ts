import { type CitationFact, citationFacts } from './citations.js';
import { documentLemmas } from './clause-profile.js';
import { type FigureFact, type FigureFacts, figureFacts } from './figure-facts.js';
import type { SpeakerPlan } from './speaker-plan.js';
import { type StatementFact, statementFacts } from './statement-facts.js';
import type { CorpusDocument } from './types.js';

/**
 * What reconciling reads from one document that does not depend on the rest of the collection:
 * computed once per document and annotation, stored, and read back instead of redone. Plain data
 * (arrays, strings, numbers), so that its JSON is itself.
 */
export interface DocumentFacts {
  /** The document's distinct lemmas (`documentLemmas`): what word weights count. */
  readonly lemmas: readonly string[];
  readonly statements: readonly StatementFact[];
  /** Each attribution's speaker plan, in order: who it cites once entities are resolved. */
  readonly speakers: readonly SpeakerPlan[];
  /** The outermost attributions that may cite an origin (the citation graph's edges). */
  readonly citations: readonly CitationFact[];
  /** The document's demonyms, as (lower-case name, country): which names are countries. */
  readonly demonyms: FigureFacts['demonyms'];
  /** Its countable figures, with what depends on the collection left as candidates. */
  readonly figures: readonly FigureFact[];
}

export const documentFacts = (cd: CorpusDocument): DocumentFacts => ({
  lemmas: documentLemmas(cd),
  statements: statementFacts(cd),
  ...citationFacts(cd),
  ...figureFacts(cd),
});

/** This module's URL: the facts' version hashes the code it reaches (jobs/reconcile-facts.ts). */
export const documentFactsModule = import.meta.url;
