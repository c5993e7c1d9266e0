import { createHash } from 'node:crypto';
import { assessmentClusters } from './assessment-clusters.js';
import { crossPairs, distinctOrigins, statusOf } from './cluster-status.js';
import { pushTo } from './multimap.js';
import { claimKey } from './rejections.js';
import { blockingKeys, sameProposition } from './statement-clusters-match.js';
import { type Statement, statements } from './statement-clusters-statements.js';
import type { ClaimCluster, Conflict, CorpusDocument, ResolvedEntity } from './types.js';
import { UnionFind } from './union-find.js';
import { windowsOverlap } from './value-verdict.js';

const shortHash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

/**
 * Claims without figures: grouped through blocking keys (a unit or equipment they name, the same
 * actor doing the same thing, MinHash buckets over content words) and checked for polarity conflicts; assessments of one topic
 * ("attack", "offensive") grouped and checked for "cannot rule out" against "unlikely".
 */
export function statementClusters(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
  rejected: ReadonlySet<string> = new Set(),
) {
  const all = statements(corpus, resolved).filter((s) => !rejected.has(claimKey(s.ref)));
  const byId = new Map(all.map((s) => [s.id, s]));
  const uf = new UnionFind();
  const buckets = new Map<string, Statement[]>();
  for (const s of all) for (const k of blockingKeys(s)) pushTo(buckets, k, s);
  for (const [key, members] of buckets) {
    if (members.length > 200) continue;
    for (let i = 1; i < members.length; i++) {
      const a = members[0] as Statement;
      const b = members[i] as Statement;
      if (sameProposition(a, b, key)) uf.union(a.id, b.id);
    }
  }
  const clusters: ClaimCluster[] = [];
  const conflicts: Conflict[] = [];
  for (const ids of uf.groups(all.map((s) => s.id)).values()) {
    const members = ids.flatMap((id) => byId.get(id) ?? []);
    if (new Set(members.map((m) => m.ref.document)).size < 2) continue;
    const id = `s-${shortHash(ids.join(','))}`;
    const own = polarityConflicts(id, members);
    const claims = members.map((m) => m.ref);
    const origins = distinctOrigins(claims);
    clusters.push({
      id,
      label: labelOf(members),
      key: members[0]?.anchors[0] ?? 'minhash',
      claims,
      origins,
      status: statusOf(origins, own),
    });
    conflicts.push(...own);
  }
  const assessed = assessmentClusters(all.flatMap((s) => s.assessed ?? []));
  return { clusters: [...clusters, ...assessed.clusters], conflicts: [...conflicts, ...assessed.conflicts] };
}

function labelOf(members: readonly Statement[]): string {
  const counts = new Map<string, number>();
  for (const m of members) for (const w of m.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([w]) => w)
    .join(' ');
}

const differentSources = (a: Statement, b: Statement): boolean =>
  a.ref.origin.key !== b.ref.origin.key || a.ref.document !== b.ref.document;

function polarityConflicts(cluster: string, members: readonly Statement[]): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const [a, b] of crossPairs(members.map((m) => ({ ...m, document: m.ref.document })))) {
    if (a.ref.polarity === b.ref.polarity || a.hypothetical || b.hypothetical || a.floor || b.floor) continue;
    const pair = [a.ref.origin.key, b.ref.origin.key].sort().join('|');
    if (!differentSources(a, b) || seen.has(pair)) continue;
    seen.add(pair);
    const apart = a.ref.time && b.ref.time && !windowsOverlap(a.ref.time, b.ref.time);
    const [neg, pos] = a.ref.polarity === 'negative' ? [a, b] : [b, a];
    out.push({
      id: `${cluster}-p${out.length + 1}`,
      cluster,
      kind: 'polarity',
      a: neg.ref,
      b: pos.ref,
      verdict: apart ? 'compatible' : 'conflict',
      explanation: apart
        ? `one denies what the other asserts, but for different times (${a.ref.time} vs ${b.ref.time})`
        : `${neg.ref.origin.name} denies what ${pos.ref.origin.name} asserts`,
    });
  }
  return out;
}
