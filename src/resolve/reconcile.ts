import type { AnalystDecision } from './analyst-decision.js';
import { citations } from './citations.js';
import { salienceOf } from './clause-profile.js';
import type { DocumentFacts } from './document-facts.js';
import { resolveEntities } from './entities.js';
import { quantityClusters } from './quantity-clusters.js';
import { quantityRefs } from './quantity-refs.js';
import { claimKey, rejectedClaims } from './rejections.js';
import { statementClusters } from './statement-clusters.js';
import type { CorpusDocument, Reconciliation } from './types.js';

/**
 * Reconciles a collection: one entity per actor, claims clustered by proposition, origins counted
 * once however many articles repeat them, and disagreements explained. Pure; analyst decisions win.
 * `facts`, when given, holds each document's stored `documentFacts` (computed here when missing):
 * the output is the same either way.
 */
export function reconcile(
  corpus: readonly CorpusDocument[],
  decisions: readonly AnalystDecision[] = [],
  facts?: readonly (DocumentFacts | undefined)[],
): Reconciliation {
  const { entities, byLocal } = resolveEntities(corpus, decisions);
  // Claims an analyst rejected are left out before clustering: no cluster, conflict or count sees them.
  const rejected = rejectedClaims(decisions);
  const salience = salienceOf(
    corpus,
    entities,
    facts?.map((f) => f?.lemmas),
  );
  const quantities = quantityClusters(
    quantityRefs(corpus, byLocal).filter((q) => !rejected.has(claimKey(q.ref))),
    salience,
  );
  const statements = statementClusters(
    corpus,
    byLocal,
    rejected,
    salience,
    facts?.map((f) => f?.statements),
  );
  return {
    entities,
    clusters: [...quantities.clusters, ...statements.clusters],
    conflicts: [...quantities.conflicts, ...statements.conflicts],
    citations: citations(corpus, byLocal),
  };
}
