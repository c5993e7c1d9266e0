import { outcomeSources } from '../../../core/outcome-sources.js';
import type { BottomLine, Forecast, Outcome } from '../assess-types.js';
import { href } from '../route.js';

const pct = (p: number): string => `${Math.round(p * 100)}%`;

/** The pooled forecast, its spread, and who dissents. */
export function ForecastCard({ forecast: f }: { forecast: Forecast | undefined }) {
  if (!f)
    return (
      <div class="card" data-testid="forecast">
        <h3>Forecast</h3>
        <p class="muted">No forecast: no document states a view on the question.</p>
      </div>
    );
  return (
    <div class="card" data-testid="forecast">
      <h3>Forecast</h3>
      <p class="big">
        {pct(f.probability)} <span class="band">{f.band}</span>
      </p>
      <p class="muted small">
        {f.views !== undefined && f.documents !== undefined
          ? `${f.views} views in ${f.documents} documents, `
          : ''}
        {f.votes.length} independent origins, from {pct(f.spread.min)} to {pct(f.spread.max)}
      </p>
      {f.dissenters.length > 0 ? (
        <ul class="small">
          {f.dissenters.map((d) => (
            <li key={d.origin.key}>
              {d.origin.name}: {pct(d.probability)} — {d.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function BottomLines({ lines }: { lines: readonly BottomLine[] }) {
  if (lines.length === 0) return <p class="muted">No bottom lines found.</p>;
  return (
    <ul class="bottom-lines">
      {lines.map((l) => (
        <li key={`${l.document}:${l.start}`}>
          <span class="tag">
            {l.band} · {pct(l.probability)}
          </span>{' '}
          <a href={`${href('doc', l.document)}?at=${l.start}`}>{l.text}</a>
          <div class="small muted">
            {l.holder && l.holder !== 'author' ? `${l.holder} · ` : ''}
            {l.origin.name}
            {l.title && l.title !== l.origin.name ? ` · ${l.title}` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The outcome as sources already report it done, before any forecast: who, when, and the sentences. */
export function OutcomeCard({ outcome: o }: { outcome: Outcome | undefined }) {
  if (!o) return null;
  return (
    <div class="card" data-testid="outcome">
      <h3>Reported as done</h3>
      <p>
        By {outcomeSources(o.origins)}
        {o.first ? `, the first dated ${o.first}` : ''}.
      </p>
      <ul class="small">
        {o.reports.map((r) => (
          <li key={`${r.document}:${r.sentence.start}`}>
            {r.date ? <span class="tag">{r.date.value.slice(0, 10)}</span> : null}{' '}
            <a href={`${href('doc', r.document)}?at=${r.sentence.start}`}>{r.text}</a>
            <div class="small muted">{r.origin.name}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
