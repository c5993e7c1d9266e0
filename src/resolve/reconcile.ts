import type { AnalystDecision } from './analyst-decision.js';
import { citations } from './citations.js';
import { salienceOf } from './clause-profile.js';
import type { DocumentFacts } from './document-facts.js';
import { type EntityResolution, resolveEntities } from './entities.js';
import { HandedFacts } from './handed-facts.js';
import { quantityClusters } from './quantity-clusters.js';
import { quantityRefs } from './quantity-refs.js';
import { claimKey, rejectedClaims } from './rejections.js';
import { statementClusters } from './statement-clusters.js';
import type { CorpusDocument, Reconciliation, ResolvedEntity } from './types.js';

/**
 * Reconciles a collection: one entity per actor, claims clustered by proposition, origins counted
 * once however many articles repeat them, and disagreements explained. Pure; analyst decisions win.
 * `facts`, when given, holds each document's stored `documentFacts` (computed here when missing):
 * the output is the same either way. Handed over as `HandedFacts`, they are let go as they are read.
 */
export const reconcile = (
  corpus: readonly CorpusDocument[],
  decisions: readonly AnalystDecision[] = [],
  facts?: readonly (DocumentFacts | undefined)[] | HandedFacts,
): Reconciliation => reconcileResolved(corpus, decisions, resolveEntities(corpus, decisions), facts);

/**
 * `reconcile` once the entities are resolved (`resolveEntities` with the same decisions): a caller
 * that reads the facts from a store can read them after, so that they are not held while entities
 * are resolved.
 */
export function reconcileResolved(
  corpus: readonly CorpusDocument[],
  decisions: readonly AnalystDecision[],
  resolution: EntityResolution,
  facts?: readonly (DocumentFacts | undefined)[] | HandedFacts,
): Reconciliation {
  const handed = facts === undefined || facts instanceof HandedFacts ? facts : new HandedFacts(facts);
  const { entities, byLocal } = resolution;
  // Citations need the entities only: made first, their facts are let go before clustering peaks.
  const cited = citations(corpus, byLocal, handed);
  // Claims an analyst rejected are left out before clustering: no cluster, conflict or count sees them.
  const rejected = rejectedClaims(decisions);
  const salience = salienceFrom(corpus, entities, handed);
  const quantities = quantityClusters(
    quantityRefs(corpus, byLocal, handed).filter((q) => !rejected.has(claimKey(q.ref))),
    salience,
  );
  const statements = statementClusters(corpus, byLocal, rejected, salience, handed);
  return {
    entities,
    clusters: [...quantities.clusters, ...statements.clusters],
    conflicts: [...quantities.conflicts, ...statements.conflicts],
    citations: cited,
  };
}

/** Word weights from the handed lemmas, taken in a call of its own so that nothing keeps them after. */
const salienceFrom = (
  corpus: readonly CorpusDocument[],
  entities: readonly ResolvedEntity[],
  facts: HandedFacts | undefined,
) => salienceOf(corpus, entities, facts?.takeLemmas());
