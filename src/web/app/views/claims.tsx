import { useState } from 'preact/hooks';
import type { Cluster, Conflict } from '../types.js';
import { useApi } from '../use-api.js';
import { ClaimCard } from './claim-card.js';
import { useClaimRejection } from './claim-rejection.js';
import { Failure } from './failure.js';

const STATUSES = ['all', 'contested', 'corroborated', 'single source'] as const;

const headline = (h: Cluster['headline']): string =>
  !h ? '' : h.value !== undefined ? String(h.value) : `${h.low ?? '?'}–${h.high ?? '?'}`;

/** Claim clusters with their sources side by side, and the conflicts between sources. */
export function Claims({ version }: { version: number }) {
  const clusters = useApi<{ total: number; clusters: Cluster[] }>('/api/claims?limit=500', version);
  const conflicts = useApi<{ total: number; conflicts: Conflict[] }>('/api/conflicts?limit=500', version);
  const [status, setStatus] = useState<string>('all');
  const { reject, status: rejection } = useClaimRejection(() => {
    clusters.reload();
    conflicts.reload();
  });
  const shown = (clusters.data?.clusters ?? []).filter((c) => status === 'all' || c.status === status);
  return (
    <section>
      {rejection}
      <h2>Conflicts {conflicts.data ? <span class="count">{conflicts.data.total}</span> : null}</h2>
      {conflicts.error ? <Failure error={conflicts.error} /> : null}
      {(conflicts.data?.conflicts ?? []).map((c) => (
        <div key={c.id} class={`cluster conflict-card ${c.verdict}`} data-testid="conflict">
          <div class="bar">
            <strong>{c.kind} conflict</strong>
            <span class={`tag verdict-${c.verdict}`}>{c.verdict}</span>
          </div>
          <p class="muted">{c.explanation}</p>
          <div class="side-by-side">
            <ClaimCard claim={c.a} onReject={reject} />
            <ClaimCard claim={c.b} onReject={reject} />
          </div>
        </div>
      ))}
      <div class="bar">
        <h2>Claims {clusters.data ? <span class="count">{clusters.data.total}</span> : null}</h2>
        <label>
          status{' '}
          <select value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value)}>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      {clusters.error ? <Failure error={clusters.error} /> : null}
      {shown.map((c) => (
        <div key={c.id} class="cluster" data-testid="cluster" data-cluster={c.id}>
          <div class="bar">
            <strong>{c.label}</strong>
            <span>
              {c.headline ? <span class="tag">headline {headline(c.headline)}</span> : null}
              <span class={`tag status-${c.status.replace(' ', '-')}`}>{c.status}</span>
              <span class="tag" data-testid="reports" title={c.origins.map((o) => o.name).join(', ')}>
                {c.origins.length} origin{c.origins.length === 1 ? '' : 's'} · {c.claims.length} report
                {c.claims.length === 1 ? '' : 's'}
              </span>
            </span>
          </div>
          <div class="side-by-side">
            {c.claims.map((claim) => (
              <ClaimCard key={`${claim.document}:${claim.span.start}`} claim={claim} onReject={reject} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
