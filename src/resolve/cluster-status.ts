import type { ClaimRef, ClusterStatus, Conflict, Origin } from './types.js';

/** Distinct origins: three articles repeating ISW count once. */
export function distinctOrigins(claims: readonly ClaimRef[]): Origin[] {
  const seen = new Map<string, Origin>();
  for (const c of claims) if (!seen.has(c.origin.key)) seen.set(c.origin.key, c.origin);
  return [...seen.values()];
}

export const statusOf = (origins: readonly Origin[], conflicts: readonly Conflict[]): ClusterStatus =>
  conflicts.some((c) => c.verdict === 'conflict')
    ? 'contested'
    : origins.length >= 2
      ? 'corroborated'
      : 'single source';

/** Pairs from different documents, at most `cap` of them, in a stable order. */
export function crossPairs<T extends { readonly document: string }>(
  items: readonly T[],
  cap = 400,
): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length && out.length < cap; i++) {
    for (let j = i + 1; j < items.length && out.length < cap; j++) {
      const a = items[i] as T;
      const b = items[j] as T;
      if (a.document !== b.document) out.push([a, b]);
    }
  }
  return out;
}
