import { useState } from 'preact/hooks';
import { DECISION_KINDS } from '../../../core/api-contract.js';
import { postJson } from '../api.js';
import type { Assessment, GradeCode, QuestionList } from '../assess-types.js';
import { href } from '../route.js';
import { useApi } from '../use-api.js';
import { AchMatrix } from './ach-matrix.js';
import { Board } from './board.js';
import { Failure } from './failure.js';
import { BottomLines, ForecastCard, OutcomeCard } from './forecast.js';
import { Scores } from './scores.js';

/** A watch question: forecast, hypothesis scores, the indicator board, the ACH matrix, bottom lines. */
export function Question({ id, version }: { id: string | undefined; version: number }) {
  const list = useApi<QuestionList>('/api/questions', version);
  const chosen = id ?? list.data?.questions[0]?.id;
  const found = useApi<Assessment>(
    chosen ? `/api/questions/${encodeURIComponent(chosen)}` : undefined,
    version,
  );
  const [message, setMessage] = useState('');
  if (list.error) return <Failure error={list.error} />;
  if (list.data && list.data.questions.length === 0)
    return <p class="muted">The server has no watch questions: start it with --question &lt;file&gt;.</p>;
  const setCell = async (item: string, hypothesis: string, grade: GradeCode) => {
    try {
      await postJson('/api/decisions', {
        kind: DECISION_KINDS.achCell,
        target: `${item}:${hypothesis}`,
        after: grade,
      });
      setMessage(`set ${item} × ${hypothesis} to ${grade}`);
      found.reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const a = found.data;
  return (
    <section>
      {(list.data?.questions.length ?? 0) > 1 ? (
        <nav class="tabs">
          {list.data?.questions.map((q) => (
            <a key={q.id} href={href('question', q.id)} class={q.id === chosen ? 'active' : ''}>
              {q.id}
            </a>
          ))}
        </nav>
      ) : null}
      {found.error ? <Failure error={found.error} /> : null}
      {a ? (
        <>
          <h2>{a.question.question}</h2>
          <p class="muted">horizon {a.question.horizon}</p>
          <OutcomeCard outcome={a.outcome} />
          <div class="grid2">
            <ForecastCard forecast={a.forecast} />
            <div class="card" data-testid="scores">
              <h3>Hypotheses, least inconsistent first</h3>
              <Scores scores={a.matrix.scores} />
            </div>
          </div>
          <h3>ACH matrix</h3>
          <p class="muted small" role="status" data-testid="cell-status">
            {message || 'Change a cell to record your grade as a decision; the scores follow.'}
          </p>
          <AchMatrix matrix={a.matrix} onSet={setCell} />
          <h3>Indicator board</h3>
          <Board indicators={a.indicators} />
          <h3>Bottom lines</h3>
          <BottomLines lines={a.bottomLines} />
        </>
      ) : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}
