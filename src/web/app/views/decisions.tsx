import { useState } from 'preact/hooks';
import { DECISION_KINDS } from '../../../core/api-contract.js';
import { postJson } from '../api.js';
import type { Decision, DecisionPage } from '../types.js';
import { useApi } from '../use-api.js';
import { Failure } from './failure.js';

const show = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** Every analyst decision, newest first (who, when, before, after), each undoable. */
export function Decisions({ version }: { version: number }) {
  const list = useApi<DecisionPage>('/api/decisions?limit=500', version);
  const [message, setMessage] = useState('');
  const undo = async (d: Decision) => {
    try {
      await postJson(`/api/decisions/${d.id}/undo`, {});
      setMessage(`undid decision ${d.id}`);
      list.reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const rows = [...(list.data?.decisions ?? [])].reverse();
  return (
    <section>
      <h2>
        Decisions <span class="count">{list.data?.total ?? rows.length}</span>
      </h2>
      <p class="muted small" role="status">
        {message}
      </p>
      {list.error ? <Failure error={list.error} /> : null}
      <table class="list" data-testid="decisions">
        <thead>
          <tr>
            <th>when</th>
            <th>who</th>
            <th>kind</th>
            <th>target</th>
            <th>before</th>
            <th>after</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td class="nowrap small">{d.at.replace('T', ' ').slice(0, 19)}</td>
              <td>{d.who}</td>
              <td>
                <span class="tag">{d.kind}</span>
              </td>
              <td class="small">{d.target}</td>
              <td class="small">{show(d.before)}</td>
              <td class="small">{show(d.after)}</td>
              <td>
                {d.kind === DECISION_KINDS.undo ? null : (
                  <button type="button" class="mini" onClick={() => undo(d)}>
                    undo
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
