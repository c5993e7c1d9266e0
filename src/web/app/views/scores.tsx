import type { HypothesisScore } from '../assess-types.js';

/** Hypotheses from least to most weighted inconsistency (Heuer: the least inconsistent survives). */
export function Scores({ scores }: { scores: readonly HypothesisScore[] }) {
  const sorted = [...scores].sort((x, y) => x.inconsistency - y.inconsistency);
  const worst = Math.max(1, ...scores.map((s) => s.inconsistency));
  return (
    <ol class="scores">
      {sorted.map((s) => (
        <li key={s.hypothesis} data-hypothesis={s.hypothesis}>
          <span class="score-label">{s.label}</span>
          <span class="score-bar" aria-hidden="true">
            <meter
              min={0}
              max={worst}
              low={worst / 3}
              high={(worst * 2) / 3}
              optimum={0}
              value={s.inconsistency}
            />
          </span>
          <span class="score">{s.inconsistency.toFixed(2)}</span>
        </li>
      ))}
    </ol>
  );
}
