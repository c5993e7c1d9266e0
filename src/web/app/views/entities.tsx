import { useState } from 'preact/hooks';
import { DECISION_KINDS } from '../../../core/api-contract.js';
import { postJson } from '../api.js';
import type { Entity, EntityPage } from '../types.js';
import { useApi } from '../use-api.js';
import { EntityMap } from './entity-map.js';
import { EntityRow } from './entity-row.js';
import { Failure } from './failure.js';

const SHOWN = 100;

/** The decisions this view records on entities. */
type EntityDecisionKind = typeof DECISION_KINDS.merge | typeof DECISION_KINDS.split;

/** Entities across the collection: aliases and why they were merged; merge two, split an alias out. */
export function Entities({ version }: { version: number }) {
  const list = useApi<EntityPage>('/api/entities?limit=500', version);
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<readonly Entity[]>([]);
  const [message, setMessage] = useState('');
  const needle = filter.trim().toLowerCase();
  const matching = (list.data?.entities ?? []).filter(
    (e) =>
      !needle ||
      e.aliases.some((a) => a.toLowerCase().includes(needle)) ||
      e.name.toLowerCase().includes(needle),
  );
  const decide = async (kind: EntityDecisionKind, target: Entity, after: object, what: string) => {
    try {
      await postJson('/api/decisions', { kind, target: target.id, before: { name: target.name }, after });
      setMessage(what);
      setPicked([]);
      list.reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const toggle = (e: Entity) =>
    setPicked((p) => (p.some((x) => x.id === e.id) ? p.filter((x) => x.id !== e.id) : [...p, e].slice(-2)));
  const [a, b] = picked;
  return (
    <section>
      <div class="bar">
        <h2>Entities {list.data ? <span class="count">{list.data.total}</span> : null}</h2>
        <input
          type="search"
          placeholder="filter by name or alias"
          aria-label="filter entities"
          value={filter}
          onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="merge-bar" role="status">
        {a && b ? (
          <button
            type="button"
            data-testid="merge"
            onClick={() =>
              decide(DECISION_KINDS.merge, a, { with: b.id, name: b.name }, `merged ${b.name} into ${a.name}`)
            }
          >
            Merge “{b.name}” into “{a.name}”
          </button>
        ) : (
          <span class="muted">Tick two entities to merge them; ✂ splits an alias out of an entity.</span>
        )}{' '}
        <span data-testid="decision-status">{message}</span>
      </div>
      {list.error ? <Failure error={list.error} /> : null}
      {list.data ? (
        <EntityMap
          entities={list.data.entities}
          version={version}
          isPicked={(e) => picked.some((x) => x.id === e.id)}
          onPick={toggle}
        />
      ) : null}
      <table class="list" data-testid="entities">
        <thead>
          <tr>
            <th />
            <th>name</th>
            <th>kind</th>
            <th>aliases</th>
            <th class="num">docs</th>
            <th class="num">mentions</th>
          </tr>
        </thead>
        <tbody>
          {matching.slice(0, SHOWN).map((e) => (
            <EntityRow
              key={e.id}
              entity={e}
              picked={picked.some((x) => x.id === e.id)}
              onPick={() => toggle(e)}
              onSplit={(alias) =>
                decide(DECISION_KINDS.split, e, { alias }, `split ${alias} out of ${e.name}`)
              }
            />
          ))}
        </tbody>
      </table>
      {matching.length > SHOWN ? (
        <p class="muted">{matching.length - SHOWN} more: narrow the filter to see them.</p>
      ) : null}
    </section>
  );
}
