import { createHash } from 'node:crypto';
import { type Assessed, assessedEvent, assessmentClusters, stanceOf } from './assessment-clusters.js';
import { crossPairs, distinctOrigins, statusOf } from './cluster-status.js';
import { evidenceOf } from './evidence.js';
import { firstPhrase, resolveLexicon } from './lexicon.js';
import { bandKeys, jaccard } from './minhash.js';
import { pushTo } from './multimap.js';
import { originOf } from './origin.js';
import { claimKey } from './rejections.js';
import type { ClaimCluster, ClaimRef, Conflict, CorpusDocument, ResolvedEntity } from './types.js';
import { UnionFind } from './union-find.js';
import { windowsOverlap } from './value-verdict.js';

interface Statement {
  readonly id: string;
  readonly ref: ClaimRef;
  readonly words: Set<string>;
  readonly anchors: string[];
  readonly hypothetical: boolean;
  readonly floor: boolean;
  readonly assessed?: Assessed;
}

const SIMILAR = 0.3;

/** A named or qualified unit or model ("T-72", "38th brigade", "strike group") anchors; a bare "division" does not. */
const specific = (name: string): boolean => /[\p{Lu}\p{N}]/u.test(name) || /\s/.test(name.trim());

const shortHash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

function statements(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
): Statement[] {
  const out: Statement[] = [];
  corpus.forEach((cd, d) => {
    const { annotations, doc } = cd;
    annotations.claims.forEach((c, ci) => {
      // Figures cluster by measure; credit lines ("reporting by ...") are no claims at all.
      if (c.quantity !== undefined || firstPhrase(c.text, resolveLexicon.creditLineCues)) return;
      const time = c.time !== undefined ? annotations.times[c.time]?.value : undefined;
      const published = doc.meta.published?.value;
      const outlet = doc.meta.outlet?.value;
      const ref: ClaimRef = {
        ...evidenceOf(doc.id, doc.text, annotations, c.span),
        claim: ci,
        polarity: c.polarity,
        ...(c.probability !== undefined ? { probability: c.probability } : {}),
        ...(time ? { time } : {}),
        origin: originOf(cd, d, c.span, resolved, c.attribution),
        ...(outlet ? { outlet } : {}),
        ...(published ? { published } : {}),
      };
      const words = new Set(
        (c.text.toLowerCase().match(/\p{L}[\p{L}-]+/gu) ?? [])
          .filter((w) => !resolveLexicon.stopWords.has(w))
          .map((w) => w.replace(/s$/, '')),
      );
      const anchors = c.mentions.flatMap((i) => {
        const m = annotations.mentions[i];
        const e =
          m && (m.kind === 'unit' || m.kind === 'equipment') && specific(m.name)
            ? resolved.get(`${d}:${m.entity}`)
            : undefined;
        return e ? [`anchor:${e.id}`] : [];
      });
      const event = c.band ? assessedEvent(c.text) : undefined;
      const stance = stanceOf(c.text, c.probability);
      out.push({
        id: `${d}:${ci}`,
        ref,
        words,
        anchors,
        hypothetical: firstPhrase(c.text, resolveLexicon.hypotheticalCues) !== undefined,
        floor: stance === 'floor',
        ...(event ? { assessed: { ref, event, stance } } : {}),
      });
    });
  });
  return out;
}

/**
 * Claims without figures: grouped through blocking keys (a unit or equipment they name, MinHash
 * buckets over content words) and checked for polarity conflicts; assessments of one topic
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
  for (const s of all) for (const k of [...s.anchors, ...bandKeys(s.words)]) pushTo(buckets, k, s);
  for (const [key, members] of buckets) {
    if (members.length > 200) continue;
    const anchor = key.startsWith('anchor:');
    for (let i = 1; i < members.length; i++) {
      const a = members[0] as Statement;
      const b = members[i] as Statement;
      if (anchor || jaccard(a.words, b.words) >= SIMILAR) uf.union(a.id, b.id);
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
