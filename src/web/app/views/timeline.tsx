import { href } from '../route.js';
import type { ClaimRef, Cluster } from '../types.js';
import { useApi } from '../use-api.js';
import { Failure } from './failure.js';

interface Event {
  readonly date: string;
  readonly stated: boolean;
  readonly claim: ClaimRef;
  readonly label: string;
}

/** Dated claims, by the date they speak of (else the article's date), each linked to its sentence. */
export function timelineEvents(clusters: readonly Cluster[]): Event[] {
  const seen = new Set<string>();
  const events: Event[] = [];
  for (const cluster of clusters) {
    for (const claim of cluster.claims) {
      const key = `${claim.document}:${claim.span.start}`;
      const date = claim.time ?? claim.published;
      if (!date || seen.has(key)) continue;
      seen.add(key);
      events.push({ date, stated: claim.time !== undefined, claim, label: cluster.label });
    }
  }
  return events.sort((x, y) => x.date.localeCompare(y.date) || x.claim.text.localeCompare(y.claim.text));
}

export function Timeline({ version }: { version: number }) {
  const clusters = useApi<{ clusters: Cluster[] }>('/api/claims?limit=500', version);
  if (clusters.error) return <Failure error={clusters.error} />;
  const events = timelineEvents(clusters.data?.clusters ?? []);
  let last = '';
  return (
    <section>
      <h2>
        Timeline <span class="count">{events.length}</span>
      </h2>
      <p class="muted">Claims by the date they speak of; a date in grey is the article's, not stated.</p>
      <ol class="timeline" data-testid="timeline">
        {events.map((e) => {
          const day = e.date.slice(0, 10);
          const head = day !== last ? day : '';
          last = day;
          return (
            <li key={`${e.claim.document}:${e.claim.span.start}`}>
              <span class={`when${e.stated ? '' : ' muted'}`}>{head}</span>
              <div>
                <a href={`${href('doc', e.claim.document)}?at=${e.claim.sentence.start}`}>{e.claim.text}</a>
                <div class="small muted">
                  {e.claim.outlet ? `${e.claim.outlet} · ` : ''}
                  {e.claim.origin.name} · {e.label}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
