import { createHash } from 'node:crypto';
import { crossPairs, distinctOrigins, statusOf } from './cluster-status.js';
import { pushTo } from './multimap.js';
import type { QuantityRef } from './quantity-refs.js';
import type { ClaimCluster, Conflict } from './types.js';
import { centralOf, valueVerdict } from './value-verdict.js';

const shortHash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

/**
 * Figures grouped by blocking key: measure, facet (ground forces, contract, combat-ready: different
 * measures of one army) and place. A figure with no place forms its own group rather than guess.
 * Linear in the number of figures; conflicts are looked for inside each cluster only.
 */
export function quantityClusters(refs: readonly QuantityRef[]): {
  clusters: ClaimCluster[];
  conflicts: Conflict[];
} {
  const blocks = new Map<string, QuantityRef[]>();
  for (const r of refs) {
    const key = `${r.measure}|${r.facet ?? ''}|${r.place ?? `?${r.ref.document}:${r.ref.span.start}`}`;
    pushTo(blocks, key, r);
  }
  const clusters: ClaimCluster[] = [];
  const conflicts: Conflict[] = [];
  for (const [key, members] of blocks) {
    const first = members[0];
    if (!first) continue;
    const id = `q-${shortHash(key)}`;
    const own: Conflict[] = [];
    for (const [a, b] of crossPairs(members.map((m) => ({ ...m, document: m.ref.document })))) {
      if (
        centralOf(a.ref.quantity) === centralOf(b.ref.quantity) &&
        a.ref.quantity.qualifier === b.ref.quantity.qualifier
      )
        continue;
      const v = valueVerdict(sideOf(a), sideOf(b));
      if (!v) continue;
      own.push({ id: `${id}-${own.length + 1}`, cluster: id, kind: 'value', a: a.ref, b: b.ref, ...v });
    }
    const claims = members.map((m) => m.ref);
    const origins = distinctOrigins(claims);
    const conservative = [...members].sort(
      (x, y) => (centralOf(x.ref.quantity) ?? 0) - (centralOf(y.ref.quantity) ?? 0),
    )[0];
    const q = conservative?.ref.quantity;
    const place = members.find((m) => m.placeStated)?.placeStated;
    const placeLabel = place ? ` ${place.relation} ${place.name}` : '';
    clusters.push({
      id,
      label: `${first.measure}${first.facet ? ` (${first.facet})` : ''}${placeLabel}`,
      key,
      measureKey: first.measure,
      ...(place ? { place } : {}),
      claims,
      origins,
      status: statusOf(origins, own),
      ...(q
        ? {
            headline: {
              ...(q.value !== undefined ? { value: q.value } : {}),
              ...(q.low !== undefined ? { low: q.low } : {}),
              ...(q.high !== undefined ? { high: q.high } : {}),
            },
          }
        : {}),
    });
    conflicts.push(...own);
  }
  return { clusters, conflicts };
}

const sideOf = (r: QuantityRef) => ({
  quantity: r.ref.quantity,
  ...(r.ref.time ? { time: r.ref.time } : {}),
  ...(r.scope ? { scope: r.scope } : {}),
});
