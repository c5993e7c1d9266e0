import { shortHash } from '../core/index.js';
import { distinctOrigins, statusOf } from './cluster-status.js';
import { firstPhrase, resolveLexicon } from './lexicon.js';
import { pushTo } from './multimap.js';
import type { ClaimCluster, ClaimRef, Conflict } from './types.js';
import { windowsOverlap } from './value-verdict.js';

/** Where an assessment stands: a floor ("cannot rule out"), a dismissal ("unlikely"), or both at once. */
export type Stance = 'floor' | 'dismissal' | 'hedged' | 'other';

export interface Assessed {
  readonly ref: ClaimRef;
  readonly event: string;
  readonly stance: Stance;
}

/** A month, season or interval can be the window judged; a single day is mostly when it was said. */
const windowed = (time: string | undefined): time is string =>
  time !== undefined && (time.includes('/') || time.length < 10);

/**
 * The event an assessment is about, from `assessmentEvents`: it must name the actor ("Belarus",
 * "from Belarus") and the act ("join the war", "offensive"); a bare "attack" is no event.
 */
export function assessedEvent(text: string): string | undefined {
  for (const [event, cues] of Object.entries(resolveLexicon().assessmentEvents))
    if (firstPhrase(text, cues.actors) && firstPhrase(text, cues.acts)) return event;
  return undefined;
}

/** "unlikely this winter, though it cannot be excluded later": a hedge takes neither side. */
export function stanceOf(text: string, probability: number | undefined): Stance {
  const floor = firstPhrase(text, resolveLexicon().possibilityFloor);
  const rest = floor ? text.toLowerCase().replace(floor, ' ') : text;
  const dismissive = firstPhrase(rest, resolveLexicon().dismissivePhrases);
  if (floor) return dismissive ? 'hedged' : 'floor';
  return (probability ?? 1) < 0.4 ? 'dismissal' : 'other';
}

/**
 * Assessments grouped by the event they judge; one conflict per pair of distinct origins, one
 * dismissing it and one that cannot rule it out, from different documents. The claims shown are the
 * most dismissive and the first floor; a pair whose time windows do not meet is compatible.
 */
export function assessmentClusters(all: readonly Assessed[]): {
  clusters: ClaimCluster[];
  conflicts: Conflict[];
} {
  const clusters: ClaimCluster[] = [];
  const conflicts: Conflict[] = [];
  const events = new Map<string, Assessed[]>();
  for (const s of all) pushTo(events, s.event, s);
  for (const [event, members] of events) {
    const id = `a-${shortHash(event)}`;
    const pairs = new Map<string, [Assessed, Assessed]>();
    for (const f of members.filter((m) => m.stance === 'floor')) {
      for (const d of members.filter((m) => m.stance === 'dismissal')) {
        if (f.ref.document === d.ref.document || f.ref.origin.key === d.ref.origin.key) continue;
        const key = `${d.ref.origin.key}|${f.ref.origin.key}`;
        const held = pairs.get(key);
        if (!held || (d.ref.probability ?? 1) < (held[0].ref.probability ?? 1))
          pairs.set(key, [d, held?.[1] ?? f]);
      }
    }
    const own: Conflict[] = [...pairs.values()].map(([d, f], i) => {
      const apart = windowed(d.ref.time) && windowed(f.ref.time) && !windowsOverlap(d.ref.time, f.ref.time);
      return {
        id: `${id}-${i + 1}`,
        cluster: id,
        kind: 'assessment',
        a: d.ref,
        b: f.ref,
        verdict: apart ? 'compatible' : 'conflict',
        explanation: apart
          ? `${d.ref.origin.name} judges it unlikely for ${d.ref.time}; ${f.ref.origin.name} cannot rule it out for ${f.ref.time}`
          : `${d.ref.origin.name} judges it unlikely; ${f.ref.origin.name} cannot rule it out`,
      };
    });
    const claims = members.map((m) => m.ref);
    const origins = distinctOrigins(claims);
    clusters.push({
      id,
      label: `assessment: ${event}`,
      key: `assessment:${event}`,
      claims,
      origins,
      status: statusOf(origins, own),
    });
    conflicts.push(...own);
  }
  return { clusters, conflicts };
}
