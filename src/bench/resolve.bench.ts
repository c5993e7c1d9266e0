import { type CorpusDocument, reconcile } from '../resolve/index.js';
import { syntheticCorpusDocument } from './resolve-corpus.js';

export interface ResolveBench {
  readonly claims: number;
  readonly once: number;
  readonly tenfold: number;
  readonly clusters: number;
  readonly conflicts: number;
}

const CLAIMS_PER_DOCUMENT = 10;

/** CPU seconds of one `reconcile` over `claims` generated claims (documents built beforehand). */
function timeReconcile(claims: number): { seconds: number; clusters: number; conflicts: number } {
  return reconcileCpu(
    Array.from({ length: Math.ceil(claims / CLAIMS_PER_DOCUMENT) }, (_, i) =>
      syntheticCorpusDocument(i, CLAIMS_PER_DOCUMENT),
    ),
  );
}

/** CPU seconds of one `reconcile` over a corpus, with the clusters and conflicts it found. */
export function reconcileCpu(corpus: readonly CorpusDocument[]): {
  seconds: number;
  clusters: number;
  conflicts: number;
} {
  const started = process.cpuUsage();
  const r = reconcile(corpus);
  const used = process.cpuUsage(started);
  return {
    seconds: (used.user + used.system) / 1e6,
    clusters: r.clusters.length,
    conflicts: r.conflicts.length,
  };
}

/** Reconciles N and 10 N generated claims: blocking keys keep the growth near 10x (all pairs would be 100x). */
export function benchResolve(claims: number): ResolveBench {
  timeReconcile(Math.min(claims, 1000));
  const small = timeReconcile(claims);
  const large = timeReconcile(claims * 10);
  return {
    claims,
    once: small.seconds,
    tenfold: large.seconds,
    clusters: large.clusters,
    conflicts: large.conflicts,
  };
}
