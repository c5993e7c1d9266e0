import { href } from '../route.js';
import type { DocumentRow, Entity } from '../types.js';

interface Props {
  readonly entity: Entity;
  readonly documents: ReadonlyMap<string, DocumentRow>;
  readonly picked: boolean;
  readonly onPick: () => void;
}

/** The entity a click in the graph selected: its aliases with why each was merged, and its documents. */
export function EntityPanel({ entity: e, documents, picked, onPick }: Props) {
  const why = new Map(e.evidence.map((x) => [x.alias, `${x.rule}: ${x.detail}`]));
  const perDoc = new Map<string, number>();
  for (const m of e.mentions) perDoc.set(m.document, (perDoc.get(m.document) ?? 0) + 1);
  return (
    <aside class="panel entity-panel" data-testid="entity-panel">
      <h3>
        {e.name} <span class={`tag t-${e.kind}`}>{e.kind}</span>
      </h3>
      <p class="small muted">
        {e.mentions.length} mentions in {e.documents.length} documents
      </p>
      {e.aliases.length === 0 ? <p class="small muted">Known by this name only.</p> : null}
      <dl>
        {e.aliases.map((alias) => (
          <div key={alias}>
            <dt>{alias}</dt>
            <dd class="small muted">{why.get(alias) ?? 'the name itself'}</dd>
          </div>
        ))}
      </dl>
      <ul class="small">
        {[...perDoc].map(([id, n]) => (
          <li key={id}>
            <a
              href={`${href('doc', id)}?at=${e.mentions.find((m) => m.document === id)?.sentence.start ?? 0}`}
            >
              {documents.get(id)?.title ?? id}
            </a>{' '}
            <span class="muted">×{n}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onPick}>
        {picked ? 'untick for merge' : 'tick for merge'}
      </button>
    </aside>
  );
}
