import { clearestLabel, shortHash } from '../core/index.js';
import { assessmentClusters } from './assessment-clusters.js';
import { type Salience, salienceOf } from './clause-profile.js';
import { crossPairs, distinctOrigins, statusOf } from './cluster-status.js';
import { periodOf, samePeriod } from './figure-period.js';
import type { HandedFacts } from './handed-facts.js';
import { LeaderLinkage } from './leader-linkage.js';
import { pushTo } from './multimap.js';
import { counterAccusation } from './proposition/frame-match.js';
import { claimKey } from './rejections.js';
import { RepeatedKeys } from './repeated-keys.js';
import { originStances } from './stance/origin-stances.js';
import {
  blockingKeys,
  disputes,
  framedDispute,
  sameProposition,
  sideOf,
} from './statement-clusters-match.js';
import { type Statement, statements } from './statement-clusters-statements.js';
import type { ClaimCluster, Conflict, CorpusDocument, ResolvedEntity } from './types.js';

/** Members of a lookup bucket compared pairwise up to this size. */
const ALL_PAIRS = 40;
/** About how many blocking keys a statement has (six MinHash bands, an actor, an entity or two). */
const KEYS_PER_STATEMENT = 8;

/**
 * Claims without figures: grouped through blocking keys (a unit or equipment they name, the same
 * actor doing the same thing, MinHash buckets over content words) and checked for polarity conflicts; assessments of one topic
 * ("attack", "offensive") grouped and checked for "cannot rule out" against "unlikely".
 */
export function statementClusters(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
  rejected: ReadonlySet<string> = new Set(),
  given?: Salience,
  facts?: HandedFacts,
) {
  const salience = given ?? salienceOf(corpus, [...new Set(resolved.values())]);
  const all = statements(corpus, resolved, facts).filter((s) => !rejected.has(claimKey(s.ref)));
  const byId = new Map(all.map((s) => [s.id, s]));
  // Leader linkage, not single links: at scale single links chain unrelated statements together.
  const groups = new LeaderLinkage<Statement>();
  const buckets = bucketsOf(all, salience);
  for (const [key, members] of buckets) {
    if (members.length > 200) continue;
    const same = (a: Statement, b: Statement) => sameProposition(a, b, key, salience);
    // What `sameProposition` tests depends on the kind of key only (frame, blame, anchor, other).
    const kind = /^(frame|blame|anchor):/.exec(key)?.[1] ?? 'words';
    // Small buckets are compared pair by pair; large ones each with the first only (linear).
    for (let i = 0; i < members.length; i++) {
      const from = members.length <= ALL_PAIRS ? i + 1 : i === 0 ? 1 : members.length;
      for (let j = from; j < members.length; j++) {
        const a = members[i] as Statement;
        const b = members[j] as Statement;
        // Two statements already in one cluster (through another key they share) need no comparing.
        if (groups.together(a, b)) continue;
        // A lone denial joins what it denies, a lone blame the other side's, whoever leads that
        // group; the two sides one sentence gives ("A and B blamed each other") always join.
        const [sa, sb] = [sideOf(a), sideOf(b)];
        const blame = a.frame !== undefined && b.frame !== undefined && counterAccusation(a.frame, b.frame);
        const denial = sa !== undefined && sb !== undefined && sa !== sb;
        const oneSentence = a.ref.document === b.ref.document && a.ref.claim === b.ref.claim;
        groups.join(a, b, kind, same, blame && oneSentence ? 'always' : blame || denial ? 'alone' : 'none');
      }
    }
  }
  const clusters: ClaimCluster[] = [];
  const conflicts: Conflict[] = [];
  for (const ids of groups.groups(all.map((s) => s.id)).values()) {
    const members = ids.flatMap((id) => byId.get(id) ?? []);
    const id = `s-${shortHash(ids.join(','))}`;
    const own = polarityConflicts(id, members, salience);
    // One article may report a dispute itself ("A said B did X, which B denied").
    if (new Set(members.map((m) => m.ref.document)).size < 2 && own.length === 0) continue;
    const claims = members.map((m) => m.ref);
    const origins = distinctOrigins(claims);
    clusters.push({
      id,
      label: labelOf(members),
      key: members[0]?.anchors[0] ?? 'minhash',
      claims,
      origins,
      status: statusOf(origins, own),
      stances: originStances({ claims }),
    });
    conflicts.push(...own);
  }
  const assessed = assessmentClusters(all.flatMap((s) => s.assessed ?? []));
  return { clusters: [...clusters, ...assessed.clusters], conflicts: [...conflicts, ...assessed.conflicts] };
}

/** Statements per blocking key seen more than once; keys are made twice rather than all held at once. */
function bucketsOf(all: readonly Statement[], salience: Salience): Map<string, Statement[]> {
  const repeated = new RepeatedKeys(all.length * KEYS_PER_STATEMENT);
  for (const s of all) for (const k of blockingKeys(s, salience)) repeated.add(k);
  const buckets = new Map<string, Statement[]>();
  for (const s of all)
    for (const k of blockingKeys(s, salience)) if (repeated.mayRepeat(k)) pushTo(buckets, k, s);
  return buckets;
}

/** The clearest member clause cut to its proposition: a phrase of the sources, never a bag of words. */
const labelOf = (members: readonly Statement[]): string => clearestLabel(members.map((m) => m.ref.text));

const differentSources = (a: Statement, b: Statement): boolean =>
  a.ref.origin.key !== b.ref.origin.key || a.ref.document !== b.ref.document;
/** A dispute needs two origins: one source read two ways in two articles is a misreading, not a dispute. */
const differentOrigins = (a: Statement, b: Statement): boolean => a.ref.origin.key !== b.ref.origin.key;

function polarityConflicts(cluster: string, members: readonly Statement[], salience: Salience): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const [a, b] of pairsOf(members)) {
    if (a.hypothetical || b.hypothetical || a.floor || b.floor) continue;
    // Within one article only who-did-what readings count: its words repeat across its own clauses.
    if (a.ref.document === b.ref.document ? !framedDispute(a, b) : !disputes(a, b, salience)) continue;
    const pair = [a.ref.origin.key, b.ref.origin.key].sort().join('|');
    if (!differentSources(a, b) || seen.has(pair)) continue;
    const framed = framedDispute(a, b);
    const [pa, pb] = [periodOf(a.ref.time, a.ref.published), periodOf(b.ref.time, b.ref.published)];
    // Who did what is one act only when both are about one time: news of an act that neither dates
    // follows the act within days, so reports weeks apart are about two acts ("denied the attack").
    const apart = framed ? !samePeriod('level', pa, pb, ANSWER_DAYS) : !samePeriod('level', pa, pb);
    if (apart && (framed || !disputes(a, b, salience, true))) continue;
    if (!apart && !differentOrigins(a, b)) continue;
    // A pair of origins is shown once, by its first pair of claims that qualifies.
    seen.add(pair);
    const [neg, pos] = sideOf(a) === 'denies' ? [a, b] : [b, a];
    const blame = a.frame && b.frame && counterAccusation(a.frame, b.frame);
    out.push({
      id: `${cluster}-p${out.length + 1}`,
      cluster,
      kind: 'polarity',
      a: neg.ref,
      b: pos.ref,
      verdict: apart ? 'change' : 'conflict',
      explanation: blame
        ? `${pos.ref.origin.name} and ${neg.ref.origin.name} blame each other for it`
        : apart
          ? `changed over time: ${pos.ref.origin.name} asserts it as of ${pos.ref.time ?? pos.ref.published?.slice(0, 10)}, ${neg.ref.origin.name} denies it as of ${neg.ref.time ?? neg.ref.published?.slice(0, 10)}`
          : `${neg.ref.origin.name} denies what ${pos.ref.origin.name} asserts`,
    });
  }
  return out;
}

/** Days apart that two undated reports of one act, or its denial, may be published. */
const ANSWER_DAYS = 14;

/** How many later members each member is paired with inside one article (large clusters stay linear). */
const WITHIN = 40;

/** Pairs from two articles, and pairs of two origins quoted in one article. */
function pairsOf(members: readonly Statement[]): [Statement, Statement][] {
  const across = crossPairs(members.map((m) => ({ ...m, document: m.ref.document })));
  const within: [Statement, Statement][] = [];
  for (const [i, a] of members.entries())
    for (const b of members.slice(i + 1, i + 1 + WITHIN))
      if (a.ref.document === b.ref.document && a.ref.origin.key !== b.ref.origin.key) within.push([a, b]);
  return [...across, ...within];
}
