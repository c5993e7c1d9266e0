import { shortHash } from '../core/index.js';
import { NO_SALIENCE, type Salience } from './clause-profile.js';
import { distinctOrigins, statusOf } from './cluster-status.js';
import { figureConflicts } from './figure-conflicts.js';
import { figureKeys, sameFigure } from './figure-match.js';
import { pushTo } from './multimap.js';
import type { QuantityRef } from './quantity-refs.js';
import type { ClaimCluster, Conflict } from './types.js';
import { UnionFind } from './union-find.js';
import { centralOf } from './value-verdict.js';

/** Members of a lookup bucket compared pairwise up to this size; past it, each with the first only. */
const ALL_PAIRS = 40;

/**
 * Figures grouped by proposition: blocked by measure and facet (ground forces, contract,
 * combat-ready: different measures of one army), then joined where their clauses say the same thing
 * (`sameFigure`), looked up through distinctive entities and word bands, never all pairs.
 * Conflicts are looked for inside each cluster only.
 */
export function quantityClusters(
  refs: readonly QuantityRef[],
  salience: Salience = NO_SALIENCE,
): { clusters: ClaimCluster[]; conflicts: Conflict[] } {
  const blocks = new Map<string, QuantityRef[]>();
  for (const r of refs) pushTo(blocks, `${r.measure}|${r.facet ?? ''}`, r);
  const clusters: ClaimCluster[] = [];
  const conflicts: Conflict[] = [];
  for (const [key, members] of blocks) {
    for (const group of propositions(members, salience)) {
      const first = group[0];
      if (!first) continue;
      const id = `q-${shortHash(`${key}|${first.ref.document}:${first.ref.span.start}`)}`;
      const own = figureConflicts(id, group, (a, b) => sameFigure(a, b, salience));
      const claims = group.map((m) => m.ref);
      const origins = distinctOrigins(claims);
      const conservative = [...group].sort(
        (x, y) => (centralOf(x.ref.quantity) ?? 0) - (centralOf(y.ref.quantity) ?? 0),
      )[0];
      const q = conservative?.ref.quantity;
      const place = group.find((m) => m.placeStated)?.placeStated;
      clusters.push({
        id,
        label: (conservative ?? first).clause,
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
  }
  return { clusters, conflicts };
}

/** The block's figures split into propositions (union-find over looked-up pairs). */
function propositions(members: readonly QuantityRef[], salience: Salience): QuantityRef[][] {
  if (members.length === 1) return [[...members]];
  const uf = new UnionFind();
  const buckets = new Map<string, number[]>();
  members.forEach((m, i) => {
    for (const k of figureKeys(m, salience)) pushTo(buckets, k, i);
  });
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      const from = list.length <= ALL_PAIRS ? i + 1 : i === 0 ? 1 : list.length;
      for (let j = from; j < list.length; j++) {
        const a = list[i] as number;
        const b = list[j] as number;
        if (sameFigure(members[a] as QuantityRef, members[b] as QuantityRef, salience))
          uf.union(String(a), String(b));
      }
    }
  }
  return [...uf.groups(members.map((_, i) => String(i))).values()].map((ids) =>
    ids.map((i) => members[Number(i)] as QuantityRef),
  );
}
